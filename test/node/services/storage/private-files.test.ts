// Issue 11: the data is readable by the user only: the folder 0700, and the data file,
// journal, backups and lock 0600, including files an older version left readable.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { serializeDocument } from '../../../../node/services/storage/document-file.ts';
import { sampleDocument } from '../../../fixtures/data/generate.ts';
import { clock, newDataDir } from './service-harness.ts';

let root: string;
beforeEach(() => {
  root = newDataDir();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  it('creates the folder 0700 and every file in it 0600', async () => {
    const dataDir = path.join(root, 'data');
    const store = await openDocumentStore({ dataDir, clock, lock: 'web' });
    await store.save(sampleDocument(2));
    await store.flush();
    await store.backup('import');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'backups'))).toBe(0o700);
    for (const name of ['afterview.json', 'afterview.journal', 'afterview.lock']) expect(mode(path.join(dataDir, name)), name).toBe(0o600);
    for (const name of fs.readdirSync(path.join(dataDir, 'backups'))) expect(mode(path.join(dataDir, 'backups', name)), name).toBe(0o600);
    await store.close();
  });

  it('tightens a world-readable data file and folder left by an older version', async () => {
    const dataDir = path.join(root, 'old');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), serializeDocument(sampleDocument(1)), { mode: 0o644 });
    fs.chmodSync(path.join(dataDir, 'afterview.json'), 0o644);
    const store = await openDocumentStore({ dataDir, clock });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'afterview.json'))).toBe(0o600);
    await store.close();
  });

  it('keeps a data file rewritten at open by the engine (a salvage) 0600', async () => {
    const dataDir = path.join(root, 'salvaged');
    fs.mkdirSync(dataDir);
    const raw = JSON.parse(serializeDocument(sampleDocument(3))) as { applications: Record<string, unknown>[] };
    raw.applications[1] = { ...raw.applications[1], decisionBy: 'soon' };
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), JSON.stringify(raw), { mode: 0o644 });
    const store = await openDocumentStore({ dataDir, clock });
    expect(store.doc.applications).toHaveLength(2);
    for (const name of fs.readdirSync(dataDir).filter((n) => n.startsWith('afterview.')))
      expect(mode(path.join(dataDir, name)), name).toBe(0o600);
    await store.close();
  });
});
