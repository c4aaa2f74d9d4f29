// A store factory: the app makes one over its client, each test makes its own over the real
// app service in-process (test/renderer/test-host.ts) and a pinned clock.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AfterviewClient } from '../api/client.ts';
import type { Clock } from '../../../shared/time/clock.ts';
import { browserClock, setRendererClock } from '../lib/clock.ts';
import { createClockSlice } from './clockSlice.ts';
import { createDataSlice } from './dataSlice.ts';
import { createHostSlice } from './hostSlice.ts';
import { createRemindersSlice } from './remindersSlice.ts';
import { createToastSlice } from './toastSlice.ts';
import type { AppState } from './types.ts';
import { createUiSlice } from './uiSlice.ts';

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: AfterviewClient, options: { clock?: Clock } = {}): AppStore {
  const clock = options.clock ?? browserClock;
  setRendererClock(clock);
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(client)(...a),
    ...createUiSlice(...a),
    ...createToastSlice(...a),
    ...createClockSlice(clock)(...a),
    ...createRemindersSlice(client)(...a),
    ...createHostSlice(client)(...a),
  }));
}
