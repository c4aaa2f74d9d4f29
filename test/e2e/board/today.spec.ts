// Today: the app opens on it when something is overdue; each row is one click from its draft.
import { test, expect } from '../fixtures.ts';
import { seedBoard } from './helpers.ts';

test('opens on Today with the overdue thank-you first, one click from its draft', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Today\W+\d+ due, 1 overdue/ })).toHaveAttribute('aria-current', 'page');
  const rows = page.getByRole('main').getByRole('listitem');
  await expect(rows.first()).toContainText('Send a thank-you note to Dana and Marcus');
  await expect(rows.first()).toContainText(/overdue/);
  await rows.first().getByRole('button', { name: /Open draft/ }).click();
  const panel = page.getByRole('complementary', { name: /Northwind Labs/ });
  await expect(panel.getByRole('article', { name: 'Draft to Dana Whitfield' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Message' }).first()).toHaveValue(/Hi Dana,/);
});

test('with nothing due the app opens on the board, and Today says what comes next', async ({ page, host, request }) => {
  // A board with only fresh applications: nothing overdue.
  const cmd = { type: 'addApplication', id: 'fresh', at: new Date().toISOString(), eventId: 'fresh-ev', fields: { company: 'Acme', role: 'Writer' } };
  await request.post(`${host.origin}/api/state:command`, { headers: { authorization: `Bearer ${host.token}` }, data: { type: 'updateSettings', settings: { onboarded: true } } });
  await request.post(`${host.origin}/api/state:command`, { headers: { authorization: `Bearer ${host.token}` }, data: cmd });
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Applied' })).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByText('You are up to date.')).toBeVisible();
});
