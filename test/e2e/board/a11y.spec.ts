// axe-core on every screen, in light and dark: no serious or critical violations.
import { test, expect } from '../fixtures.ts';
import { seriousViolations } from './axe.ts';
import { card, column, seedBoard } from './helpers.ts';

// axe is injected as a script; the page's CSP (rightly) allows only its own scripts.
test.use({ bypassCSP: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('first-run screen', async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Welcome to Afterview' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('board, card panel with drafts, Today, settings, quick add', async ({ page, host, request }) => {
      await seedBoard(request, host);
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
      expect(await seriousViolations(page), 'Today').toEqual([]);

      await page.getByRole('button', { name: 'Board', exact: true }).click();
      await expect(column(page, 'Applied')).toBeVisible();
      expect(await seriousViolations(page), 'board').toEqual([]);

      await card(column(page, 'Interviewing'), 'Northwind Labs').click();
      await expect(page.getByRole('complementary', { name: /Northwind Labs/ })).toBeVisible();
      expect(await seriousViolations(page), 'card panel').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      expect(await seriousViolations(page), 'settings').toEqual([]);

      await page.getByRole('button', { name: 'Board', exact: true }).click();
      await page.keyboard.press('n');
      await expect(page.getByRole('dialog', { name: 'New application' })).toBeVisible();
      expect(await seriousViolations(page), 'quick add').toEqual([]);
    });
  });
}
