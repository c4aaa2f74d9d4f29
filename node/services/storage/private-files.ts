// The data is the user's alone: the folder is 0700 and every file Afterview keeps in it
// (data file, journal, backups, quarantine) 0600. Files are created that way; this also
// tightens what an older version left readable by others.
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './backups.ts';

const chmod = (target: string, mode: number) => {
  try {
    fs.chmodSync(target, mode);
  } catch {
    /* missing, or a file system without modes (Windows, FAT): nothing to tighten */
  }
};

export function keepPrivate(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmod(dataDir, 0o700);
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith('afterview.')) chmod(path.join(dataDir, name), 0o600);
  }
  const backups = backupsDir(dataDir);
  if (!fs.existsSync(backups)) return;
  chmod(backups, 0o700);
  for (const name of fs.readdirSync(backups)) chmod(path.join(backups, name), 0o600);
}
