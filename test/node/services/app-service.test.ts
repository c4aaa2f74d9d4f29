import { describe, expect, it, vi } from 'vitest';
import { createAppService, type DataExchange, type HostCapabilities, type StoreLike } from '../../../node/services/app-service.ts';
import { createRouter } from '../../../node/services/contract-router.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { fail, ok } from '../../../shared/ipc/result.ts';

function memoryStore(readOnly = false): StoreLike & { saved: AfterviewDocument[] } {
  let doc = emptyDocument();
  const saved: AfterviewDocument[] = [];
  return {
    get doc() {
      return doc;
    },
    readOnly,
    notice: null,
    saved,
    save(next) {
      doc = next;
      saved.push(next);
    },
  };
}

const host: HostCapabilities = {
  platform: { kind: 'web', dataDir: '/tmp/x', version: 'test', notifications: () => 'default' },
  writeClipboard: vi.fn(),
  openExternal: vi.fn(async () => undefined),
  openDataFolder: vi.fn(async () => undefined),
  deliverExport: vi.fn(async (f) => ({ fileName: f.fileName, content: f.content })),
};

function exchange(overrides: Partial<DataExchange> = {}): DataExchange {
  return {
    importContent: () => fail('import_failed', 'Row 3, column "stage": "hired" is not a stage.'),
    exportContent: () => ({ fileName: 'x.json', content: '{}', mimeType: 'application/json' }),
    listBackups: async () => [],
    restoreBackup: async () => fail('not_found', 'gone'),
    backupBeforeImport: vi.fn(async () => undefined),
    ...overrides,
  };
}

/** The scheduler's page-facing side, recorded. */
function reminderPort() {
  return { feed: vi.fn(() => ({ items: [], reason: null })), confirmShown: vi.fn(), dismiss: vi.fn(), snooze: vi.fn() };
}

const add = (company: string) => ({
  type: 'addApplication' as const,
  id: `id-${company}`,
  at: '2026-11-20T09:00:00.000Z',
  eventId: `ev-${company}`,
  fields: { company, role: 'Engineer' },
});

function setup(store = memoryStore(), ex = exchange()) {
  const emit = vi.fn();
  const service = createAppService({
    store,
    host,
    exchange: ex,
    clock: () => new Date('2026-11-20T10:00:00Z'),
    emit,
    reminders: reminderPort(),
  });
  return { service, router: createRouter(service.handlers), store, emit };
}

describe('app service', () => {
  it('applies a command, saves the document once and tells the page', async () => {
    const { router, store, emit } = setup();
    const result = await router.dispatch('state:command', add('Acme'), true);
    expect(result).toEqual({ ok: true, value: { revision: 2, canUndo: true, canRedo: false } });
    expect(store.saved).toHaveLength(1);
    expect(store.doc.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(emit).toHaveBeenCalledWith('state:changed', { revision: 2, origin: 'command' });
  });

  it('undo restores the previous document exactly, and redo brings the change back', async () => {
    const { router, store } = setup();
    const before = structuredClone(store.doc);
    await router.dispatch('state:command', add('Acme'), true);
    await router.dispatch('state:undo', undefined, true);
    expect(store.doc).toEqual(before);
    await router.dispatch('state:redo', undefined, true);
    expect(store.doc.applications).toHaveLength(1);
  });

  it('answers a command that cannot apply with a sentence and changes nothing', async () => {
    const { router, store } = setup();
    const result = await router.dispatch('state:command', { type: 'deleteApplication', id: 'missing' }, true);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(store.saved).toHaveLength(0);
  });

  it('refuses changes to a read-only (newer version) file', async () => {
    const { router, store } = setup(memoryStore(true));
    const result = await router.dispatch('state:command', add('Acme'), true);
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(store.saved).toHaveLength(0);
    const state = await router.dispatch('state:get', undefined, true);
    expect(state).toMatchObject({ ok: true, value: { readOnly: true } });
  });

  it('leaves the data exactly as it was when an import fails, and takes no backup', async () => {
    const ex = exchange();
    const { router, store } = setup(memoryStore(), ex);
    await router.dispatch('state:command', add('Acme'), true);
    const before = store.doc;
    const result = await router.dispatch('data:import', { fileName: 'apps.csv', content: 'company,stage\nX,hired' }, true);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('Row 3') } });
    expect(store.doc).toBe(before);
    expect(ex.backupBeforeImport).not.toHaveBeenCalled();
  });

  it('backs up, then replaces the data on a successful import, and the import can be undone', async () => {
    const imported = { ...emptyDocument(), applications: [] };
    const ex = exchange({
      importContent: (_doc, _file) =>
        ok({ doc: imported, summary: { added: 0, updated: 0, skipped: 0, usedColumns: [], ignoredColumns: [] } }),
    });
    const { router, store } = setup(memoryStore(), ex);
    await router.dispatch('state:command', add('Acme'), true);
    await router.dispatch('data:import', { fileName: 'a.json', content: '{}' }, true);
    expect(ex.backupBeforeImport).toHaveBeenCalledTimes(1);
    expect(store.doc).toBe(imported);
    await router.dispatch('state:undo', undefined, true);
    expect(store.doc.applications.map((a) => a.company)).toEqual(['Acme']);
  });

  it('snoozes every reminder a grouped banner item stands for', async () => {
    const reminders = reminderPort();
    const snooze = reminders.snooze;
    const service = createAppService({
      store: memoryStore(),
      host,
      exchange: exchange(),
      clock: () => new Date('2026-11-20T10:00:00Z'),
      emit: vi.fn(),
      reminders,
    });
    const router = createRouter(service.handlers);
    expect(await router.dispatch('reminders:snooze', { keys: ['a:P2', 'b:P4'], until: 'hour' }, true)).toEqual({ ok: true, value: true });
    expect(snooze.mock.calls).toEqual([
      ['a:P2', 'hour'],
      ['b:P4', 'hour'],
    ]);
    expect(await router.dispatch('reminders:snooze', { keys: [], until: 'hour' }, true)).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });

  it('passes what the page confirms it showed, and what the user dismissed, to the scheduler; refuses empty lists', async () => {
    const reminders = reminderPort();
    const service = createAppService({
      store: memoryStore(),
      host,
      exchange: exchange(),
      clock: () => new Date('2026-11-20T10:00:00Z'),
      emit: vi.fn(),
      reminders,
    });
    const router = createRouter(service.handlers);
    expect(await router.dispatch('reminders:get', undefined, true)).toEqual({ ok: true, value: { items: [], reason: null } });
    expect(await router.dispatch('reminders:shown', { ids: ['a:P2:due@2026-11-20T09:00:00.000Z'], via: 'banner' }, true)).toEqual({
      ok: true,
      value: true,
    });
    expect(reminders.confirmShown).toHaveBeenCalledWith(['a:P2:due@2026-11-20T09:00:00.000Z'], 'banner');
    expect(await router.dispatch('reminders:shown', { ids: ['x'], via: 'smoke signal' }, true)).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await router.dispatch('reminders:dismiss', { ids: [] }, true)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await router.dispatch('reminders:dismiss', { ids: ['x'] }, true)).toEqual({ ok: true, value: true });
    expect(reminders.dismiss).toHaveBeenCalledWith(['x']);
  });

  it('opens only https and mailto links', async () => {
    const { router } = setup();
    expect(await router.dispatch('link:open', { url: 'file:///etc/passwd' }, true)).toMatchObject({ ok: false });
    expect(await router.dispatch('link:open', { url: 'https://jobs.example.com/1' }, true)).toMatchObject({ ok: true });
    expect(host.openExternal).toHaveBeenCalledWith('https://jobs.example.com/1');
  });

  it('answers not_served, never ok, for a capability its host left out (the web host: the page does them)', async () => {
    const { platform, deliverExport } = host;
    const service = createAppService({
      store: memoryStore(),
      host: { platform, deliverExport },
      exchange: exchange(),
      clock: () => new Date('2026-11-20T10:00:00Z'),
      emit: vi.fn(),
      reminders: reminderPort(),
    });
    const router = createRouter(service.handlers);
    for (const [channel, request] of [
      ['clipboard:write', { text: 'Hi' }],
      ['mail:open', { to: [], subject: 'x', body: 'y' }],
      ['link:open', { url: 'https://jobs.example.com/1' }],
      ['data:openFolder', undefined],
    ] as const) {
      expect(await router.dispatch(channel, request, true), channel).toMatchObject({
        ok: false,
        error: { code: 'not_served', message: expect.stringMatching(/^This Afterview host cannot /) },
      });
    }
  });
});
