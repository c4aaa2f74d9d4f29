// The renderer's one clock. The store is made once per page with it (tests pass a pinned
// one); the few places that stamp a command with "now" outside the store read it here, so
// the whole renderer agrees on the time and nothing reads Date directly.
import type { Clock } from '../../../shared/time/clock.ts';

/** The page's own clock (Playwright's page.clock controls it in end-to-end tests). */
export const browserClock: Clock = () => new Date();

let current: Clock = browserClock;

export function setRendererClock(clock: Clock): void {
  current = clock;
}

/** Now, by the renderer's clock. */
export const rendererNow = (): Date => current();
