// The board fits a laptop (issue 10): at 1440 wide Offer and Rejected are on screen, with and
// without the card panel; where columns do continue past an edge, a button says so. Also
// writes screenshots (1280x720, 1440x900, 1920x1080; light and dark; with and without the
// panel) to the test's output folder under test-results/ for a person to look at.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { column, openBoard, seedBoard } from './helpers.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** The right edge of what the board shows: the window's, or the open panel's left edge. */
async function visibleRight(page: Page): Promise<number> {
  const panel = page.getByRole('complementary');
  if (await panel.count()) return (await panel.boundingBox())!.x;
  return page.viewportSize()!.width;
}

async function onScreen(page: Page, title: string) {
  const box = (await column(page, title).boundingBox())!;
  return box.x >= 0 && box.x + box.width <= (await visibleRight(page)) + 0.5;
}

async function openPanel(page: Page) {
  await column(page, 'Interviewing').getByRole('button').first().click();
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.waitForTimeout(250);
}

test('at 1440 wide, Offer and Rejected are visible with and without the panel', async ({ page, host, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  await openBoard(page, host);
  for (const title of ['Applied', 'Interviewing', 'Thank-you sent', 'Followed up', 'Offer', 'Rejected', 'Closed'])
    expect(await onScreen(page, title), `${title} on screen`).toBe(true);
  await openPanel(page);
  for (const title of ['Applied', 'Offer', 'Rejected']) expect(await onScreen(page, title), `${title} beside the panel`).toBe(true);
  // Beside the panel Rejected folds to a strip, and can be shown again.
  await expect(column(page, 'Rejected').getByRole('button', { name: 'Show rejected applications' })).toBeVisible();
});

test('where columns continue past the edge, a button says so and scrolls there', async ({ page, host, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  await openBoard(page, host);
  await openPanel(page);
  await column(page, 'Rejected').getByRole('button', { name: 'Show rejected applications' }).click();
  const more = page.getByRole('button', { name: 'Scroll to the columns on the right' });
  await expect(more).toBeVisible();
  await more.click();
  await expect.poll(() => onScreen(page, 'Rejected')).toBe(true);
  await expect(page.getByRole('button', { name: 'Scroll to the columns on the left' })).toBeVisible();
});

test('screenshots at laptop and desktop sizes, light and dark, with and without the panel', async ({ page, host, request }) => {
  test.setTimeout(120_000);
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openBoard(page, host);
      const name = `${size.width}x${size.height}-${scheme}`;
      await page.screenshot({ path: test.info().outputPath(`board-${name}.png`) });
      await openPanel(page);
      await page.screenshot({ path: test.info().outputPath(`panel-${name}.png`) });
    }
  }
});

test('Today moves aside for the panel, so no "Open draft" button is under it', async ({ page, host, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  await page.goto(host.url);
  await page.getByRole('button', { name: /^Today/ }).click();
  const opens = page.getByRole('main').getByRole('button', { name: /^Open (draft|card)/ });
  await opens.first().click();
  const panelLeft = (await page.getByRole('complementary').boundingBox())!.x;
  for (const button of await opens.all()) {
    const box = await button.boundingBox();
    if (box) expect(box.x + box.width).toBeLessThanOrEqual(panelLeft);
  }
});

test('in the default panel at 1440 wide the draft buttons sit in one row, named in full', async ({ page, host, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  await openBoard(page, host);
  await openPanel(page);
  const draft = page.getByRole('article', { name: 'Draft to Dana Whitfield' });
  const names = ['Copy and mark as sent', 'Copy body', 'Open in mail app'];
  const tops = await Promise.all(names.map(async (name) => (await draft.getByRole('button', { name, exact: true }).boundingBox())!.y));
  expect(new Set(tops.map((y) => Math.round(y))).size).toBe(1);
  await expect(draft.getByRole('button', { name: 'Copy all', exact: true })).toBeVisible();
  await draft.screenshot({ path: test.info().outputPath('draft-buttons.png') });
});
