// Insights (issue 16) in the browser: reached by `i` and the top bar, numbers from the event
// logs in charts and tables, a period picker, the weekly goal, SVG and PNG exports with
// company names hidden on request, axe in both themes, and screenshots at 1440x900 with the
// sample board and with 1,000 applications. Clocks: Tuesday 1 December 2026 10:00 UTC.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_NOW, expect, startWebHost, test } from '../fixtures.ts';
import { largeDocument } from '../../renderer/fixtures.ts';
import { seedBoard } from './helpers.ts';
import { seriousViolations } from './axe.ts';

/** Screenshots go to AFTERVIEW_SHOTS_DIR when set (test-results is shared and wiped by other runs). */
const shot = (testInfo: { outputPath(name: string): string }, name: string) =>
  process.env.AFTERVIEW_SHOTS_DIR ? path.join(process.env.AFTERVIEW_SHOTS_DIR, name) : testInfo.outputPath(name);

test.use({ viewport: { width: 1440, height: 900 } });

const insights = (page: Page) => page.getByRole('main', { name: 'Insights' });
const card = (page: Page, title: string) => insights(page).getByRole('region', { name: title, exact: true });
/** The one-line summary under a card's heading (the chart's own description repeats it for screen readers). */
const summary = (page: Page, title: string) => card(page, title).locator('.insights-card__summary');

async function openInsights(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.keyboard.press('i');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
}

/** The reminders banner (hundreds of lines with 1,000 cards) is put away so the picture shows the view. */
async function dismissReminders(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  if (await dismiss.count()) await dismiss.first().click();
}

test('i opens Insights; the top bar button marks it as the current view; Escape goes back to the board', async ({
  page,
  host,
  request,
}) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  const button = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Insights' });
  await expect(button).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Applied' })).toBeVisible();
  await button.click();
  await expect(insights(page)).toBeVisible();
});

test('the sample board: the Sankey counts every stage a card passed, with its numbers in a table', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  const search = card(page, 'The search');
  // Ten applications; Tessellate was rejected after its interview and still counts as interviewed;
  // Pinecrest Bank heard back, but its interview is tomorrow.
  await expect(summary(page, 'The search')).toHaveText(
    '10 sent, 7 heard back, 6 interviewed, 1 offer. Each application counts at every stage it passed.',
  );
  const flows = search.getByRole('table', { name: 'Flows of the search' });
  await expect(flows.getByRole('row', { name: 'First interview Rejected 1' })).toBeVisible();
  await expect(flows.getByRole('row', { name: 'Applied No answer 3' })).toBeVisible();
  await expect(search.getByRole('img', { name: /The search as a flow/ })).toBeVisible();
  // Harbor & Co said Saturday 28 November: Monday and Tuesday have passed since.
  const promises = card(page, 'Promises kept');
  await expect(
    promises.getByRole('row', { name: /Harbor & Co Sat 28 Nov – two working days past their date, no answer yet/ }),
  ).toBeVisible();
  await expect(card(page, 'Response times').getByRole('table')).toBeVisible();
});

test('the period picker narrows the numbers and says in one sentence what is wrong with a bad period', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  await page.getByLabel('Period').selectOption('last30');
  // Monday 2 November to today: Fieldnote (30 days ago), Meridian (35) and Quarry Logistics (70) fall outside.
  await expect(summary(page, 'The search')).toContainText(/^7 sent,/);
  await page.getByLabel('Period').selectOption('custom');
  await page.getByLabel('From', { exact: true }).fill('2026-12-01');
  await page.getByLabel('To', { exact: true }).fill('2026-11-01');
  await expect(page.getByRole('alert')).toHaveText('The period starts after it ends (2026-12-01 is after 2026-11-01); swap the two dates.');
  await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('To', { exact: true }).fill('2026-12-01');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the weekly goal is a setting: changing it redraws the rhythm and survives a reload', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  const rhythm = card(page, 'Weekly rhythm');
  // The busiest week (Monday 23 to Sunday 29 November) had three applications.
  await expect(summary(page, 'Weekly rhythm')).toContainText(/^The goal of 5 applications was met in 0 of/);
  const goal = rhythm.getByRole('spinbutton', { name: 'Weekly goal' });
  await goal.fill('1');
  await goal.press('Enter');
  await expect(summary(page, 'Weekly rhythm')).toContainText(/^The goal of 1 applications was met in [1-9]/);
  await page.reload();
  await openInsights(page);
  await expect(card(page, 'Weekly rhythm').getByRole('spinbutton', { name: 'Weekly goal' })).toHaveValue('1');
});

test('exports each chart as SVG and PNG, and can name the companies Company A, B, ...', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  const promises = card(page, 'Promises kept');
  const svgDownload = page.waitForEvent('download');
  await promises.getByRole('button', { name: 'Export Promises kept as SVG' }).click();
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Harbor &amp; Co');
  expect(svg).toContain('>Promises kept</text>');

  await page.getByLabel('Hide company names in exports').check();
  const anonymous = page.waitForEvent('download');
  await promises.getByRole('button', { name: 'Export Promises kept as SVG' }).click();
  const shared = readFileSync((await (await anonymous).path())!, 'utf8');
  expect(shared).toContain('>Company A<');
  expect(shared).not.toContain('Harbor');

  const pngDownload = page.waitForEvent('download');
  await card(page, 'The search').getByRole('button', { name: 'Export The search as PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('afterview-search-flow.png');
  if (process.env.AFTERVIEW_SHOTS_DIR) {
    await png.saveAs(path.join(process.env.AFTERVIEW_SHOTS_DIR, 'export-search-flow.png'));
    writeFileSync(path.join(process.env.AFTERVIEW_SHOTS_DIR, 'export-promises-anonymous.svg'), shared);
  }
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
});

test('every control is reachable with the keyboard', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await page.goto(host.url);
  await openInsights(page);
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''),
    );
  }
  for (const name of ['Export The search as SVG', 'Export Promises kept as PNG', 'Export Weekly rhythm as SVG', 'Every week'])
    expect(reached).toContain(name);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, bypassCSP: true });

    test('axe finds nothing serious, and the view is photographed with the sample board', async ({ page, host, request }, testInfo) => {
      await seedBoard(request, host);
      await page.goto(host.url);
      await openInsights(page);
      await dismissReminders(page);
      await page.screenshot({ path: shot(testInfo, `insights-sample-${colorScheme}.png`) });
      // The view scrolls inside the window; a taller window shows all of it in one picture.
      await page.setViewportSize({ width: 1440, height: 2000 });
      await page.screenshot({ path: shot(testInfo, `insights-sample-${colorScheme}-tall.png`) });
      await page.setViewportSize({ width: 1440, height: 900 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('1,000 applications: the view draws and is photographed', async ({ page }, testInfo) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-insights-'));
      writeFileSync(path.join(dir, 'afterview.json'), JSON.stringify(largeDocument(new Date(E2E_NOW), 1000)));
      const host = await startWebHost(dir, { now: E2E_NOW });
      try {
        await page.goto(host.url);
        await openInsights(page);
        await expect(summary(page, 'The search')).toContainText(/^1000 sent,/);
        await dismissReminders(page);
        await page.screenshot({ path: shot(testInfo, `insights-1000-${colorScheme}.png`) });
        await page.setViewportSize({ width: 1440, height: 2000 });
        await page.screenshot({ path: shot(testInfo, `insights-1000-${colorScheme}-tall.png`) });
      } finally {
        await host.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
