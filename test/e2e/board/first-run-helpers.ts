// A board past its first run, for specs that start from an empty data folder.
import type { APIRequestContext } from '@playwright/test';
import type { WebHost } from '../fixtures.ts';
import { call } from './helpers.ts';

/** Marks the data as onboarded, so the page opens on the board rather than the first-run screen. */
export async function skipFirstRun(request: APIRequestContext, host: WebHost): Promise<void> {
  await call(request, host, 'state:command', { type: 'updateSettings', settings: { onboarded: true } });
}
