// Accepting an offer (P10): a dialog lists every other open application with its withdrawal
// note; each is copied and marked as sent in turn, and its card closes.
import { test, expect } from '../fixtures.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('accepting an offer lists the other open applications to tell, one by one', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await card(column(page, 'Offer'), 'Meridian').click();
  await page.getByRole('button', { name: 'Accept this offer' }).click();
  const dialog = page.getByRole('dialog', { name: 'You accepted Meridian' });
  await expect(dialog).toBeVisible();
  // Seven other applications are still open (Applied, Interviewing, Thank-you sent, Followed up).
  const rows = dialog.getByRole('listitem');
  await expect(dialog.getByText('0 of 7 told')).toBeVisible();
  const first = dialog.getByRole('article').first();
  await expect(first.getByRole('textbox', { name: 'Message' })).toHaveValue(/withdraw/i);
  await first.getByRole('button', { name: 'Copy and mark as sent' }).click();
  await expect(dialog.getByText('1 of 7 told')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.toLowerCase()).toContain('withdraw');
  await expect(rows.first()).toContainText('Told');
  await dialog.getByRole('button', { name: 'Finish later' }).click();
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Closed' })
    .getByRole('button', { name: /Show closed/ })
    .click();
  await expect(card(column(page, 'Closed'), 'Meridian')).toBeVisible();
});
