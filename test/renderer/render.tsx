// Renders the real App (or a part of it) over a fresh store and fake API.
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { App } from '../../renderer/src/App.tsx';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { StoreProvider } from '../../renderer/src/store/StoreContext.tsx';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { createFakeApi, type FakeApi } from './fake-api.ts';
import { boardDocument } from './fixtures.ts';
import { fixedClock } from '../../shared/time/clock.ts';

/**
 * Every component test runs at Sunday 22 November 2026, 12:00 UTC (07:00 in New York, the
 * second zone npm test uses; still Sunday there). What is due follows from that day: see
 * the tests that count.
 */
export const NOW = new Date('2026-11-22T12:00:00Z');

export async function renderApp(doc: AfterviewDocument = boardDocument(NOW), ui: ReactElement = <App />, api: FakeApi = createFakeApi(doc)) {
  const store = createAppStore(api, { clock: fixedClock(NOW) });
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  if (ui.type === App) await waitFor(() => expect(store.getState().doc).not.toBeNull());
  else await store.getState().load();
  return { api, store, ...result };
}

export { screen };
