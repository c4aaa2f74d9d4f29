// Quick add (n) from the first-run screen's empty board, and search (/).
import { test, expect } from '../fixtures.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test('a new user starts with an empty board and adds an application with n', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Afterview' })).toBeVisible();
  await page.getByLabel(/Your name/).fill('Alex Morgan');
  await page.getByRole('button', { name: 'Start with an empty board' }).click();
  await expect(column(page, 'Applied')).toContainText('Press n to add');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill('Acme Robotics');
  await dialog.getByLabel('Role').fill('Technical Writer');
  await dialog.getByLabel(/Link to the posting/).fill('acme.example/jobs/7');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(card(column(page, 'Applied'), 'Acme Robotics')).toHaveAccessibleName(/^Acme Robotics, Technical Writer/);
  await page.reload();
  await expect(card(column(page, 'Applied'), 'Acme Robotics')).toBeVisible();
});

test('the first-run samples fill the board', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Show me with a few examples' }).click();
  await expect(page.getByRole('button', { name: 'New application' })).toBeVisible();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect.poll(async () => page.locator('[data-card-id]').count()).toBeGreaterThan(2);
});

test('/ searches by company, role, contact and stage', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search applications' });
  await expect(search).toBeFocused();
  await search.fill('elena');
  await expect(card(page, 'Harbor & Co')).toBeVisible();
  await expect(page.locator('[data-card-id]')).toHaveCount(1);
  await search.fill('researcher');
  await expect(card(page, 'Lumen Health')).toBeVisible();
  await expect(page.locator('[data-card-id]')).toHaveCount(1);
  await search.fill('offer');
  await expect(card(page, 'Meridian')).toBeVisible();
  await expect(column(page, 'Applied')).toContainText('No card here matches the search.');
  await search.press('Escape');
  await expect.poll(async () => page.locator('[data-card-id]').count()).toBeGreaterThan(5);
});
