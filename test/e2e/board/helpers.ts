// Shared steps for the board's end-to-end tests: seed a web host with a realistic board
// through its own API (the same commands a user's clicks send), then open the page.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { E2E_NOW, expect, type WebHost } from '../fixtures.ts';
import { boardCommands } from '../../renderer/fixtures.ts';

export async function call(request: APIRequestContext, host: WebHost, channel: string, data: unknown) {
  const res = await request.post(`${host.origin}/api/${channel}`, {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    data: data === undefined ? null : data,
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel} failed: ${body.error?.message}`);
  return body.value;
}

/** Puts the sample board (one card or more in every column) into the host's data. */
/** `now` must be the instant the test's clocks run at (E2E_NOW unless the file moved them). */
export async function seedBoard(request: APIRequestContext, host: WebHost, now = new Date(E2E_NOW)) {
  for (const cmd of boardCommands(now)) await call(request, host, 'state:command', cmd);
}

/** Opens the app and shows the board (it opens on Today when something is overdue). */
export async function openBoard(page: Page, host: WebHost) {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Applied' })).toBeVisible();
}

export const column = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });
export const card = (scope: Page | Locator, company: string): Locator =>
  scope.getByRole('button', { name: new RegExp(`^${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });

/** A mouse drag dnd-kit recognises: press, move past the activation distance in steps, release. */
export async function mouseDrag(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag source or target is not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 90, { steps: 15 });
  await page.mouse.move(b.x + b.width / 2, b.y + 96, { steps: 5 });
  await page.mouse.up();
}
