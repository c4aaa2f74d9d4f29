// The card panel: edit fields, add an interviewer, log what happened with an editable time.
import { test, expect } from '../fixtures.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test('edits in the panel save, show on the card and survive a reload', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await card(column(page, 'Applied'), 'Orbit Analytics').click();
  const panel = page.getByRole('complementary', { name: /Orbit Analytics/ });
  await expect(panel.getByRole('heading', { name: /Orbit Analytics/ })).toBeFocused();

  const role = panel.getByLabel('Role', { exact: true });
  await role.fill('Senior Interaction Designer');
  await role.press('Enter');
  await expect(card(column(page, 'Applied'), 'Orbit Analytics')).toHaveAccessibleName(/^Orbit Analytics, Senior Interaction Designer/);

  await panel.getByLabel('Name of the interviewer').fill('Rosa Diaz');
  await panel.getByLabel('Their email (optional)').fill('rosa@orbit.example');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByText('Rosa Diaz')).toBeVisible();
  await expect(card(column(page, 'Applied'), 'Orbit Analytics').getByText('RD')).toBeVisible();

  // Log "they replied" with a new decision date, then correct its time.
  await panel.getByRole('button', { name: 'They replied' }).click();
  await panel.getByLabel(/New decision date/).fill('2030-01-15');
  await panel.getByLabel('Note', { exact: false }).first().fill('Recruiter called back');
  await panel.getByRole('button', { name: 'Log “They replied”' }).click();
  const history = panel.getByRole('list', { name: 'Events, newest first' });
  await expect(history.getByText('They replied')).toBeVisible();
  const when = history.getByRole('listitem').first().getByLabel('When');
  await when.fill('2026-11-20T15:30');
  await when.press('Enter');

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(card(column(page, 'Applied'), 'Orbit Analytics')).toBeFocused();

  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await card(column(page, 'Applied'), 'Orbit Analytics').click();
  const again = page.getByRole('complementary', { name: /Orbit Analytics/ });
  await expect(again.getByLabel('Role', { exact: true })).toHaveValue('Senior Interaction Designer');
  await expect(again.getByLabel('Decision date')).toHaveValue('2030-01-15');
  await expect(
    again.getByRole('list', { name: 'Events, newest first' }).getByRole('listitem').filter({ hasText: 'They replied' }).getByLabel('When'),
  ).toHaveValue('2026-11-20T15:30');
});

test('the panel can be widened and shows every open action with its rule', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await card(column(page, 'Rejected'), 'Tessellate').click();
  const panel = page.getByRole('complementary', { name: /Tessellate/ });
  const before = (await panel.boundingBox())!.width;
  await panel.getByRole('button', { name: 'Make the panel wider' }).click();
  await expect.poll(async () => (await panel.boundingBox())!.width).toBeGreaterThan(before);
  const actions = panel.getByRole('region', { name: 'What to do next' });
  await expect(actions.getByText('Ask for feedback, once')).toBeVisible();
  await expect(actions.getByText(/P11/)).toBeVisible();
  await expect(actions.getByText(/P12/)).toBeVisible();
  // The board stays usable behind the panel.
  await card(column(page, 'Applied'), 'Kestrel Studio').click();
  await expect(page.getByRole('complementary', { name: /Kestrel Studio/ })).toBeVisible();
});
