// Dropping a Google Calendar invitation on the window (issue 15): the page hands the file's
// text to the host through the contract, shows the proposal, and only "Apply" changes the
// board. The clocks read Tuesday 1 December 2026, 10:00 UTC; the interview is Tuesday 8 December.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import { test, expect, type WebHost } from '../fixtures.ts';
import { call, card, column, openBoard } from './helpers.ts';

const reply = readFileSync(fileURLToPath(new URL('../../fixtures/capture/gmail-reply-multipart.eml', import.meta.url)), 'utf8');
const invite = readFileSync(fileURLToPath(new URL('../../fixtures/capture/google-calendar.ics', import.meta.url)), 'utf8');

async function seedNorthwind(request: APIRequestContext, host: WebHost) {
  await call(request, host, 'state:command', {
    type: 'addApplication',
    id: 'app-northwind',
    at: '2026-11-20T09:00:00.000Z',
    eventId: 'ev-northwind',
    fields: { company: 'Northwind', role: 'Product Designer' },
    contacts: [{ id: 'c-dana', name: 'Dana Reyes', email: 'dana@northwind.io', title: '', linkedin: '' }],
  });
}

test('a dropped invitation is proposed, then applied as a round on the matching card', async ({ page, host, request }) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  await expect(card(column(page, 'Applied'), 'Northwind')).toBeVisible();

  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'invite.ics', { type: 'text/calendar' }));
    return transfer;
  }, invite);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const dialog = page.getByRole('dialog', { name: 'Update the board from this file?' });
  await expect(dialog).toContainText(
    'Add the interview on Tuesday 8 December at 15:00 (45 minutes) with Dana Reyes, Sam Ortiz to Northwind (Product Designer).',
  );
  await expect(dialog).toContainText('Interviewers');
  // Nothing has changed yet: the card is still in Applied.
  await expect(card(column(page, 'Applied'), 'Northwind')).toBeVisible();

  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(column(page, 'Interviewing'), 'Northwind')).toBeVisible();

  // The contacts and the round were one step: one undo puts the card back as it was.
  await page.keyboard.press('Control+z');
  await expect(card(column(page, 'Applied'), 'Northwind')).toBeVisible();
});

test('a file that cannot be read gets one sentence and changes nothing', async ({ page, host, request }) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'], 'broken.ics', {
        type: 'text/calendar',
      }),
    );
    return transfer;
  });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('This invitation has no start time (DTSTART), so there is no interview to add.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card(column(page, 'Applied'), 'Northwind')).toBeVisible();
});

test("a reply's text pasted onto the board logs the reply and its promised date (Friday 11 December 2026)", async ({
  page,
  host,
  request,
}) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData(
      'text/plain',
      'From: Dana Reyes <dana@northwind.io>\nDate: Tue, 1 Dec 2026 09:05:00 +0000\nSubject: Re: Product Designer\n\nThanks Alex. We are meeting a few more candidates and will decide by the end of next week.',
    );
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Update the board from this file?' });
  await expect(dialog).toContainText(
    "Log the reply from Northwind (Product Designer) on Tuesday 1 December and set the decision date to Friday 11 December ('end of next week')",
  );
  await expect(dialog).toContainText('2026-12-11');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a mail dropped on a card belongs to that card, even when its words name no company', async ({ page, host, request }) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const text =
      'From: Talent <no-reply@ats.example>\nDate: Mon, 30 Nov 2026 16:00:00 +0000\nSubject: Your application\n\nUnfortunately we have decided not to proceed with your application.';
    transfer.items.add(new File([text], 'mail.txt', { type: 'text/plain' }));
    return transfer;
  });
  const target = card(column(page, 'Applied'), 'Northwind');
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Update the board from this file?' });
  await expect(dialog).toContainText('Log a rejection from Northwind (Product Designer) on Monday 30 November');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(card(column(page, 'Rejected'), 'Northwind')).toBeVisible();
});

test('a dropped multipart .eml reply is read without its quote and sets the promised date on yes', async ({ page, host, request }) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'Re Thank you.eml', { type: 'message/rfc822' }));
    return transfer;
  }, reply);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Update the board from this file?' });
  await expect(dialog).toContainText(
    "Log the reply from Northwind (Product Designer) on Tuesday 1 December and set the decision date to Friday 11 December ('end of next week')",
  );
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
  await card(column(page, 'Applied'), 'Northwind').click();
  // The panel shows the promised date and the reply in the card's history.
  await expect(page.getByRole('textbox', { name: 'Decision date' })).toHaveValue('2026-12-11');
  await expect(page.getByRole('button', { name: 'Delete “They replied” from the history' })).toBeVisible();
});

test('"Paste an email" reads pasted offer text, with its deadline to answer (Friday 11 December 2026), from the keyboard; Escape closes it', async ({
  page,
  host,
  request,
}) => {
  await seedNorthwind(request, host);
  await openBoard(page, host);
  const button = page.getByRole('button', { name: 'Paste an email' });
  const pasteDialog = page.getByRole('dialog', { name: 'Paste an email' });

  // Escape closes it and gives the focus back to the button.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(pasteDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pasteDialog).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  const field = pasteDialog.getByRole('textbox', { name: 'The email’s text' });
  await expect(field).toBeFocused();
  await field.fill(
    'From: Dana Reyes <dana@northwind.io>\nDate: Tue, 1 Dec 2026 15:40:00 +0000\nSubject: Your offer\n\nWe are delighted to offer you the Product Designer role. Please let us know by Friday 11 December whether you accept.',
  );
  await page.keyboard.press('Control+Enter');

  const proposal = page.getByRole('dialog', { name: 'Update the board from this file?' });
  await expect(proposal).toContainText(
    'Log an offer from Northwind (Product Designer) on Tuesday 1 December with an answer due by Friday 11 December',
  );
  await expect(proposal).toContainText('Answer the offer by');
  await expect(pasteDialog).toHaveCount(0);
  // Nothing changed before the yes.
  await expect(card(column(page, 'Applied'), 'Northwind')).toBeVisible();
  await proposal.getByRole('button', { name: 'Apply' }).click();
  await expect(proposal).toHaveCount(0);
  await expect(card(column(page, 'Offer'), 'Northwind')).toBeVisible();
});
