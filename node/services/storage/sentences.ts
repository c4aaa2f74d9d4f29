// What the storage tells the person using Afterview about their data file: the notice shown
// once after a start that had to migrate, recover or set something aside, what an outside
// change to the file did, and why a change or a restore was refused. Why a save failed on
// the disk is said in save-errors.ts.

// Opening the data (load-document.ts).
export const NEWER_DATA_READ_ONLY =
  'This data was saved by a newer version of Afterview, so it is open read-only: update Afterview to make changes.';
export const NEWER_DATA_UNREADABLE =
  'This data was saved by a newer version of Afterview that this one cannot show; update Afterview to see it (the file is untouched).';
export const migratedNotice = (backupFile: string): string =>
  `Afterview updated your data to its new format and kept a copy of the old file at ${backupFile}.`;
export const restoredFromBackupNotice = (reason: string, damagedPath: string, backupWhen: string): string =>
  `Afterview could not read its data file (${reason}), so it moved it to ${damagedPath} and restored your backup from ${backupWhen}.`;
export const startedEmptyNotice = (reason: string, damagedPath: string): string =>
  `Afterview could not read its data file (${reason}) and found no backup, so it moved the file to ${damagedPath} and started an empty board.`;
export const journalKeptNotice = (problem: string, keptPath: string): string =>
  `Afterview could not use its journal of recent changes because ${problem}; a copy is kept at ${keptPath}.`;

// The data file changed while Afterview ran (external-watch.ts, document-store.ts).
export const FILE_REMOVED_OUTSIDE =
  'The data file was removed outside Afterview, so Afterview wrote your board back to it; nothing was lost.';
export const adoptedOutsideNotice = (backupId: string): string =>
  `The data file was changed outside Afterview, so the board now shows that version; the board as it was is kept as a backup (${backupId}), and Undo brings it back.`;
export const keptOutsideNotice = (why: string, copyPath: string): string =>
  `The data file was changed outside Afterview and cannot be used (${why}), so Afterview kept that version at ${copyPath} and wrote your board back; nothing was lost.`;
export const CHANGED_OUTSIDE_DURING_SAVE =
  'The data file was changed outside Afterview just now, so your last change was not made; the board now shows that version and nothing was lost.';

// Refusals of the store itself (store-contract.ts).
export const STORE_READ_ONLY = 'This data was saved by a newer version of Afterview, so it cannot be changed here; update Afterview first.';
export const BACKUP_UNAVAILABLE = 'That backup could not be found or read; choose another one.';
