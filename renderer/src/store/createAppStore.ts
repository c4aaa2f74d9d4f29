// A store factory: the app makes one, each test makes its own against a fake API and a
// pinned clock.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AfterviewApi } from '../../../shared/ipc/contract.ts';
import type { Clock } from '../../../shared/time/clock.ts';
import { browserClock, setRendererClock } from '../lib/clock.ts';
import { createClockSlice } from './clockSlice.ts';
import { createDataSlice } from './dataSlice.ts';
import { createRemindersSlice } from './remindersSlice.ts';
import { createToastSlice } from './toastSlice.ts';
import type { AppState } from './types.ts';
import { createUiSlice } from './uiSlice.ts';

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: AfterviewApi, options: { clock?: Clock } = {}): AppStore {
  const clock = options.clock ?? browserClock;
  setRendererClock(clock);
  return createStore<AppState>()((...a) => ({
    api,
    ...createDataSlice(api)(...a),
    ...createUiSlice(...a),
    ...createToastSlice(...a),
    ...createClockSlice(clock)(...a),
    ...createRemindersSlice(api)(...a),
  }));
}
