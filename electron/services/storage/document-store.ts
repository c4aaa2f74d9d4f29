// The one place the document is read from and written to disk, shared by the Electron main
// process (electron-store), the web host and the command line (conf, same file).
//
// What it promises: a file that does not parse or validate is never overwritten (it is
// moved aside and the newest good backup takes its place); an older file is migrated on a
// copy and validated before anything is written, after a backup; a newer file opens
// read-only; changes are written once per burst and on flush/close, each write atomic.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import type { MigrationTable } from '../../../shared/migrations/index.ts';
import { removeStaleTempFiles } from './atomic-file.ts';
import { createDocumentWriter, type BackendKind, type DocumentWriter } from './backend.ts';
import {
  backupFilePath,
  createBackup,
  createBackupFromText,
  hasDailyBackupOn,
  listBackups,
  loadBackup,
  newestGoodBackup,
  pruneBackups,
  type BackupReason,
} from './backups.ts';
import { readDocumentFile } from './document-file.ts';
import { createWriteCheck } from './write-check.ts';
import { acquireDataLock, type DataLock, type LockOwner } from './lock.ts';

export interface DocumentStoreOptions {
  dataDir: string;
  /** 'electron-store' in the Electron main process; 'conf' (the default) elsewhere. */
  backend?: BackendKind;
  /** How long a burst of changes is gathered before its one write. */
  debounceMs?: number;
  clock?: () => Date;
  /** Take the single-writer lock for this owner; it is released by close(). */
  lock?: LockOwner;
  /** Called when a batched write fails (the change stays in memory and is retried). */
  onWriteError?: (error: Error) => void;
  /** Tests only: replaces the real migration steps. */
  migrations?: MigrationTable;
}

export interface DocumentStore {
  readonly doc: AfterviewDocument;
  readonly readOnly: boolean;
  /** One sentence to show the user once (recovery, migration, newer version), or null. */
  readonly notice: string | null;
  readonly filePath: string;
  readonly dataDir: string;
  /** How many times the data file was written since open (diagnostics, tests, bench). */
  readonly writeCount: number;
  /** Takes the new document at once; it reaches the disk with the rest of its burst. */
  save(doc: AfterviewDocument): void;
  /** Writes any pending change now; resolves once it is on disk. */
  flush(): Promise<void>;
  /** Flushes, stops the timer and releases the lock. */
  close(): Promise<void>;
  /** Re-reads the file after an external change; unsaved changes are dropped. */
  reload(): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  /** Backs up the current document now (e.g. 'import' before an import). */
  backup(reason: BackupReason): Promise<BackupInfo>;
  /** Backs up the current document as 'restore', then makes the backup the document. */
  restoreBackup(id: string): Promise<void>;
}

export class ReadOnlyError extends Error {
  constructor() {
    super('This data was saved by a newer version of Afterview, so it cannot be changed here; update Afterview first.');
    this.name = 'ReadOnlyError';
  }
}

/** The backup asked for is not there, or no longer opens; the data was not touched. */
export class BackupUnavailableError extends Error {
  constructor() {
    super('That backup could not be found or read; choose another one.');
    this.name = 'BackupUnavailableError';
  }
}

export const DEFAULT_DEBOUNCE_MS = 200;

const pad = (n: number) => String(n).padStart(2, '0');
const stampForFileName = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
const localWhen = (iso: string) => {
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

interface Loaded {
  doc: AfterviewDocument;
  readOnly: boolean;
  notice: string | null;
}

/**
 * Reads the data file and settles it into a good state on disk: migrated, recovered from a
 * backup, or left untouched (missing, newer). Never overwrites a file it could not read.
 */
function loadAndSettle(filePath: string, dataDir: string, writer: DocumentWriter, now: Date, migrations?: MigrationTable): Loaded {
  const state = readDocumentFile(filePath, migrations);
  switch (state.kind) {
    case 'missing':
      return { doc: emptyDocument(), readOnly: false, notice: null };
    case 'newer':
      return {
        doc: state.doc ?? emptyDocument(),
        readOnly: true,
        notice: state.doc
          ? 'This data was saved by a newer version of Afterview, so it is open read-only: update Afterview to make changes.'
          : 'This data was saved by a newer version of Afterview that this one cannot show; update Afterview to see it (the file is untouched).',
      };
    case 'ok': {
      if (state.migratedFrom === null) return { doc: state.doc, readOnly: false, notice: null };
      const original = fs.readFileSync(filePath, 'utf8');
      const backup = createBackupFromText(dataDir, original, state.doc.applications.length, 'migration', now);
      writer.write(state.doc);
      return {
        doc: state.doc,
        readOnly: false,
        notice: `Afterview updated your data to its new format and kept a copy of the old file at ${backupFilePath(dataDir, backup.id)}.`,
      };
    }
    case 'damaged': {
      const parsed = path.parse(filePath);
      const damagedPath = path.join(parsed.dir, `${parsed.name}.damaged-${stampForFileName(now)}${parsed.ext}`);
      fs.renameSync(filePath, damagedPath);
      const good = newestGoodBackup(dataDir, migrations);
      if (good) {
        writer.write(good.doc);
        return {
          doc: good.doc,
          readOnly: false,
          notice: `Afterview could not read its data file (${state.reason}), so it moved it to ${damagedPath} and restored your backup from ${localWhen(good.info.createdAt)}.`,
        };
      }
      return {
        doc: emptyDocument(),
        readOnly: false,
        notice: `Afterview could not read its data file (${state.reason}) and found no backup, so it moved the file to ${damagedPath} and started an empty board.`,
      };
    }
  }
}

export async function openDocumentStore(options: DocumentStoreOptions): Promise<DocumentStore> {
  const { dataDir, debounceMs = DEFAULT_DEBOUNCE_MS, clock = () => new Date(), migrations } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  const lock: DataLock | null = options.lock ? acquireDataLock(dataDir, options.lock, { now: clock() }) : null;
  let writer: DocumentWriter;
  let loaded: Loaded;
  try {
    // The engine's constructor reads the file, so it must only see a file that is fine; a
    // first writer on a path with no file yet is harmless.
    const filePath = path.join(dataDir, 'afterview.json');
    removeStaleTempFiles(filePath, clock().getTime());
    const deferred: { doc: AfterviewDocument | null } = { doc: null };
    const early: DocumentWriter = { path: filePath, write: (doc) => void (deferred.doc = doc) };
    loaded = loadAndSettle(filePath, dataDir, early, clock(), migrations);
    writer = await createDocumentWriter(options.backend ?? 'conf', dataDir);
    if (deferred.doc) writer.write(deferred.doc);
  } catch (error) {
    lock?.release();
    throw error;
  }

  let { doc, readOnly, notice } = loaded;
  let pending: AfterviewDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  // The document as last known on disk, which is what a daily backup should capture.
  let onDisk: AfterviewDocument = doc;
  let dailyCheckedFor = '';
  let writeCount = 0;
  const writeCheck = createWriteCheck();

  const dayOf = (at: Date) => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;
  const dailyBackup = () => {
    const now = clock();
    if (readOnly || dailyCheckedFor === dayOf(now)) return;
    dailyCheckedFor = dayOf(now);
    if (onDisk.applications.length > 0 && !hasDailyBackupOn(dataDir, now)) createBackup(dataDir, onDisk, 'daily', now);
    pruneBackups(dataDir, now);
  };
  dailyBackup();

  const writeNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const next = pending;
    if (!next) return;
    // A document that fails the schema is never written: the last good file stays.
    const checked = writeCheck(next);
    if (!checked.ok) {
      pending = null;
      throw new Error(`The change was not saved because ${checked.path || 'the document'} ${checked.message}.`);
    }
    dailyBackup();
    writer.write(next);
    writeCount++;
    onDisk = next;
    if (pending === next) pending = null;
  };

  const scheduled = () => {
    try {
      writeNow();
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      // Disk errors (full, permissions) keep the change pending for the next attempt.
      if (pending && !timer && !closed) timer = setTimeout(scheduled, Math.max(debounceMs, 1_000));
      options.onWriteError?.(err);
    }
  };

  const assertWritable = () => {
    if (closed) throw new Error('The data store is closed.');
    if (readOnly) throw new ReadOnlyError();
  };

  const store: DocumentStore = {
    get doc() {
      return doc;
    },
    get readOnly() {
      return readOnly;
    },
    get notice() {
      return notice;
    },
    get writeCount() {
      return writeCount;
    },
    filePath: writer.path,
    dataDir,
    save(next) {
      assertWritable();
      doc = next;
      pending = next;
      // One write per burst: the first change starts the clock, later ones ride along.
      timer ??= setTimeout(scheduled, debounceMs);
    },
    async flush() {
      writeNow();
    },
    async close() {
      if (closed) return;
      try {
        writeNow();
      } finally {
        closed = true;
        if (timer) clearTimeout(timer);
        timer = null;
        lock?.release();
      }
    },
    async reload() {
      if (closed) throw new Error('The data store is closed.');
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      ({ doc, readOnly, notice } = loadAndSettle(writer.path, dataDir, writer, clock(), migrations));
      onDisk = doc;
    },
    async listBackups() {
      return listBackups(dataDir);
    },
    async backup(reason) {
      writeNow();
      return createBackup(dataDir, doc, reason, clock());
    },
    async restoreBackup(id) {
      assertWritable();
      const restored = loadBackup(dataDir, id, migrations);
      if (!restored) throw new BackupUnavailableError();
      writeNow();
      createBackup(dataDir, doc, 'restore', clock());
      pending = restored;
      doc = restored;
      writeNow();
    },
  };
  return store;
}
