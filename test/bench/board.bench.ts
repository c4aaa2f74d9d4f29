// The board in real headless Chromium through the web host, with 1,000 and 5,000
// applications: time from navigation to an interactive board, and frame times during a
// scripted mouse drag across columns (p50, p95). Targets (issue 5), with 1,000
// applications: interactive within 400 ms, p95 frame time during a drag within 16.7 ms.
// The figures are printed; nothing here passes or fails on time.
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { withWebHost } from '../e2e/fixtures.ts';
import { sampleDocument } from '../fixtures/data/generate.ts';
// @ts-expect-error: a plain ES module script without type declarations
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/chromium.mjs';

const executablePath = findChromium() as string | null;
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * Milliseconds from navigation start until cards are on screen and the page has gone idle.
 * The app opens on Today when something is overdue (issue 5); then the figure includes the
 * click on Board, as a user would get there.
 */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // Whichever the app opens on once its data is loaded: the board's cards or Today.
  const today = page.getByRole('heading', { name: 'Today', level: 1 });
  await page.locator('[data-card-id]').first().or(today).waitFor({ state: 'visible', timeout: 60_000 });
  if (await today.isVisible()) await page.getByRole('button', { name: 'Board', exact: true }).click();
  await page.locator('[data-card-id]').first().waitFor({ state: 'visible', timeout: 60_000 });
  // The first frame after the cards' frame, once the main thread is free to take input.
  // Page functions are passed as strings: tsx's name-keeping helper (__name) does not exist in the page.
  return page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))') as Promise<number>;
}

async function dragFrameTimes(page: Page): Promise<{ frames: number[]; moved: boolean }> {
  const source = page.getByRole('region', { name: 'Applied' }).locator('[data-card-id]').first();
  const cardId = await source.getAttribute('data-card-id');
  const target = page.getByRole('region', { name: 'Followed up' });
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('board not laid out');
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const start = { x: from.x + from.width / 2, y: from.y + 20 };
  const end = { x: to.x + to.width / 2, y: to.y + 120 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 90;
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(2);
  });
  const moved = (await target.locator(`[data-card-id="${cardId}"]`).count()) === 1;
  return { frames, moved };
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const count of [1_000, 5_000]) {
    await withWebHost(
      (dataDir) => {
        const doc = sampleDocument(count);
        doc.settings.onboarded = true;
        writeFileSync(path.join(dataDir, 'afterview.json'), JSON.stringify(doc));
      },
      async (host) => {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        // A warm-up load, so the figure is the app's and not the browser's first start.
        await timeToInteractive(page, host.url);
        const loads: number[] = [];
        for (let i = 0; i < 3; i += 1) loads.push(await timeToInteractive(page, host.url));
        await page.getByRole('button', { name: 'Board', exact: true }).click();
        const { frames, moved } = await dragFrameTimes(page);
        const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
        console.log(`board ${count} applications: interactive after navigation (median of 3): ${percentile(loads, 50).toFixed(0)} ms`);
        console.log(`board ${count} applications: drag frame time p50: ${percentile(frames, 50).toFixed(1)} ms`);
        console.log(`board ${count} applications: drag frame time p95: ${percentile(frames, 95).toFixed(1)} ms (${frames.length} frames${moved ? '' : ', the card did not land'})`);
        // Headless Chromium paces frames at 60 Hz, so a p95 a hair over 16.7 ms is timer
        // jitter; a frame the board actually dropped shows as one of 25 ms or more.
        console.log(`board ${count} applications: drag frames of 25 ms or more (dropped): ${frames.filter((f) => f >= 25).length}`);
        console.log(`board ${count} applications: JS heap after drag: ${(heap / 1024 / 1024).toFixed(1)} MB`);
        await page.close();
      },
    );
  }
} finally {
  await browser.close();
}
