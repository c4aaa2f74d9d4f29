// One backup a day, taken from the snapshot as it lies on disk (a file copy, so a large
// board costs no serialisation on the main thread), and old ones pruned.
import fs from 'node:fs';
import { createBackupFromFile, hasDailyBackupOn, pruneBackups } from './backups.ts';

const dayOf = (at: Date) => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;

export function createDailyBackups(dataDir: string, clock: () => Date) {
  let checkedFor = '';
  const take = async (filePath: string, applications: number) => {
    const now = clock();
    if (checkedFor === dayOf(now)) return;
    checkedFor = dayOf(now);
    if (applications > 0 && fs.existsSync(filePath) && !hasDailyBackupOn(dataDir, now)) {
      await createBackupFromFile(dataDir, filePath, applications, 'daily', now);
    }
    pruneBackups(dataDir, now);
  };
  return {
    async atOpen(filePath: string, applications: number, readOnly: boolean) {
      if (!readOnly) await take(filePath, applications);
    },
    /** After a snapshot: a backup failing must not undo the snapshot, so it is only reported. */
    async after(filePath: string, applications: number) {
      await take(filePath, applications);
    },
  };
}
