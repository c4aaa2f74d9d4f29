// A long column builds only what can be seen (issue 14), in real Chromium: with 100 cards in
// Applied the page holds a screenful of them plus a few either side, the list still says how
// many there are, and scrolling brings the last card in with its true position. The window is
// widened by its margin only after the first paint, and a first guess that held more than
// the view is narrowed then, so the page settles on the view plus the margin.
import { test, expect } from '../fixtures.ts';
import { sampleApplication } from '../../fixtures/data/generate.ts';
import { call, column, openBoard } from './helpers.ts';

const PER_COLUMN = 100;
// sampleApplication puts application i in the (i mod 7)th column, so 7 x 100 fills each with 100.
const COUNT = 7 * PER_COLUMN;

test('a column of 100 cards builds a screenful and a margin, says 100, and scrolls to its last card', async ({ page, host, now }) => {
  // Tuesday 1 December 2026: the sample's dates end a day before, so nothing is in the future.
  const base = Date.parse(now) - 86_400_000;
  const applications = Array.from({ length: COUNT }, (_, i) => sampleApplication(i, base));
  await call(page.request, host, 'state:command', { type: 'addApplications', applications });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBoard(page, host);

  const applied = column(page, 'Applied');
  const items = applied.getByRole('listitem');
  const scroller = applied.locator('.column__list');
  await expect(applied.getByText(`${PER_COLUMN} cards`)).toBeAttached();
  await expect(items.first()).toHaveAttribute('aria-setsize', String(PER_COLUMN));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');

  // Settled: the cards in view and the margin of 4 below them, not the column.
  const inView = async () =>
    scroller.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('[role="listitem"]')].filter((item) => {
        const r = item.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      }).length;
    });
  await expect.poll(async () => (await items.count()) - (await inView())).toBe(4);
  expect(await items.count()).toBeLessThan(20);

  // Scrolled to the end: the last card is built, in its place, and the list is no longer.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = applied.locator(`[role="listitem"][aria-posinset="${PER_COLUMN}"]`);
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-setsize', String(PER_COLUMN));
  expect(await items.count()).toBeLessThan(20);
  expect(await items.first().getAttribute('aria-posinset')).not.toBe('1');
});
