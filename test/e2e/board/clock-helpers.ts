// Test steps for a pinned clock and a board past its first run, kept out of fixtures.ts
// until the lead's pinned-clock option for the web host lands there.
import type { APIRequestContext, Page } from '@playwright/test';
import type { WebHost } from '../fixtures.ts';
import { call } from './helpers.ts';

/** Fixes the page's Date at one instant; timers keep running, so the app still works. */
export async function pinClock(page: Page, iso: string): Promise<void> {
  await page.clock.setFixedTime(new Date(iso));
}

/** Marks the data as onboarded, so the page opens on the board rather than the first-run screen. */
export async function skipFirstRun(request: APIRequestContext, host: WebHost): Promise<void> {
  await call(request, host, 'state:command', { type: 'updateSettings', settings: { onboarded: true } });
}
