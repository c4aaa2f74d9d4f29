// The page names its own icon (issue 10: the browser asked the host for /favicon.ico and got
// a 404 on every load); nothing the page loads is missing.
import { test, expect } from '../fixtures.ts';

test('loading the app asks for nothing the host does not have, /favicon.ico included', async ({ page, host }) => {
  const missing: string[] = [];
  page.on('response', (res) => {
    if (res.status() === 404) missing.push(new URL(res.url()).pathname);
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.locator('link[rel="icon"]').count()).toBe(1);
  expect(missing).toEqual([]);
});
