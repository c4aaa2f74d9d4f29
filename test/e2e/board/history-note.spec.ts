// The History note field shows every line it holds (issue 10: it clipped the second line) and
// the date field is wide enough for its text and picker icon.
import { test, expect } from '../fixtures.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test('a two-line note in History is shown whole, and the date is not covered by its icon', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await card(column(page, 'Thank-you sent'), 'Harbor & Co').click();
  const events = page.getByRole('list', { name: 'Events, newest first' });
  const note = events.getByRole('textbox', { name: 'Note' }).first();
  await note.fill('Spoke with Elena about the team.\nShe will send the take-home on Monday.');
  await note.blur();
  await expect.poll(() => note.evaluate((el: HTMLTextAreaElement) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  const when = events.getByLabel('When').first();
  const box = (await when.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(200);
  await events
    .locator('li')
    .first()
    .screenshot({ path: test.info().outputPath('history-event.png') });
});
