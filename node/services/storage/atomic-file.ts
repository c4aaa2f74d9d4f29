// Whole-file writes that either happen completely or not at all: write a temp file in the
// same folder, fsync it, rename it over the target, then fsync the folder so the rename
// itself survives a power cut. Used for backups and the reminders' notified markers; the
// data file itself is written by electron-store/conf, which does the same.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { systemClock } from '../system-clock.ts';

export function syncDirectory(dir: string): void {
  // Directories cannot be opened for fsync on Windows; there the rename is already durable
  // enough, and elsewhere a failure here must not fail a write that already happened.
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort, see above */
  }
}

export function writeFileAtomicSync(filePath: string, content: string): void {
  const dir = path.dirname(filePath);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${filePath}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, filePath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

/**
 * Removes temp files a killed process left behind next to `filePath` (ours and conf's).
 * Only files older than `olderThanMs`, so a write in flight elsewhere is left alone. Their
 * age is measured against the system clock, the one that stamped their mtime.
 */
export function removeStaleTempFiles(filePath: string, now: number = systemClock().getTime(), olderThanMs = 60_000): void {
  const dir = path.dirname(filePath);
  const prefix = `${path.basename(filePath)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const full = path.join(dir, name);
    try {
      if (now - fs.statSync(full).mtimeMs >= olderThanMs) fs.rmSync(full, { force: true });
    } catch {
      /* already gone */
    }
  }
}
