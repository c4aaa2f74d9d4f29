// One writer at a time: whoever writes the data file (the desktop app, the web host, an
// import from the command line) holds <dataDir>/afterview.lock, a small JSON file naming
// its process. A lock whose process no longer exists is stale and is taken over, so a
// crash never locks the user out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LockOwner = 'app' | 'web' | 'cli';

export interface LockInfo {
  pid: number;
  owner: LockOwner;
  hostname: string;
  since: string;
}

export interface DataLock {
  readonly info: LockInfo;
  release(): void;
}

export class DataLockedError extends Error {
  constructor(public readonly holder: LockInfo) {
    super(
      holder.owner === 'cli'
        ? 'Another Afterview command is changing this data right now; try again when it has finished.'
        : `Afterview is open and holds this data (process ${holder.pid}); close it, or import from inside the app.`,
    );
    this.name = 'DataLockedError';
  }
}

export const lockFilePath = (dataDir: string): string => path.join(dataDir, 'afterview.lock');

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still counts as alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid)) return null;
    return {
      pid: value.pid,
      owner: value.owner === 'web' || value.owner === 'cli' ? value.owner : 'app',
      hostname: typeof value.hostname === 'string' ? value.hostname : '',
      since: typeof value.since === 'string' ? value.since : '',
    };
  } catch {
    return null;
  }
}

export interface LockCheckOptions {
  isAlive?: (pid: number) => boolean;
  hostname?: string;
}

/**
 * The live holder of the lock, or null if nobody holds it. A lock from another machine
 * (a synced folder) cannot be checked and is treated as live.
 */
export function readDataLock(dataDir: string, options: LockCheckOptions = {}): LockInfo | null {
  const isAlive = options.isAlive ?? isProcessAlive;
  const hostname = options.hostname ?? os.hostname();
  let text: string;
  let ageMs: number;
  try {
    text = fs.readFileSync(lockFilePath(dataDir), 'utf8');
    ageMs = Date.now() - fs.statSync(lockFilePath(dataDir)).mtimeMs;
  } catch {
    return null;
  }
  const info = parseLock(text);
  if (!info) {
    // An unreadable lock is either being written this instant (live) or was left half
    // written by a process that died (stale); a few seconds tell them apart.
    return ageMs < 5_000 ? { pid: 0, owner: 'app', hostname, since: '' } : null;
  }
  if (info.hostname && info.hostname !== hostname) return info;
  return isAlive(info.pid) ? info : null;
}

/**
 * Creates `file` with `content` only if it does not exist, so two processes cannot both
 * win. Hard-linking a finished temp file makes the lock appear complete or not at all (a
 * kill can never leave an empty lock); where links are not supported, 'wx' does the job.
 */
function createExclusive(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    fs.writeFileSync(file, content, { flag: 'wx' });
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function acquireDataLock(
  dataDir: string,
  owner: LockOwner,
  options: LockCheckOptions & { pid?: number; now?: Date } = {},
): DataLock {
  const info: LockInfo = {
    pid: options.pid ?? process.pid,
    owner,
    hostname: options.hostname ?? os.hostname(),
    since: (options.now ?? new Date()).toISOString(),
  };
  const file = lockFilePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createExclusive(file, JSON.stringify(info));
      let released = false;
      return {
        info,
        release() {
          if (released) return;
          released = true;
          // Only remove the file if it is still ours (a stale takeover may have replaced it).
          const current = (() => {
            try {
              return parseLock(fs.readFileSync(file, 'utf8'));
            } catch {
              return null;
            }
          })();
          if (current && current.pid === info.pid && current.since === info.since) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readDataLock(dataDir, options);
    if (holder) throw new DataLockedError(holder);
    fs.rmSync(file, { force: true });
  }
  throw new Error('The data lock could not be taken; try again.');
}
