// Today: the app opens on it when something is overdue; each row is one click from its draft.
import { E2E_NOW, test, expect } from '../fixtures.ts';
import { seedBoard } from './helpers.ts';

// Both clocks run from Tuesday 1 December 2026, 10:00 UTC (test/e2e/fixtures.ts). Two things
// are overdue then: Northwind's thank-you (P2, due 04:00) and Harbor's follow-up (P4: they
// promised Saturday 28 November, two working days later is Tuesday 09:00).
test('opens on Today with the overdue thank-you first, one click from its draft', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Today\W+\d+ due, 2 overdue/ })).toHaveAttribute('aria-current', 'page');
  const rows = page.getByRole('main').getByRole('listitem');
  await expect(rows.first()).toContainText('Send a thank-you note to Dana and Marcus');
  await expect(rows.first()).toContainText(/overdue/);
  await rows
    .first()
    .getByRole('button', { name: /Open draft/ })
    .click();
  const panel = page.getByRole('complementary', { name: /Northwind Labs/ });
  await expect(panel.getByRole('article', { name: 'Draft to Dana Whitfield' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Message' }).first()).toHaveValue(/Hi Dana,/);
});

test('with nothing due the app opens on the board, and Today says what comes next', async ({ page, host, request }) => {
  // A board with only fresh applications: nothing overdue.
  const cmd = { type: 'addApplication', id: 'fresh', at: E2E_NOW, eventId: 'fresh-ev', fields: { company: 'Acme', role: 'Writer' } };
  await request.post(`${host.origin}/api/state:command`, {
    headers: { authorization: `Bearer ${host.token}` },
    data: { type: 'updateSettings', settings: { onboarded: true } },
  });
  await request.post(`${host.origin}/api/state:command`, { headers: { authorization: `Bearer ${host.token}` }, data: cmd });
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Applied' })).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByText('You are up to date.')).toBeVisible();
});

test.describe('late on a Saturday', () => {
  // Saturday 5 December 2026, 23:30 UTC: the same board, seeded relative to this instant.
  const SATURDAY_LATE = '2026-12-05T23:30:00.000Z';
  test.use({ now: SATURDAY_LATE });

  test("Today lists the longest overdue first (Friday's P4 follow-up, then the thank-you), and the count matches the list", async ({
    page,
    host,
    request,
  }) => {
    await seedBoard(request, host, new Date(SATURDAY_LATE));
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    const rows = page.getByRole('main').getByRole('listitem');
    // Harbor promised Wednesday 2 December: P4 was due Friday 4 December 09:00.
    await expect(rows.nth(0)).toContainText('Send a follow-up note');
    await expect(rows.nth(0)).toContainText('1 day overdue');
    await expect(rows.nth(1)).toContainText('Send a thank-you note to Dana and Marcus');
    const count = await page.getByRole('main').getByRole('list').first().getByRole('listitem').count();
    await expect(page.getByRole('button', { name: new RegExp(`^Today\\W+${count} due, 2 overdue`) })).toBeVisible();
  });
});
