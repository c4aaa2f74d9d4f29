// Pins Date for a component test file at the store's NOW (Sunday 22 November 2026 12:00 UTC):
// the app's clock ticks from Date, so "today" must not follow the machine's.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { NOW } from './render.tsx';

export function usePinnedClock(): void {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}
