// The timer the scheduler uses, injected so tests drive it with a fake clock. Node and
// Electron cap a timeout at 2^31-1 ms (about 24.8 days) and fire at once beyond it, so a
// far-off time is reached by chaining shorter waits.

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A reminder timer alone should not keep a command-line process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Calls `fn` at the absolute time `at` (by `now()`), chaining waits past the cap. */
export function timeoutAt(timers: Timers, now: () => Date, at: Date, fn: () => void): { cancel(): void } {
  let handle: unknown = null;
  let cancelled = false;
  const arm = () => {
    const delay = at.getTime() - now().getTime();
    if (delay > MAX_TIMEOUT_MS) {
      handle = timers.setTimeout(() => !cancelled && arm(), MAX_TIMEOUT_MS);
    } else {
      handle = timers.setTimeout(() => !cancelled && fn(), Math.max(0, delay));
    }
  };
  arm();
  return {
    cancel() {
      cancelled = true;
      if (handle !== null) timers.clearTimeout(handle);
    },
  };
}
