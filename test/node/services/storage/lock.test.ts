import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockedError, lockFilePath, readDataLock } from '../../../../node/services/storage/lock.ts';
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { systemClock } from '../../../../node/services/system-clock.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-lock-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the single-writer lock', () => {
  it('is taken once: a second taker is refused while the first is alive', () => {
    const lock = acquireDataLock(dataDir, 'app');
    expect(readDataLock(dataDir)?.pid).toBe(process.pid);
    expect(() => acquireDataLock(dataDir, 'cli')).toThrow(DataLockedError);
    lock.release();
    expect(readDataLock(dataDir)).toBeNull();
    acquireDataLock(dataDir, 'cli').release();
  });

  it('tells the command line in a sentence that the app holds the data', () => {
    const lock = acquireDataLock(dataDir, 'app');
    try {
      acquireDataLock(dataDir, 'cli');
    } catch (error) {
      expect((error as Error).message).toMatch(/^Afterview is open and holds this data \(process \d+\); close it/);
    }
    lock.release();
  });

  it('takes over a lock whose process has died (stale)', () => {
    acquireDataLock(dataDir, 'app', { pid: 999_999, isAlive: () => false });
    expect(readDataLock(dataDir, { isAlive: () => false })).toBeNull();
    const lock = acquireDataLock(dataDir, 'cli', { isAlive: (pid) => pid !== 999_999 });
    expect(JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8')).owner).toBe('cli');
    lock.release();
  });

  it('treats a garbage lock file as stale once it is a few seconds old', () => {
    // Friday 1 March 2024, 08:00 UTC: the half-written lock's stamp; ages are read against `now`.
    const written = new Date('2024-03-01T08:00:00.000Z');
    fs.writeFileSync(lockFilePath(dataDir), '');
    fs.utimesSync(lockFilePath(dataDir), written, written);
    expect(readDataLock(dataDir, { now: new Date(written.getTime() + 1_000) })).not.toBeNull();
    expect(readDataLock(dataDir, { now: new Date(written.getTime() + 60_000) })).toBeNull();
  });

  it('does not remove a lock that another process took over after ours went stale', () => {
    const ours = acquireDataLock(dataDir, 'app');
    fs.writeFileSync(lockFilePath(dataDir), JSON.stringify({ pid: 4242, owner: 'cli', hostname: os.hostname(), since: 'x' }));
    ours.release();
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(true);
  });

  it('is held by a store opened with `lock` until it is closed', async () => {
    const store = await openDocumentStore({ dataDir, lock: 'web', clock: systemClock });
    expect(readDataLock(dataDir)?.owner).toBe('web');
    await expect(openDocumentStore({ dataDir, lock: 'cli', clock: systemClock })).rejects.toThrow(DataLockedError);
    await store.close();
    expect(readDataLock(dataDir)).toBeNull();
  });
});

describe('stale locks are taken over (issue 11)', () => {
  const write = (info: Record<string, unknown>) => fs.writeFileSync(lockFilePath(dataDir), JSON.stringify(info));

  it('keeps the PID, the process start time and the computer in the lock', () => {
    const lock = acquireDataLock(dataDir, 'app', { startTimeOf: () => 1_700_000_000_000 });
    const info = JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, hostname: os.hostname(), startedAt: 1_700_000_000_000 });
    lock.release();
  });

  it('takes over a lock whose PID is alive but belongs to a process started later (PID reuse)', () => {
    write({
      pid: 1,
      owner: 'app',
      hostname: os.hostname(),
      since: '2024-01-01T10:00:00.000Z',
      startedAt: Date.parse('2024-01-01T09:59:00.000Z'),
    });
    // PID 1 is alive (init), and started at the last boot, not when the lock's writer did.
    expect(readDataLock(dataDir, { isAlive: () => true, startTimeOf: () => Date.parse('2024-03-01T08:00:00.000Z') })).toBeNull();
    // An old lock without a start time: a process that started after the lock was written is not its writer.
    write({ pid: 1, owner: 'app', hostname: os.hostname(), since: '2024-01-01T10:00:00.000Z' });
    expect(readDataLock(dataDir, { isAlive: () => true, startTimeOf: () => Date.parse('2024-03-01T08:00:00.000Z') })).toBeNull();
    const lock = acquireDataLock(dataDir, 'web', {
      isAlive: () => true,
      startTimeOf: (pid) => (pid === 1 ? Date.parse('2024-03-01T08:00:00.000Z') : null),
    });
    expect(JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8')).owner).toBe('web');
    lock.release();
  });

  it('keeps a live lock from the same process (same start time), and names the lock file', () => {
    const startedAt = Date.parse('2024-03-01T08:00:00.000Z');
    write({ pid: 4242, owner: 'app', hostname: os.hostname(), since: '2024-03-01T08:00:05.000Z', startedAt });
    const check = { isAlive: () => true, startTimeOf: () => startedAt + 400 };
    expect(readDataLock(dataDir, check)?.pid).toBe(4242);
    expect(() => acquireDataLock(dataDir, 'cli', check)).toThrow(lockFilePath(dataDir));
  });

  it('takes over a lock from another computer once its holder stopped refreshing it', () => {
    write({ pid: 4242, owner: 'app', hostname: 'the-other-laptop', since: '2024-03-01T08:00:05.000Z', startedAt: 1 });
    // Last refreshed Friday 1 March 2024, 08:00:05 UTC; a minute later it is still held.
    const refreshed = new Date('2024-03-01T08:00:05.000Z');
    fs.utimesSync(lockFilePath(dataDir), refreshed, refreshed);
    const now = new Date(refreshed.getTime() + 60_000);
    expect(readDataLock(dataDir, { now })?.hostname).toBe('the-other-laptop');
    expect(() => acquireDataLock(dataDir, 'cli', { now })).toThrow(/on the computer "the-other-laptop"/);
    const later = new Date(now.getTime() + 11 * 60_000);
    expect(readDataLock(dataDir, { now: later })).toBeNull();
    acquireDataLock(dataDir, 'cli', { now: later }).release();
  });
});

describe('a store opened without the lock while another process holds it', () => {
  it('sees the holder’s answered changes (snapshot and journal) and writes nothing', async () => {
    const holder = await openDocumentStore({ dataDir, lock: 'web', clock: systemClock, debounceMs: 60_000 });
    await holder.save({ ...holder.doc, settings: { ...holder.doc.settings, signature: 'Best, Dana' } });
    const journal = fs.readFileSync(path.join(dataDir, 'afterview.journal'), 'utf8');
    const reader = await openDocumentStore({ dataDir, clock: systemClock });
    expect(reader.readOnly).toBe(true);
    expect(reader.doc.settings.signature).toBe('Best, Dana');
    await reader.close();
    expect(fs.readFileSync(path.join(dataDir, 'afterview.journal'), 'utf8')).toBe(journal);
    expect(fs.existsSync(path.join(dataDir, 'afterview.json'))).toBe(false);
    await holder.close();
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'afterview.json'), 'utf8')).settings.signature).toBe('Best, Dana');
  });
});
