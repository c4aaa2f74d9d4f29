// Long names stop at two lines on the card, and the due time stays on one (issue 10: a long
// posting made a card 220 px tall and wrapped "2 days overdue").
import { test, expect } from '../fixtures.ts';
import { call, card, column, openBoard, seedBoard } from './helpers.ts';

test('a card with a very long company and role stays compact, its due time on one line', async ({ page, host, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedBoard(request, host, new Date('2026-12-01T10:00:00.000Z'));
  const company = 'The International Consolidated Northwind Laboratories and Research Holdings';
  await call(request, host, 'state:command', {
    type: 'updateApplication',
    id: 'app-northwind',
    at: '2026-12-01T10:00:00.000Z',
    fields: { company, role: 'Senior Principal Staff Product Designer, Design Systems and Accessibility Platform' },
  });
  await openBoard(page, host);
  const northwind = card(column(page, 'Interviewing'), company);
  const box = (await northwind.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(190);
  await expect(northwind).toHaveAccessibleName(new RegExp(`^${company}, `));
  const due = northwind.locator('.card__due');
  const lineHeight = await due.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 18);
  expect((await due.boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
});
