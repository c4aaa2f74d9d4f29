// Drafts: copy one (read back from the real clipboard), and "Copy and mark as sent" logs the
// thank-you, which moves the card to "Thank-you sent".
import { test, expect } from '../fixtures.ts';
import { card, column, openBoard, seedBoard } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy puts the edited draft on the clipboard; copy and mark as sent moves the card', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await card(column(page, 'Interviewing'), 'Northwind Labs').click();
  const panel = page.getByRole('complementary', { name: /Northwind Labs/ });
  const draft = panel.getByRole('article', { name: 'Draft to Dana Whitfield' });
  const body = draft.getByRole('textbox', { name: 'Message' });
  await expect(body).toHaveValue(/^Hi Dana,/);
  await expect(body).toHaveAttribute('spellcheck', 'true');

  // The unfilled skills placeholder is flagged beside the draft; type over it.
  const checks = draft.getByRole('group', { name: 'Checks on this draft' });
  await expect(checks.getByText(/your matching skills/)).toBeVisible();
  const text = await body.inputValue();
  await body.fill(text.replace('[your matching skills]', 'research operations'));
  await expect(checks.getByText(/your matching skills/)).toHaveCount(0);

  await draft.getByRole('button', { name: 'Copy body', exact: true }).click();
  await expect(page.getByText('Copied the message.', { exact: false })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Hi Dana,');
  expect(copied).toContain('research operations');

  await draft.getByRole('button', { name: 'Copy subject', exact: true }).click();
  await expect(page.getByText('Copied the subject line.')).toBeVisible();
  const subject = await page.evaluate(() => navigator.clipboard.readText());
  expect(subject).toBe(await draft.getByRole('textbox', { name: 'Subject' }).inputValue());

  await draft.getByRole('button', { name: 'Copy all', exact: true }).click();
  await expect(page.getByText('Copied the subject and the message.')).toBeVisible();
  const all = await page.evaluate(() => navigator.clipboard.readText());
  expect(all.startsWith(`Subject: ${subject}\n\n`)).toBe(true);
  expect(all).toContain('Hi Dana,');

  await draft.getByRole('button', { name: 'Copy and mark as sent' }).click();
  await expect(page.getByText('Copied and marked the thank-you note as sent.')).toBeVisible();
  await expect(card(column(page, 'Thank-you sent'), 'Northwind Labs')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(column(page, 'Thank-you sent'), 'Northwind Labs')).toBeVisible();
});
