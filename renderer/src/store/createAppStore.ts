// A store factory: the app makes one, each test makes its own against a fake API.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AfterviewApi } from '../../../shared/ipc/contract.ts';
import { createClockSlice } from './clockSlice.ts';
import { createDataSlice } from './dataSlice.ts';
import { createToastSlice } from './toastSlice.ts';
import type { AppState } from './types.ts';
import { createUiSlice } from './uiSlice.ts';

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: AfterviewApi, options: { now?: number } = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    api,
    ...createDataSlice(api)(...a),
    ...createUiSlice(...a),
    ...createToastSlice(...a),
    ...createClockSlice(options.now ?? Date.now())(...a),
  }));
}
