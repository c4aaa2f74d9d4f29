// Issue 11: the data file is watched. A valid version written outside Afterview is adopted
// (the board as it was kept as a backup, and one Undo away), a broken one is kept as a copy
// and the board written back; the user is told either way, and nothing is overwritten unseen.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../../node/services/storage/backups.ts';
import { serializeDocument } from '../../../../node/services/storage/document-file.ts';
import { DocumentSchema } from '../../../../shared/model/schema.ts';
import { sampleDocument } from '../../../fixtures/data/generate.ts';
import { addCommand, newDataDir, openService } from './service-harness.ts';

let dataDir: string;
const file = () => path.join(dataDir, 'afterview.json');
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function openWithOneApplication() {
  const app = await openService(dataDir);
  expect((await app.call('state:command', addCommand('mine'))).ok).toBe(true);
  await app.store.flush();
  return app;
}

describe('changes made to the data file outside Afterview', () => {
  it('adopts a valid version with a notice, keeps the board as it was, and Undo brings it back', async () => {
    const app = await openWithOneApplication();
    fs.writeFileSync(file(), serializeDocument(sampleDocument(4)));
    await vi.waitFor(async () => expect((await app.state()).doc.applications).toHaveLength(4), { timeout: 5_000 });
    const state = await app.state();
    expect(state.notice).toMatch(/changed outside Afterview/);
    expect(state.canUndo).toBe(true);
    expect(listBackups(dataDir).some((b) => b.reason === 'recovery' && b.applications === 1)).toBe(true);
    // The outside version is not overwritten by the next change: the change builds on it.
    expect((await app.call('state:command', addCommand('next'))).ok).toBe(true);
    await app.store.flush();
    expect(DocumentSchema.parse(JSON.parse(fs.readFileSync(file(), 'utf8'))).applications).toHaveLength(5);
    expect((await app.call('state:undo')).ok).toBe(true);
    expect((await app.call('state:undo')).ok).toBe(true);
    expect((await app.state()).doc.applications.map((a) => a.id)).toEqual(['mine']);
    await app.close();
  });

  it('keeps a broken version as a copy, tells the user, and writes the board back', async () => {
    const app = await openWithOneApplication();
    fs.writeFileSync(file(), '{"schemaVersion": 2, "applications": [ {"id": ');
    await vi.waitFor(async () => expect((await app.state()).notice).toMatch(/cannot be used/), { timeout: 5_000 });
    const copy = fs.readdirSync(dataDir).find((n) => n.startsWith('afterview.outside-'));
    expect(copy).toBeDefined();
    expect(fs.readFileSync(path.join(dataDir, copy!), 'utf8')).toBe('{"schemaVersion": 2, "applications": [ {"id": ');
    await vi.waitFor(() => expect(DocumentSchema.safeParse(JSON.parse(fs.readFileSync(file(), 'utf8'))).success).toBe(true), {
      timeout: 5_000,
    });
    expect((await app.state()).doc.applications.map((a) => a.id)).toEqual(['mine']);
    await app.close();
  });

  it('writing the board back folds the journal in once: a restart replays nothing twice', async () => {
    const app = await openService(dataDir, { debounceMs: 60_000, lock: 'web' });
    // Answered changes still only in the journal when the broken version lands.
    for (const id of ['one', 'two']) expect((await app.call('state:command', addCommand(id))).ok).toBe(true);
    fs.writeFileSync(file(), 'not json');
    await vi.waitFor(async () => expect((await app.state()).notice).toMatch(/cannot be used/), { timeout: 5_000 });
    await vi.waitFor(() => expect(fs.readFileSync(file(), 'utf8')).toMatch(/"two"/), { timeout: 5_000 });
    expect((await app.call('state:command', addCommand('three'))).ok).toBe(true);
    // What a restart after a crash right now would load (a reader replays without writing).
    const reader = await openService(dataDir);
    expect((await reader.state()).doc.applications.map((a) => a.id)).toEqual(['one', 'two', 'three']);
    await reader.close();
    await app.close();
  });
});
