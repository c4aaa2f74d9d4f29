import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDocumentStore, ReadOnlyError, type DocumentStore } from '../../../../node/services/storage/document-store.ts';
import { listBackups } from '../../../../node/services/storage/backups.ts';
import { DocumentSchema, SCHEMA_VERSION } from '../../../../shared/model/schema.ts';
import { MIGRATIONS } from '../../../../shared/migrations/index.ts';
import { sampleDocument, sampleApplication } from '../../../fixtures/data/generate.ts';

let dataDir: string;
const opened: DocumentStore[] = [];
const filePath = () => path.join(dataDir, 'afterview.json');
const readFile = () => JSON.parse(fs.readFileSync(filePath(), 'utf8'));
const clock = () => new Date('2024-03-10T12:00:00.000Z');

async function open(extra: Partial<Parameters<typeof openDocumentStore>[0]> = {}) {
  const store = await openDocumentStore({ dataDir, clock, debounceMs: 20, ...extra });
  opened.push(store);
  return store;
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-store-'));
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('openDocumentStore: normal use', () => {
  it('starts empty when there is no file, and writes afterview.json in the data folder', async () => {
    const store = await open();
    expect(store.doc.applications).toEqual([]);
    expect(store.readOnly).toBe(false);
    expect(store.notice).toBeNull();
    expect(store.filePath).toBe(filePath());
    store.save(sampleDocument(3));
    await store.flush();
    expect(DocumentSchema.parse(readFile()).applications).toHaveLength(3);
  });

  it('answers a save once its journal line is on disk, and writes the snapshot after a quiet moment', async () => {
    const store = await open({ debounceMs: 100 });
    const doc = sampleDocument(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save({ ...doc, applications: [sampleApplication(i)] })));
    // Answered, yet the data file is not written: the journal holds every change.
    expect(fs.existsSync(filePath())).toBe(false);
    const journal = fs.readFileSync(path.join(dataDir, 'afterview.journal'), 'utf8').trim().split('\n');
    expect(journal).toHaveLength(21);
    await vi.waitFor(() => expect(store.writeCount).toBeGreaterThan(0), { timeout: 5_000 });
    expect(readFile().applications[0].id).toBe('app-19');
    // Once the snapshot is in place the journal is cut back to its header.
    await vi.waitFor(() => expect(fs.readFileSync(path.join(dataDir, 'afterview.journal'), 'utf8').trim().split('\n')).toHaveLength(1));
  });

  it('flushes pending changes on close and reopens them', async () => {
    const store = await open({ debounceMs: 10_000 });
    store.save(sampleDocument(5));
    await store.close();
    const again = await open();
    expect(again.doc.applications.map((a) => a.id)).toEqual(sampleDocument(5).applications.map((a) => a.id));
  });

  it('keeps the file exactly the document (no conf bookkeeping keys)', async () => {
    const store = await open();
    const doc = sampleDocument(2);
    store.save(doc);
    await store.flush();
    expect(readFile()).toEqual(doc);
  });

  it('works the same with the electron-store engine (electron mocked)', async () => {
    const store = await open({ backend: 'electron-store' });
    expect(store.filePath).toBe(filePath());
    store.save(sampleDocument(2));
    await store.flush();
    const other = await open({ backend: 'conf' });
    expect(other.doc.applications).toHaveLength(2);
  });

  it('refuses a document that does not validate, keeping the last good file, and saves later changes', async () => {
    const store = await open();
    await store.save(sampleDocument(1));
    await store.flush();
    const bad = { ...sampleDocument(1), applications: [{ ...sampleApplication(0), company: '' }] };
    expect(() => store.save(bad)).toThrow(/company name is needed/);
    await store.flush();
    expect(readFile().applications[0].company).toBe(sampleApplication(0).company);
    await store.save(sampleDocument(3));
    await store.flush();
    expect(readFile().applications).toHaveLength(3);
  });
});

describe('openDocumentStore: failures while running', () => {
  it('keeps a change that could not be written and writes it on the next attempt', async () => {
    const errors: Error[] = [];
    const store = await open({ debounceMs: 5, onWriteError: (e) => errors.push(e) });
    // A folder where the file should be makes every write fail, like a full or locked disk.
    fs.mkdirSync(filePath());
    fs.writeFileSync(path.join(filePath(), 'blocker'), '');
    // The change is durable in the journal; only the snapshot fails, and is tried again.
    await store.save(sampleDocument(2));
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0), { timeout: 5_000 });
    expect(store.doc.applications).toHaveLength(2);
    fs.rmSync(filePath(), { recursive: true });
    await store.flush();
    expect(readFile().applications).toHaveLength(2);
  });

  it('sweeps temp files a killed writer left behind, but not ones being written now', async () => {
    const stale = `${filePath()}.tmp-1700000000abcdef`;
    const fresh = `${filePath()}.tmp-1700000001abcdef`;
    fs.writeFileSync(stale, '{');
    fs.writeFileSync(fresh, '{');
    // Temp-file ages are read on the system clock; both stamps are set on it here, so the
    // test holds even where the file system's clock and the process's differ (faketime).
    const now = Date.now();
    fs.utimesSync(stale, new Date(now - 10 * 60_000), new Date(now - 10 * 60_000));
    fs.utimesSync(fresh, new Date(now), new Date(now));
    await open({ clock: () => new Date() });
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });
});

describe('openDocumentStore: damaged files are never overwritten', () => {
  const cases: [string, string][] = [
    ['corrupt', '{"schemaVersion": 1, "applications": [ {"id": "x", '],
    ['truncated', JSON.stringify(sampleDocument(3)).slice(0, 500)],
    ['empty', ''],
    ['wrong-schema', JSON.stringify({ schemaVersion: SCHEMA_VERSION, applications: 'none' })],
    ['not a document', JSON.stringify([1, 2, 3])],
  ];

  it.each(cases)('a %s file is moved aside and the newest good backup restored', async (_name, content) => {
    // A good day yesterday, leaving a daily backup.
    const first = await open({ clock: () => new Date('2024-03-09T12:00:00.000Z') });
    first.save(sampleDocument(2));
    await first.close();
    const second = await open({ clock: () => new Date('2024-03-10T08:00:00.000Z') });
    await second.close();
    expect(listBackups(dataDir).some((b) => b.reason === 'daily' && b.applications === 2)).toBe(true);

    fs.writeFileSync(filePath(), content);
    const store = await open();
    const damaged = fs.readdirSync(dataDir).find((n) => n.startsWith('afterview.damaged-'));
    expect(damaged).toBeDefined();
    expect(fs.readFileSync(path.join(dataDir, damaged!), 'utf8')).toBe(content);
    expect(store.doc.applications).toHaveLength(2);
    expect(store.readOnly).toBe(false);
    expect(store.notice).toContain(path.join(dataDir, damaged!));
    expect(store.notice).toMatch(/^Afterview could not read its data file .* restored your backup from /);
    expect(DocumentSchema.parse(readFile()).applications).toHaveLength(2);
  });

  it('with no backup, starts an empty board and says where the damaged file is', async () => {
    fs.writeFileSync(filePath(), '{not json');
    const store = await open();
    expect(store.doc.applications).toEqual([]);
    expect(store.notice).toMatch(/found no backup, so it moved the file to .*afterview\.damaged-.*\.json and started an empty board\./);
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('afterview.damaged-'))).toHaveLength(1);
  });

  it('skips a damaged backup and uses an older good one', async () => {
    const first = await open({ clock: () => new Date('2024-03-08T12:00:00.000Z') });
    first.save(sampleDocument(3));
    await first.close();
    const second = await open({ clock: () => new Date('2024-03-09T12:00:00.000Z') });
    second.save(sampleDocument(4));
    await second.close();
    const third = await open({ clock: () => new Date('2024-03-10T12:00:00.000Z') });
    await third.close();
    const newest = listBackups(dataDir)[0]!;
    expect(newest.applications).toBe(4);
    fs.writeFileSync(path.join(dataDir, 'backups', `${newest.id}.json`), '{');
    fs.writeFileSync(filePath(), '');
    const store = await open();
    expect(store.doc.applications).toHaveLength(3);
  });
});

describe('openDocumentStore: versions', () => {
  it('opens a file from a newer version read-only, and save() refuses', async () => {
    const newer = { ...sampleDocument(2), schemaVersion: SCHEMA_VERSION + 1, somethingNew: true };
    const text = JSON.stringify(newer);
    fs.writeFileSync(filePath(), text);
    const store = await open();
    expect(store.readOnly).toBe(true);
    expect(store.doc.applications).toHaveLength(2);
    expect(store.notice).toMatch(/newer version of Afterview, so it is open read-only/);
    expect(() => store.save(sampleDocument(1))).toThrow(ReadOnlyError);
    await store.close();
    expect(fs.readFileSync(filePath(), 'utf8')).toBe(text);
  });

  it('migrates an older file on a copy, after backing up the original', async () => {
    const old = { ...sampleDocument(2), schemaVersion: 0, apps: undefined };
    const text = JSON.stringify(old);
    fs.writeFileSync(filePath(), text);
    const migrations = { ...MIGRATIONS, 0: (doc: Record<string, unknown>) => ({ ...doc, migratedMark: true }) };
    const store = await open({ migrations });
    expect(store.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.notice).toMatch(/updated your data to its new format and kept a copy of the old file at/);
    const backup = listBackups(dataDir).find((b) => b.reason === 'migration');
    expect(backup).toBeDefined();
    expect(fs.readFileSync(path.join(dataDir, 'backups', `${backup!.id}.json`), 'utf8')).toBe(text);
    expect(readFile().schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('treats a migration whose result does not validate as damage, leaving the original bytes aside', async () => {
    const text = JSON.stringify({ ...sampleDocument(1), schemaVersion: 0 });
    fs.writeFileSync(filePath(), text);
    const migrations = { 0: (doc: Record<string, unknown>) => ({ ...doc, applications: 42 }) };
    const store = await open({ migrations });
    expect(store.doc.applications).toEqual([]);
    const damaged = fs.readdirSync(dataDir).find((n) => n.startsWith('afterview.damaged-'))!;
    expect(fs.readFileSync(path.join(dataDir, damaged), 'utf8')).toBe(text);
  });
});

describe('backups', () => {
  it('keeps one daily backup a day for 14 days and prunes older ones', async () => {
    for (let day = 1; day <= 20; day++) {
      const at = new Date(Date.UTC(2024, 2, day, 12));
      const store = await open({ clock: () => at });
      store.save(sampleDocument(day));
      await store.close();
      const again = await open({ clock: () => at });
      await again.close();
    }
    const daily = listBackups(dataDir).filter((b) => b.reason === 'daily');
    expect(daily.length).toBe(15);
    expect(daily.at(-1)!.createdAt >= '2024-03-06').toBe(true);
  });

  it('restores a backup after backing up the current document', async () => {
    const store = await open();
    store.save(sampleDocument(2));
    const before = await store.backup('import');
    store.save(sampleDocument(7));
    await store.flush();
    const restored = await store.restoreBackup(before.id);
    expect(restored.applications).toHaveLength(2);
    // The store only reads it: the app service saves it as an undoable change.
    await store.save(restored);
    await store.flush();
    expect(readFile().applications).toHaveLength(2);
    const reasons = (await store.listBackups()).map((b) => [b.reason, b.applications]);
    expect(reasons).toContainEqual(['restore', 7]);
    expect(reasons).toContainEqual(['import', 2]);
  });

  it('rejects backup ids that are not ours (no path tricks)', async () => {
    const store = await open();
    await expect(store.restoreBackup('../afterview')).rejects.toThrow(/could not be found/);
  });
});
