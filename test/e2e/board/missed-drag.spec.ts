// A drag that misses a card sweeps across the column titles without selecting them (issue 10).
import { test, expect } from '../fixtures.ts';
import { column, openBoard, seedBoard } from './helpers.ts';

test('a missed drag across the column headers selects no text', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  const from = (await column(page, 'Applied').getByRole('heading').boundingBox())!;
  const to = (await column(page, 'Followed up').getByRole('heading').boundingBox())!;
  await page.mouse.move(from.x - 4, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
});
