// Issue 10 (blocker): a search already in progress, entered through the page. A past
// interview, a thank-you back-dated to its day and a decision date must give the board that
// living it would have: the follow-up (P4) overdue on the card and in Today.
import { test, expect } from '../fixtures.ts';
import { card, column } from './helpers.ts';
import { skipFirstRun } from './first-run-helpers.ts';

// Monday 14 December 2026 10:00 (the e2e zone is UTC), for the host and the page alike.
test.use({ now: '2026-12-14T10:00:00.000Z' });

test('entering a past interview, a back-dated thank-you and a decision date shows the follow-up overdue', async ({
  page,
  host,
  request,
}) => {
  await skipFirstRun(request, host);
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Applied', exact: true })).toBeVisible();

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill('Contoso');
  await dialog.getByLabel('Role').fill('Product Designer');
  await dialog.getByLabel('Column').selectOption('interviewing');
  // Applied Friday 20 November 2026; interviewed Tuesday 1 December 2026 10:00.
  await dialog.getByLabel('Applied on').fill('2026-11-20');
  await dialog.getByLabel(/^Interview/).fill('2026-12-01T10:00');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toBeHidden();

  const contoso = card(column(page, 'Interviewing'), 'Contoso');
  await expect(contoso).toContainText('Send a thank-you note');
  await contoso.click();
  const panel = page.getByRole('complementary', { name: /Contoso/ });

  // The thank-you went out the same afternoon, Tuesday 1 December 2026 16:00.
  const log = panel.getByRole('form', { name: 'Log what happened' });
  await log.getByLabel('What happened').selectOption('thank_you_sent');
  await log.getByLabel(/^When/).fill('2026-12-01T16:00');
  await log.getByRole('button', { name: /^Log “/ }).click();

  // They said they would decide by Friday 4 December 2026: P4 is due Tuesday 8 December 09:00.
  const decision = panel.getByLabel('Decision date');
  await decision.fill('2026-12-04');
  await decision.press('Enter');

  const moved = card(column(page, 'Thank-you sent'), 'Contoso');
  await expect(moved).toContainText('Send a follow-up note');
  await expect(moved).toContainText(/overdue/);
  await expect(moved).toHaveClass(/card--overdue/);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Today/ }).click();
  const row = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Contoso' });
  await expect(row).toContainText('Send a follow-up note');
  await expect(row).toContainText(/overdue/);
});
