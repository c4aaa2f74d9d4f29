// What the document store promises its callers, and the errors it answers with; the store
// itself is in document-store.ts.
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import type { MigrationTable } from '../../../shared/migrations/index.ts';
import type { Clock } from '../../../shared/time/clock.ts';
import type { BackendKind } from './backend.ts';
import type { BackupReason } from './backups.ts';
import type { ExternalChange } from './external-watch.ts';
import type { LockOwner } from './lock.ts';
import { BACKUP_UNAVAILABLE, STORE_READ_ONLY } from './sentences.ts';

export interface DocumentStoreOptions {
  dataDir: string;
  /** 'electron-store' in the Electron main process; 'conf' (the default) elsewhere. */
  backend?: BackendKind;
  /** How long the journal must be quiet before the snapshot is written. */
  debounceMs?: number;
  /** Past this size the journal is folded into a snapshot without waiting for quiet. */
  journalLimitBytes?: number;
  clock: Clock;
  /** Take the single-writer lock for this owner; it is released by close(). */
  lock?: LockOwner;
  /** A background snapshot failed (the changes are safe in the journal; it is tried again). */
  onWriteError?: (error: Error) => void;
  /** Watch the data file and tell about changes made outside this process. */
  onExternalChange?: (change: ExternalChange) => void;
  /** Tests only: replaces the real migration steps. */
  migrations?: MigrationTable;
}

export interface DocumentStore {
  readonly doc: AfterviewDocument;
  readonly readOnly: boolean;
  /** One sentence to show the user (recovery, migration, an outside change), or null. */
  readonly notice: string | null;
  /** Why saving does not work right now, until a write succeeds again; or null. */
  readonly saveProblem: string | null;
  readonly filePath: string;
  readonly dataDir: string;
  /** How many snapshots were written since open (diagnostics, tests, bench). */
  readonly writeCount: number;
  /**
   * Checks and journals the new document. Throws a SaveError at once if it breaks the schema
   * (nothing accepted); otherwise resolves once it is durable, or rejects with a SaveError.
   */
  save(doc: AfterviewDocument): Promise<void>;
  /** Writes the snapshot now if the journal holds changes; resolves once it is in place. */
  flush(): Promise<void>;
  /** Flushes, stops the watcher and releases the lock. */
  close(): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  /** Backs up the current document now (e.g. 'import' before an import). */
  backup(reason: BackupReason): Promise<BackupInfo>;
  /** Backs up the current document as 'restore' and gives the backup's document, to be saved. */
  restoreBackup(id: string): Promise<AfterviewDocument>;
}

export class ReadOnlyError extends Error {
  constructor() {
    super(STORE_READ_ONLY);
    this.name = 'ReadOnlyError';
  }
}

/** The backup asked for is not there, or no longer opens; the data was not touched. */
export class BackupUnavailableError extends Error {
  constructor() {
    super(BACKUP_UNAVAILABLE);
    this.name = 'BackupUnavailableError';
  }
}

export const DEFAULT_DEBOUNCE_MS = 1_000;
export const DEFAULT_JOURNAL_LIMIT_BYTES = 4 * 1024 * 1024;
