// One writer at a time: whoever writes the data file (the desktop app, the web host, an
// import from the command line) holds <dataDir>/afterview.lock, a small JSON file naming
// its process: PID, when that process started, and the computer. A lock is stale, and is
// taken over, when its process is gone, when the PID now belongs to a process that started
// later (PID reuse after a reboot), or when it comes from another computer (a synced
// folder) and its holder has not refreshed it for a while. So a crash never locks the
// user out, and the message names the file in case something still goes wrong.
import { processStartTime } from './process-start.ts';
import { systemClock } from '../system-clock.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LockOwner = 'app' | 'web' | 'cli';

export interface LockInfo {
  pid: number;
  owner: LockOwner;
  hostname: string;
  since: string;
  /** When the process started (ms since the epoch); null or absent where it cannot be known. */
  startedAt?: number | null;
}

export interface DataLock {
  readonly info: LockInfo;
  /** Touches the lock, so another computer sees its holder is still there. */
  refresh(): void;
  release(): void;
}

/** A holder refreshes its lock this often; one from another computer is stale after STALE_MS. */
export const LOCK_REFRESH_MS = 60_000;
const OTHER_HOST_STALE_MS = 10 * LOCK_REFRESH_MS;
/** Start times are read to a second or so (ps, clock ticks): closer than this is the same process. */
const SAME_START_MS = 2_000;

export class DataLockedError extends Error {
  constructor(
    public readonly holder: LockInfo,
    public readonly lockFile = '',
  ) {
    const where = holder.hostname && holder.hostname !== os.hostname() ? ` on the computer "${holder.hostname}"` : '';
    const file = lockFile ? ` If it is not running, delete the lock file ${lockFile}; nothing else needs to change.` : '';
    super(
      holder.owner === 'cli'
        ? `Another Afterview command is changing this data right now; try again when it has finished.${file}`
        : `Afterview is open and holds this data (process ${holder.pid}${where}); close it, or import from inside the app.${file}`,
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
      startedAt: typeof value.startedAt === 'number' ? value.startedAt : null,
    };
  } catch {
    return null;
  }
}

export interface LockCheckOptions {
  isAlive?: (pid: number) => boolean;
  hostname?: string;
  /** Tests: when a PID's process started (default: asked of the system). */
  startTimeOf?: (pid: number) => number | null;
  now?: Date;
}

/** The PID is alive, but is it still the process that wrote the lock? */
function sameProcess(info: LockInfo, startTimeOf: (pid: number) => number | null): boolean {
  const actual = startTimeOf(info.pid);
  if (actual === null) return true;
  if (typeof info.startedAt === 'number') return Math.abs(actual - info.startedAt) <= SAME_START_MS;
  // A lock from before start times were kept: a process that started after it cannot have written it.
  const since = Date.parse(info.since);
  return Number.isNaN(since) || actual <= since + SAME_START_MS;
}

/**
 * The live holder of the lock, or null if nobody holds it. A lock from another machine
 * cannot be checked there, so it counts as held while its holder keeps refreshing it.
 */
export function readDataLock(dataDir: string, options: LockCheckOptions = {}): LockInfo | null {
  const isAlive = options.isAlive ?? isProcessAlive;
  const hostname = options.hostname ?? os.hostname();
  let text: string;
  let ageMs: number;
  try {
    text = fs.readFileSync(lockFilePath(dataDir), 'utf8');
    // Measured on the system clock, the one the file system stamps mtimes with.
    ageMs = (options.now ?? systemClock()).getTime() - fs.statSync(lockFilePath(dataDir)).mtimeMs;
  } catch {
    return null;
  }
  const info = parseLock(text);
  if (!info) {
    // An unreadable lock is either being written this instant (live) or was left half
    // written by a process that died (stale); a few seconds tell them apart.
    return ageMs < 5_000 ? { pid: 0, owner: 'app', hostname, since: '', startedAt: null } : null;
  }
  if (info.hostname && info.hostname !== hostname) return ageMs < OTHER_HOST_STALE_MS ? info : null;
  return isAlive(info.pid) && sameProcess(info, options.startTimeOf ?? processStartTime) ? info : null;
}

/**
 * Creates `file` with `content` only if it does not exist, so two processes cannot both
 * win. Hard-linking a finished temp file makes the lock appear complete or not at all (a
 * kill can never leave an empty lock); where links are not supported, 'wx' does the job.
 */
function createExclusive(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
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
  const pid = options.pid ?? process.pid;
  const info: LockInfo = {
    pid,
    owner,
    hostname: options.hostname ?? os.hostname(),
    since: (options.now ?? systemClock()).toISOString(),
    startedAt: (options.startTimeOf ?? processStartTime)(pid),
  };
  const file = lockFilePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createExclusive(file, JSON.stringify(info));
      let released = false;
      return {
        info,
        refresh() {
          if (released) return;
          // Rewriting the same bytes in place moves the mtime (the file system stamps it)
          // and never leaves the lock empty for a reader.
          try {
            const fd = fs.openSync(file, 'r+');
            try {
              fs.writeSync(fd, JSON.stringify(info), 0);
            } finally {
              fs.closeSync(fd);
            }
          } catch {
            /* gone or taken over: release() checks whose it is */
          }
        },
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
    if (holder) throw new DataLockedError(holder, file);
    fs.rmSync(file, { force: true });
  }
  throw new Error('The data lock could not be taken; try again.');
}
