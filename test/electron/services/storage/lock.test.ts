import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockedError, lockFilePath, readDataLock } from '../../../../electron/services/storage/lock.ts';
import { openDocumentStore } from '../../../../electron/services/storage/document-store.ts';

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
    fs.writeFileSync(lockFilePath(dataDir), '');
    expect(readDataLock(dataDir)).not.toBeNull();
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFilePath(dataDir), old, old);
    expect(readDataLock(dataDir)).toBeNull();
  });

  it('does not remove a lock that another process took over after ours went stale', () => {
    const ours = acquireDataLock(dataDir, 'app');
    fs.writeFileSync(lockFilePath(dataDir), JSON.stringify({ pid: 4242, owner: 'cli', hostname: os.hostname(), since: 'x' }));
    ours.release();
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(true);
  });

  it('is held by a store opened with `lock` until it is closed', async () => {
    const store = await openDocumentStore({ dataDir, lock: 'web' });
    expect(readDataLock(dataDir)?.owner).toBe('web');
    await expect(openDocumentStore({ dataDir, lock: 'cli' })).rejects.toThrow(DataLockedError);
    await store.close();
    expect(readDataLock(dataDir)).toBeNull();
  });
});
