// The whole path: the page, the contract, the store on disk, and back after a reload.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures.ts';
import { call } from '../seed.ts';

test('an application added through the page is on the board after a reload, and on disk', async ({ host, page }) => {
  await call(host, 'state:command', { type: 'updateSettings', settings: { onboarded: true } });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Company').fill('Northwind Traders');
  await dialog.getByLabel('Role').fill('Staff Engineer');
  await dialog.getByRole('button', { name: /^Add/ }).click();
  const applied = page.getByRole('region', { name: 'Applied' });
  await expect(applied.getByRole('button', { name: /^Northwind Traders, Staff Engineer/ })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Applied' }).getByRole('button', { name: /^Northwind Traders, Staff Engineer/ }),
  ).toBeVisible();

  // Batched writes land well under a second later.
  await expect
    .poll(() => {
      try {
        return (
          JSON.parse(readFileSync(path.join(host.dataDir, 'afterview.json'), 'utf8')) as { applications: { company: string }[] }
        ).applications.map((a) => a.company);
      } catch {
        return [];
      }
    })
    .toEqual(['Northwind Traders']);
});
