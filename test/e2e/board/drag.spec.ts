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

test('a fast drag across three columns lands where it is dropped, without a page error', async ({ page, host, request }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The drag must also work under the page's strict CSP (no inline styles refused).
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
  await seedBoard(request, host);
  await openBoard(page, host);
  const from = (await card(column(page, 'Applied'), 'Orbit Analytics').boundingBox())!;
  const to = (await column(page, 'Followed up').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  const steps = 40;
  for (let i = 1; i <= steps; i += 1) {
    const x = from.x + from.width / 2 + ((to.x + to.width / 2 - (from.x + from.width / 2)) * i) / steps;
    const y = from.y + 20 + ((to.y + 120 - (from.y + 20)) * i) / steps;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  await expect(card(column(page, 'Followed up'), 'Orbit Analytics')).toBeVisible();
  await expect(page.getByText('Moved Orbit Analytics to Followed up and logged a follow-up.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the keyboard reorders within a column and the order survives a reload', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  const applied = column(page, 'Applied');
  await expect(applied.locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-orbit');
  await card(applied, 'Orbit Analytics').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[aria-pressed="true"][aria-roledescription="card"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/Orbit Analytics, Interaction Designer is over Applied, position 2 of 2\./)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(applied.locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-kestrel');
  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(column(page, 'Applied').locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-kestrel');
});

test('a mouse drag within a column puts the card where it is dropped, and the order survives a reload', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  const applied = column(page, 'Applied');
  await expect(applied.locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-orbit');
  const from = (await card(applied, 'Orbit Analytics').boundingBox())!;
  const below = (await card(applied, 'Kestrel Studio').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  // Down past the middle of the card below it, in small steps.
  for (let i = 1; i <= 12; i += 1)
    await page.mouse.move(from.x + from.width / 2, from.y + 20 + ((below.y + below.height - from.y) * i) / 12);
  await page.mouse.up();
  await expect(applied.locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-kestrel');
  await expect(applied.locator('[data-card-id]').nth(1)).toHaveAttribute('data-card-id', 'app-orbit');
  await page.reload();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(column(page, 'Applied').locator('[data-card-id]').first()).toHaveAttribute('data-card-id', 'app-kestrel');
});

test('a folded column takes a card from the mouse and from the keyboard, at its end', async ({ page, host, request }) => {
  await seedBoard(request, host);
  await openBoard(page, host);
  // The board alone folds Closed by default.
  await expect(page.getByRole('button', { name: 'Show closed applications' })).toBeVisible();
  const closed = column(page, 'Closed');
  await expect(closed.locator('[data-card-id]')).toHaveCount(0);
  await mouseDrag(page, card(column(page, 'Applied'), 'Orbit Analytics'), closed);
  await expect(page.getByText(/^Moved Orbit Analytics to Closed/)).toBeVisible();

  const kestrel = card(column(page, 'Applied'), 'Kestrel Studio');
  await kestrel.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[aria-pressed="true"][aria-roledescription="card"]')).toHaveCount(1);
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Kestrel Studio, Design Systems Designer is over Closed, position (\d+) of \1\./)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Moved Kestrel Studio to Closed/)).toBeVisible();

  await page.getByRole('button', { name: 'Show closed applications' }).click();
  const ids = await column(page, 'Closed')
    .locator('[data-card-id]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card-id')));
  expect(ids.slice(-2)).toEqual(['app-orbit', 'app-kestrel']);
});
