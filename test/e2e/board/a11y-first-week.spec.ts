// axe-core on the states issue 10 added, in light and dark: quick add in Interviewing and its
// "Discard what you typed?", a rule explanation open, the board beside the panel with its
// "columns continue" button, a kept draft offering new details, and the offer dialog's bulk tools.
import { test, expect } from '../fixtures.ts';
import { seriousViolations } from './axe.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test.use({ bypassCSP: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`issue 10 states pass axe in the ${colorScheme} theme`, async ({ page, host, request }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 720 });
    await seedBoard(request, host);
    await openBoard(page, host);

    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await dialog.getByLabel('Company').fill('Contoso');
    await dialog.getByLabel('Column').selectOption('interviewing');
    await expect(dialog.getByLabel(/^Interview/)).toBeVisible();
    expect(await seriousViolations(page), 'quick add in Interviewing').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog.getByText('Discard what you typed?')).toBeVisible();
    expect(await seriousViolations(page), 'discard ask').toEqual([]);
    await dialog.getByRole('button', { name: 'Discard' }).click();

    await card(column(page, 'Interviewing'), 'Northwind Labs').click();
    const panel = page.getByRole('complementary', { name: /Northwind Labs/ });
    await panel
      .getByRole('button', { name: /^P2: .*what this rule means$/ })
      .first()
      .click();
    await expect(panel.getByText(/Send a short thank-you note to each person/)).toBeVisible();
    const body = panel.getByRole('article', { name: 'Draft to Dana Whitfield' }).getByRole('textbox', { name: 'Message' });
    await body.fill('Hi Dana,\n\nMy own words. My experience with [your matching skills] fits well.');
    const skills = panel.getByLabel(/^Your matching skills/);
    await skills.fill('research');
    await skills.press('Enter');
    await expect(panel.getByRole('button', { name: 'Fill in the new details' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Scroll to the columns on the right' })).toBeVisible();
    expect(await seriousViolations(page), 'panel with rule note, kept draft, board edge').toEqual([]);
    await page.keyboard.press('Escape');

    await card(column(page, 'Offer'), 'Meridian').click();
    await page.getByRole('complementary').getByRole('button', { name: 'Accept this offer' }).click();
    const offer = page.getByRole('dialog', { name: 'You accepted Meridian' });
    await expect(offer.getByRole('button', { name: "I've told them all" })).toBeVisible();
    expect(await seriousViolations(page), 'offer dialog with bulk tools').toEqual([]);
  });
}
