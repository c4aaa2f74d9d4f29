// The first screen (issue 14): the board paints the top of each column from the host's first
// screen before the whole document is in, and nothing done meanwhile is lost or half-applied.
// The host is the real runtime; only its answer to 'state:get' is held back until released.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App.tsx';
import { createClient } from '../../renderer/src/api/client.ts';
import { createInProcessTransport } from '../../renderer/src/api/in-process-transport.ts';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { StoreProvider } from '../../renderer/src/store/StoreContext.tsx';
import { COMING_UP_ROWS, FIRST_SCREEN_CARDS, TODAY_FIRST_ROWS, WHOLE_FIRST_SCREEN_UP_TO } from '../../shared/board/first-screen.ts';
import { computeAllActions } from '../../shared/engine/actions.ts';
import { DocumentSchema, STAGE_IDS } from '../../shared/model/schema.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { fixedClock } from '../../shared/time/clock.ts';
import { sampleApplication, sampleDocument } from '../fixtures/data/generate.ts';
import { NOW, startHost } from './render.tsx';
import { usePinnedClock } from './pinned-clock.ts';

// Sunday 22 November 2026, 12:00 UTC (NOW).
usePinnedClock();

/** `count` cards whose dates are all ahead of NOW: nothing is due, so the app opens on the board. */
function quietBoard(count: number): AfterviewDocument {
  const base = NOW.getTime() + 120 * 86_400_000;
  const applications = Array.from({ length: count }, (_, i) => sampleApplication(i, base));
  const columns = Object.fromEntries(STAGE_IDS.map((s) => [s, applications.filter((a) => a.stage === s).map((a) => a.id)]));
  const doc = DocumentSchema.parse({ ...emptyDocument(), applications, columns });
  doc.settings.onboarded = true;
  return doc;
}

/** The real host, with its answer to 'state:get' (the whole document) held until `release()`. */
async function heldHost(doc: AfterviewDocument) {
  const host = await startHost(doc);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const client = createClient(
    createInProcessTransport({
      dispatch: async (channel, payload, trusted) => {
        if (channel === 'state:get') await released;
        return host.runtime.router.dispatch(channel, payload, trusted);
      },
      subscribe: () => () => {},
      serves: [],
    }),
  );
  const store = createAppStore(client, { clock: fixedClock(NOW) });
  return { host, store, release };
}

function renderWith(store: ReturnType<typeof createAppStore>) {
  return render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
}

describe('the first screen', () => {
  it('paints the top of each column, with the whole count, before the whole document is in', async () => {
    const doc = quietBoard(2_100); // 300 a column, above WHOLE_FIRST_SCREEN_UP_TO
    const { store, release } = await heldHost(doc);
    renderWith(store);
    const applied = await screen.findByRole('region', { name: 'Applied' });
    const firstId = doc.columns.applied[0]!;
    await waitFor(() => expect(applied.querySelector(`[data-card-id="${firstId}"]`)).not.toBeNull());
    expect(store.getState().doc).toBeNull();
    // The top of each column, and the cards of Today's "Coming up" (nothing is due on this board).
    const sent = store.getState().firstScreen!.doc.applications;
    expect(sent.length).toBeGreaterThanOrEqual(7 * FIRST_SCREEN_CARDS);
    expect(sent.length).toBeLessThanOrEqual(7 * FIRST_SCREEN_CARDS + COMING_UP_ROWS);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    // The list says how long the column really is, not how many cards came first.
    const items = within(applied).getAllByRole('listitem');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('300');
    expect(within(applied).getByText('300 cards')).toBeTruthy();

    release();
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(store.getState().doc?.applications).toHaveLength(2_100);
    expect(store.getState().firstScreen).toBeNull();
  });

  it('opens on Today from the whole board’s counts and paints its first rows before the whole document is in', async () => {
    const doc = sampleDocument(2_100); // 2024 dates: everything is overdue
    doc.settings.onboarded = true;
    const { host, store, release } = await heldHost(doc);
    renderWith(store);
    await waitFor(() => expect(store.getState().firstScreen).not.toBeNull());
    expect(store.getState().view).toBe('today');
    const today = screen.getByRole('main', { name: 'Today' });
    expect(today.getAttribute('aria-busy')).toBe('true');
    // The whole board's counts, and the list's first row: the longest overdue of all 2,100 cards.
    const whole = computeAllActions(host.doc(), NOW).filter((a) => a.due !== null && a.status !== 'upcoming');
    expect(whole.length).toBeGreaterThan(TODAY_FIRST_ROWS);
    expect(await within(today).findByText(`${whole.length} things to do, ${whole.length} overdue. Soonest first.`)).toBeTruthy();
    const due = within(today).getByRole('list', { name: 'Due and overdue, soonest first' });
    const rows = within(due).getAllByRole('listitem');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(whole.length));
    const firstApp = host.doc().applications.find((a) => a.id === whole[0]!.applicationId)!;
    expect(within(rows[0]!).getByText(firstApp.company)).toBeTruthy();
    expect(within(rows[0]!).getByText(whole[0]!.title)).toBeTruthy();
    expect(store.getState().doc).toBeNull();

    release();
    await waitFor(() => expect(today.getAttribute('aria-busy')).toBe('false'));
    expect(within(today).getByText(`${whole.length} things to do, ${whole.length} overdue. Soonest first.`)).toBeTruthy();
  });

  it('keeps a change made on the first screen: it waits for the whole document, then saves', async () => {
    const doc = sampleDocument(2_100);
    doc.settings.onboarded = true;
    const { host, store, release } = await heldHost(doc);
    const opening = store.getState().open();
    await waitFor(() => expect(store.getState().firstScreen).not.toBeNull());
    const id = doc.columns.applied[0]!;
    const saving = store
      .getState()
      .dispatch({ type: 'moveCard', id, to: 'rejected', index: 0, at: NOW.toISOString(), eventId: 'ev-moved' });
    // Still on its way: not applied to the first screen, not sent.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.doc().columns.applied[0]).toBe(id);
    release();
    expect(await saving).toBe(true);
    await opening;
    expect(host.doc().columns.rejected[0]).toBe(id);
    expect(store.getState().doc?.columns.rejected[0]).toBe(id);
  });

  it('leaves the search for the whole board: a query typed early filters once everything is in', async () => {
    const doc = quietBoard(2_100);
    const { store, release } = await heldHost(doc);
    renderWith(store);
    await waitFor(() => expect(store.getState().firstScreen).not.toBeNull());
    // The last card of Applied is not on the first screen; a search must still find it.
    const last = doc.applications.find((a) => a.id === doc.columns.applied.at(-1))!;
    store.getState().setSearch(true, last.company);
    const applied = screen.getByRole('region', { name: 'Applied' });
    expect(within(applied).getAllByRole('listitem').length).toBeGreaterThan(1);
    release();
    await waitFor(() => expect(applied.querySelector(`[data-card-id="${last.id}"]`)).not.toBeNull());
    expect(within(applied).getByText(/of 300 cards shown/)).toBeTruthy();
  });

  it('takes a small board whole in its first answer: one answer, one render, no second fetch', async () => {
    const doc = quietBoard(WHOLE_FIRST_SCREEN_UP_TO);
    const { store } = await heldHost(doc);
    // 'state:get' is held and never released: the whole board must come without it.
    await store.getState().open();
    expect(store.getState().doc?.applications).toHaveLength(WHOLE_FIRST_SCREEN_UP_TO);
    expect(store.getState().firstScreen).toBeNull();
  });

  it('shows no board before a first run: the welcome comes with the whole (empty) document', async () => {
    const { store } = await heldHost(emptyDocument());
    renderWith(store);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Applied' })).toBeNull();
  });
});
