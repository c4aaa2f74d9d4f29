import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { createCardModelSelector, selectActionsByApp, selectAllActions, selectOverdueCount, selectTodayActions } from '../../renderer/src/store/selectors.ts';
import { createFakeApi } from './fake-api.ts';
import { boardDocument } from './fixtures.ts';
import { fixedClock } from '../../shared/time/clock.ts';

// Sunday 22 November 2026, 12:00 UTC (07:00 Sunday in New York, npm test's second zone).
const NOW = new Date('2026-11-22T12:00:00Z');

async function loaded() {
  const api = createFakeApi(boardDocument(NOW));
  const store = createAppStore(api, { clock: fixedClock(NOW) });
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
  it('a notice the user closed stays closed through later loads; a different one still shows', async () => {
    const api = createFakeApi(boardDocument(NOW));
    api.setNotice('Afterview found your data changed outside the app and used that version.');
    const store = createAppStore(api, { clock: fixedClock(NOW) });
    await store.getState().load();
    expect(store.getState().notice).toMatch(/changed outside/);
    store.getState().dismissNotice();
    await store.getState().load();
    expect(store.getState().notice).toBeNull();
    api.setNotice('One application could not be read and was set aside.');
    await store.getState().load();
    expect(store.getState().notice).toMatch(/set aside/);
  });
});

describe('the opening view', () => {
  it('is Today when something is overdue', async () => {
    const { store } = await loaded();
    expect(store.getState().view).toBe('today');
  });

  it('stays where the user went while the data was still loading', async () => {
    const api = createFakeApi(boardDocument(NOW));
    const store = createAppStore(api, { clock: fixedClock(NOW) });
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
    expect(s.revision).toBe(api.revision());
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
    expect(store.getState().revision).toBe(api.revision());
  });

  it('on an error result shows its message and refetches the truth', async () => {
    const { store, api } = await loaded();
    api.failNext('state:command', { code: 'conflict', message: 'The data changed elsewhere.' });
    expect(await store.getState().dispatch(add('new-2'))).toBe(false);
    expect(store.getState().doc?.applications.some((a) => a.id === 'new-2')).toBe(false);
    expect(store.getState().toasts.at(-1)).toMatchObject({ tone: 'error' });
    expect(store.getState().toasts.at(-1)?.message).toContain('The data changed elsewhere.');
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
    const doc = api.doc();
    api.setDoc({ ...doc, applications: doc.applications.slice(1) });
    const calls = api.calls.length;
    store.getState().externalChange(store.getState().revision);
    expect(api.calls.length).toBe(calls);
    store.getState().externalChange(api.revision());
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().doc?.applications).toHaveLength(9);
  });

  it('does not change anything while read-only', async () => {
    const api = createFakeApi(boardDocument(NOW));
    const store = createAppStore(api, { clock: fixedClock(NOW) });
    await store.getState().load();
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
    await store.getState().dispatch({ type: 'updateApplication', id: 'app-orbit', at: NOW.toISOString(), fields: { role: 'Lead Interaction Designer' } });
    const after = select(store.getState());
    expect(after.get('app-orbit')).not.toBe(before.get('app-orbit'));
    expect(after.get('app-orbit')?.role).toBe('Lead Interaction Designer');
    for (const id of ['app-northwind', 'app-lumen', 'app-kestrel', 'app-quarry']) expect(after.get(id)).toBe(before.get(id));
  });
});
