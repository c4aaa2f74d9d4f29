// Drag and drop between columns with the mouse and the keyboard; the stage's event is
// logged and survives a reload; undo puts the card back.
import { test, expect } from '../fixtures.ts';
import { card, column, mouseDrag, openBoard, seedBoard } from './helpers.ts';

test('a mouse drag to Interviewing moves the card, logs the interview and survives a reload', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await mouseDrag(page, card(column(page, 'Applied'), 'Orbit Analytics'), column(page, 'Interviewing'));
  await expect(card(column(page, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await expect(page.getByText('Moved Orbit Analytics to Interviewing and logged an interview.')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(column(page, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await card(column(page, 'Interviewing'), 'Orbit Analytics').click();
  await expect(page.getByRole('list', { name: 'Events, newest first' }).getByText('Interview booked')).toBeVisible();
});

test('a keyboard drag: Space lifts, arrows move, Space drops, with announcements', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  const orbit = card(column(page, 'Applied'), 'Orbit Analytics');
  await orbit.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[aria-pressed="true"][aria-roledescription="card"]')).toHaveCount(1);
  await expect(page.getByText(/Picked up Orbit Analytics, Interaction Designer\. It is in Applied, position 1 of 2\./)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Orbit Analytics, Interaction Designer is over Interviewing, position \d of 4\./)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(card(column(page, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await expect(page.getByText(/Dropped Orbit Analytics, Interaction Designer in Interviewing, position \d of 4\./)).toBeAttached();

  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(column(page, 'Interviewing'), 'Orbit Analytics')).toBeVisible();
  await expect(card(column(page, 'Applied'), 'Orbit Analytics')).toHaveCount(0);
});

test('Escape cancels a keyboard drag and nothing changes', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  const kestrel = card(column(page, 'Applied'), 'Kestrel Studio');
  await kestrel.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[aria-pressed="true"][aria-roledescription="card"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(card(column(page, 'Applied'), 'Kestrel Studio')).toBeVisible();
  await expect(page.getByText(/Cancelled\. Kestrel Studio, Design Systems Designer is back in Applied/)).toBeAttached();
});

test('undo from the toast and with Ctrl+Z puts a dragged card back; Shift+Ctrl+Z redoes', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  await mouseDrag(page, card(column(page, 'Applied'), 'Kestrel Studio'), column(page, 'Interviewing'));
  await expect(card(column(page, 'Interviewing'), 'Kestrel Studio')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(column(page, 'Applied'), 'Kestrel Studio')).toBeVisible();

  await page.keyboard.press('Control+Shift+Z');
  await expect(card(column(page, 'Interviewing'), 'Kestrel Studio')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(card(column(page, 'Applied'), 'Kestrel Studio')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(column(page, 'Applied'), 'Kestrel Studio')).toBeVisible();
});
