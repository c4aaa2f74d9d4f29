import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import {
  createCardModelSelector,
  selectActionsByApp,
  selectAllActions,
  selectOverdueCount,
  selectTodayActions,
} from '../../renderer/src/store/selectors.ts';
import { fixedClock } from '../../shared/time/clock.ts';
import { serializeDocument } from '../../node/services/storage/document-file.ts';
import { boardDocument } from './fixtures.ts';
import { NOW, startHost } from './render.tsx';

// Sunday 22 November 2026, 12:00 UTC (07:00 Sunday in New York, npm test's second zone).

async function loaded() {
  const api = await startHost();
  const store = createAppStore(api.client, { clock: fixedClock(NOW) });
  await store.getState().load();
  return { api, store };
}

const add = (id: string, company = 'Acme') => ({
  type: 'addApplication' as const,
  id,
  at: NOW.toISOString(),
  eventId: `${id}-ev`,
  fields: { company, role: 'Designer' },
  stage: 'applied' as const,
  contacts: [],
});

describe('notices', () => {
  // Real notices from the real store: an application the data file cannot use is set aside
  // (the host repeats that notice in every snapshot), then the file is changed outside.
  it('a notice the user closed stays closed through later loads; a different one still shows', async () => {
    const board = boardDocument(NOW);
    const broken = { ...board, applications: board.applications.map((a, i) => (i === 0 ? { ...a, stage: 'hired' as never } : a)) };
    const api = await startHost(broken);
    const store = createAppStore(api.client, { clock: fixedClock(NOW) });
    await store.getState().load();
    expect(store.getState().notice).toMatch(/set it aside/);
    store.getState().dismissNotice();
    await store.getState().load();
    expect(store.getState().notice).toBeNull();
    fs.writeFileSync(api.runtime.store.filePath, serializeDocument({ ...board, applications: board.applications.slice(2) }));
    await vi.waitFor(
      async () => {
        await store.getState().load();
        expect(store.getState().notice).toMatch(/changed outside Afterview/);
      },
      { timeout: 8_000, interval: 200 },
    );
  });
});

describe('the opening view', () => {
  it('is Today when something is overdue', async () => {
    const { store } = await loaded();
    expect(store.getState().view).toBe('today');
  });

  it('stays where the user went while the data was still loading', async () => {
    const api = await startHost();
    const store = createAppStore(api.client, { clock: fixedClock(NOW) });
    const loading = store.getState().load();
    store.getState().setView('board');
    await loading;
    expect(store.getState().view).toBe('board');
  });
});

describe('store: data slice', () => {
  it('loads the snapshot and the platform', async () => {
    const { store, api } = await loaded();
    const s = store.getState();
    expect(s.doc?.applications).toHaveLength(10);
    expect(s.revision).toBe(await api.revision());
    expect(s.platform?.kind).toBe('desktop');
  });

  it('applies a command at once, before the API answers, then records the ack', async () => {
    const { store, api } = await loaded();
    const pending = store.getState().dispatch(add('new-1'));
    // Synchronously visible: the board does not wait for the round trip.
    expect(store.getState().doc?.columns.applied).toContain('new-1');
    expect(await pending).toBe(true);
    expect(api.doc().applications.some((a) => a.id === 'new-1')).toBe(true);
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().revision).toBe(await api.revision());
  });

  it('on an error result shows its message and refetches the truth', async () => {
    const { store, api } = await loaded();
    // Another window deleted the card this page still shows: the host refuses the change to it.
    await api.elsewhere('state:command', { type: 'deleteApplication', id: 'app-orbit' });
    const change = { type: 'updateApplication' as const, id: 'app-orbit', at: NOW.toISOString(), fields: { role: 'Lead' } };
    expect(await store.getState().dispatch(change)).toBe(false);
    expect(store.getState().doc?.applications.some((a) => a.id === 'app-orbit')).toBe(false);
    expect(store.getState().toasts.at(-1)).toMatchObject({ tone: 'error' });
    expect(store.getState().toasts.at(-1)?.message).toMatch(/no longer on the board.* Your board was reloaded; nothing else changed\.$/);
  });

  it('refuses a command the engine rejects without calling the API', async () => {
    const { store, api } = await loaded();
    const before = api.calls.length;
    expect(await store.getState().dispatch({ type: 'deleteApplication', id: 'no-such-card' })).toBe(false);
    expect(api.calls.length).toBe(before);
    expect(store.getState().toasts.at(-1)?.message).toMatch(/no longer on the board/);
  });

  it('undo and redo go through the API and refetch', async () => {
    const { store } = await loaded();
    await store.getState().dispatch(add('new-3'));
    await store.getState().undo();
    expect(store.getState().doc?.applications.some((a) => a.id === 'new-3')).toBe(false);
    expect(store.getState().canRedo).toBe(true);
    await store.getState().redo();
    expect(store.getState().doc?.applications.some((a) => a.id === 'new-3')).toBe(true);
  });

  it('refetches on a newer revision from elsewhere and ignores an old one', async () => {
    const { store, api } = await loaded();
    // Another window deletes a card.
    await api.elsewhere('state:command', { type: 'deleteApplication', id: 'app-orbit' });
    const calls = api.calls.length;
    store.getState().externalChange(store.getState().revision);
    expect(api.calls.length).toBe(calls);
    store.getState().externalChange(await api.revision());
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().doc?.applications).toHaveLength(9);
  });

  it('does not change anything while read-only', async () => {
    const { store } = await loaded();
    store.setState({ readOnly: true });
    expect(await store.getState().dispatch(add('ro'))).toBe(false);
    expect(store.getState().toasts.at(-1)?.message).toMatch(/read-only/);
  });
});

describe('store: selectors', () => {
  it('derives actions soonest first, groups them per card and counts Today', async () => {
    const { store } = await loaded();
    const s = store.getState();
    const all = selectAllActions(s);
    const dues = all.filter((a) => a.due).map((a) => Date.parse(a.due!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(selectActionsByApp(s).get('app-northwind')?.[0]?.rule).toBe('P2');
    expect(selectTodayActions(s).every((a) => a.status !== 'upcoming')).toBe(true);
    // On Sunday only Northwind's thank-you (P2) is overdue. Harbor promised Thursday 19
    // November, so its follow-up (P4) waits for two working days: Monday 23 November 09:00.
    expect(selectOverdueCount(s)).toBe(1);
    // Memoised: the same inputs give the same array, so components do not re-render.
    expect(selectAllActions(store.getState())).toBe(all);
  });

  it('recomputes when the clock passes a due time', async () => {
    const { store } = await loaded();
    const before = selectOverdueCount(store.getState());
    store.getState().tick(NOW.getTime() + 2 * 86_400_000);
    expect(selectOverdueCount(store.getState())).toBeGreaterThan(before);
  });
});

describe('card models', () => {
  it('keep their identity when another card changes, so memoised cards skip rendering', async () => {
    const { store } = await loaded();
    const select = createCardModelSelector();
    const before = select(store.getState());
    await store
      .getState()
      .dispatch({ type: 'updateApplication', id: 'app-orbit', at: NOW.toISOString(), fields: { role: 'Lead Interaction Designer' } });
    const after = select(store.getState());
    expect(after.get('app-orbit')).not.toBe(before.get('app-orbit'));
    expect(after.get('app-orbit')?.role).toBe('Lead Interaction Designer');
    for (const id of ['app-northwind', 'app-lumen', 'app-kestrel', 'app-quarry']) expect(after.get(id)).toBe(before.get(id));
  });
});
