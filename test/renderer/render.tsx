// Renders the real App (or a part of it) over a fresh store and the real app service,
// in-process (test-host.ts).
import { configure, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { App } from '../../renderer/src/App.tsx';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { StoreProvider } from '../../renderer/src/store/StoreContext.tsx';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { boardDocument } from './fixtures.ts';
import { fixedClock } from '../../shared/time/clock.ts';
import { startTestHost, type TestHost } from './test-host.ts';

/**
 * Every component test runs at Sunday 22 November 2026, 12:00 UTC (07:00 in New York, the
 * second zone npm test uses; still Sunday there). What is due follows from that day: see
 * the tests that count.
 */
export const NOW = new Date('2026-11-22T12:00:00Z');

// The real service answers a change once it is fsynced to the journal, not in a microtask:
// on a busy machine that can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

/** A host over `doc` (the board by default) at NOW. */
export const startHost = (doc: AfterviewDocument | null = boardDocument(NOW), options: Partial<Parameters<typeof startTestHost>[1]> = {}) =>
  startTestHost(doc, { now: NOW, ...options });

export async function renderApp(doc: AfterviewDocument = boardDocument(NOW), ui: ReactElement = <App />, host?: TestHost) {
  const api = host ?? (await startHost(doc));
  const store = createAppStore(api.client, { clock: fixedClock(NOW) });
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  if (ui.type === App) await waitFor(() => expect(store.getState().doc).not.toBeNull());
  else await store.getState().load();
  return { api, store, ...result };
}

export { screen };
