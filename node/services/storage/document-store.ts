// The one place the document is read from and written to disk, shared by the Electron main
// process (electron-store), the web host and the command line (conf, same file).
//
// What it promises: a change whose save() resolved is on the disk (its journal line is
// written and fsynced) and comes back after any crash; a change that breaks the schema is
// refused before anything is written, and later changes still save; a failed write is
// reported, never retried in a loop. The whole document (the snapshot, afterview.json) is
// written in the background, a piece at a time, after a quiet moment, when the journal
// grows, and on close; the journal is cut only once the snapshot is safely in place.
import fs from 'node:fs';
import path from 'node:path';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { removeStaleTempFiles, syncDirectory } from './atomic-file.ts';
import { createDocumentWriter, type DocumentWriter } from './backend.ts';
import { createBackup, listBackups, loadBackup } from './backups.ts';
import { diffDocuments } from './document-diff.ts';
import { createDailyBackups } from './daily-backup.ts';
import { encodeEntry, journalFilePath, openJournalAppender, type JournalAppender } from './journal.ts';
import { loadAndSettle, peekSnapshot, replayJournal } from './load-document.ts';
import { acquireDataLock, LOCK_REFRESH_MS, readDataLock, type DataLock } from './lock.ts';
import { keepPrivate } from './private-files.ts';
import { diskProblemSentence, refusedChangeSentence, SaveError } from './save-errors.ts';
import { hashText, writeSnapshotTemp } from './snapshot-writer.ts';
import { fileStamp, watchDataFile } from './external-watch.ts';
import { createWriteCheck } from './write-check.ts';

export { SaveError } from './save-errors.ts';
export type { ExternalChange } from './external-watch.ts';
export {
  BackupUnavailableError,
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_JOURNAL_LIMIT_BYTES,
  ReadOnlyError,
  type DocumentStore,
  type DocumentStoreOptions,
} from './store-contract.ts';
import {
  BackupUnavailableError,
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_JOURNAL_LIMIT_BYTES,
  ReadOnlyError,
  type DocumentStore,
  type DocumentStoreOptions,
} from './store-contract.ts';
import { CHANGED_OUTSIDE_DURING_SAVE } from './sentences.ts';

interface Pending {
  line: string;
  seq: number;
  doc: AfterviewDocument;
  resolve(): void;
  reject(error: Error): void;
}

export async function openDocumentStore(options: DocumentStoreOptions): Promise<DocumentStore> {
  const { dataDir, debounceMs = DEFAULT_DEBOUNCE_MS, clock, migrations } = options;
  const journalLimit = options.journalLimitBytes ?? DEFAULT_JOURNAL_LIMIT_BYTES;
  keepPrivate(dataDir);
  // Opened without a lock while another process holds the data (the export command beside
  // the running app), the store only reads: anything it wrote would go behind the holder's back.
  const reader = !options.lock && readDataLock(dataDir) !== null;
  const lock: DataLock | null = options.lock ? acquireDataLock(dataDir, options.lock, { now: clock() }) : null;
  const writeCheck = createWriteCheck();
  let writer: DocumentWriter;
  let loaded: ReturnType<typeof replayJournal>;
  let journal: JournalAppender | null = null;
  let snapshotHash: string;
  try {
    // The engine's constructor reads the file, so it must only see a file that is fine.
    const filePath = path.join(dataDir, 'afterview.json');
    removeStaleTempFiles(filePath);
    removeStaleTempFiles(journalFilePath(dataDir));
    const deferred: { doc: AfterviewDocument | null } = { doc: null };
    const early: DocumentWriter = { path: filePath, write: (doc) => void (deferred.doc = doc) };
    const settled = reader ? peekSnapshot(filePath, migrations) : loadAndSettle(filePath, dataDir, early, clock(), migrations);
    writer = reader ? early : await createDocumentWriter(options.backend ?? 'conf', dataDir);
    if (deferred.doc) writer.write(deferred.doc);
    writeCheck.trust(settled.doc);
    const text = fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : null;
    snapshotHash = text === null ? 'missing' : hashText(text);
    loaded = replayJournal(dataDir, settled, snapshotHash, writeCheck, clock(), !reader);
    if (reader) loaded = { ...loaded, readOnly: true };
    if (!loaded.readOnly) {
      journal = await openJournalAppender(dataDir);
      // Start clean: the base, then the changes still to fold in (a torn end is gone).
      await journal.replace(encodeEntry({ t: 'base', hash: snapshotHash }) + loaded.changes.map(encodeEntry).join(''));
    }
  } catch (error) {
    await journal?.close();
    lock?.release();
    throw error;
  }

  const filePath = writer.path;
  const { readOnly } = loaded;
  let notice: string | null = loaded.notices.join(' ') || null;
  let saveProblem: string | null = null;
  // `accepted` is the newest document handed to save(); `durable` the newest on the disk.
  let accepted = loaded.doc;
  let durable = loaded.doc;
  let unfolded: { seq: number; line: string }[] = loaded.changes.map((c) => ({ seq: c.seq, line: encodeEntry(c) }));
  let nextSeq = (loaded.changes.at(-1)?.seq ?? 0) + 1;
  let lastDurableSeq = nextSeq - 1;
  let batch: Pending[] = [];
  let pumping = false;
  let closed = false;
  let writeCount = 0;
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let snapshotting: Promise<void> | null = null;
  const daily = createDailyBackups(dataDir, clock);
  const heartbeat = lock ? setInterval(() => lock.refresh(), LOCK_REFRESH_MS) : null;
  heartbeat?.unref?.();

  // One thing touches the journal at a time: an append batch, a snapshot's cut, an adoption.
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };

  const failPending = (items: Pending[], error: SaveError) => {
    // Later changes were built on the failed ones, so they cannot be saved either.
    const all = [...items, ...batch];
    batch = [];
    accepted = durable;
    nextSeq = all[0]?.seq ?? nextSeq;
    for (const item of all) item.reject(error);
  };

  const pump = () => {
    if (pumping || batch.length === 0) return;
    pumping = true;
    void exclusive(async () => {
      while (batch.length > 0) {
        const items = batch;
        batch = [];
        try {
          await journal!.append(items.map((i) => i.line).join(''));
        } catch (error) {
          saveProblem = diskProblemSentence(error, path.basename(filePath));
          failPending(items, new SaveError(saveProblem, 'disk'));
          break;
        }
        saveProblem = null;
        durable = items.at(-1)!.doc;
        for (const item of items) unfolded.push({ seq: item.seq, line: item.line });
        lastDurableSeq = items.at(-1)!.seq;
        for (const item of items) item.resolve();
      }
    }).finally(() => {
      pumping = false;
      afterChange();
      pump();
    });
  };

  const afterChange = () => {
    if (closed || (unfolded.length === 0 && !rewriteAsked)) return;
    if (quiet) clearTimeout(quiet);
    quiet = null;
    if ((journal?.bytes ?? 0) > journalLimit) void snapshot().catch(() => undefined);
    else quiet = setTimeout(() => void snapshot().catch(() => undefined), debounceMs);
  };

  // The file's identity as this store last left it: anything else on disk came from outside.
  let diskStamp = await fileStamp(filePath);
  let rewriteAsked = false;
  // Bumped when an outside version is adopted: a snapshot prepared before it must not land.
  let epoch = 0;

  /** Writes the durable document as the new snapshot, then cuts the journal to what follows it. */
  const writeSnapshot = async (): Promise<void> => {
    const doc = durable;
    const through = lastDurableSeq;
    const startedIn = epoch;
    const written = await writeSnapshotTemp(filePath, doc);
    try {
      await exclusive(async () => {
        if (startedIn !== epoch) return; // an outside version was adopted meanwhile
        if (watcher && !rewriteAsked && (await fileStamp(filePath)) !== diskStamp) {
          throw new Error('the data file was changed outside Afterview; that version is looked at first');
        }
        await journal!.append(encodeEntry({ t: 'snap', hash: written.hash, through }));
        await fs.promises.rename(written.temp, filePath);
        syncDirectory(dataDir);
        diskStamp = await fileStamp(filePath);
        rewriteAsked = false;
        writeCount++;
        unfolded = unfolded.filter((c) => c.seq > through);
        await journal!.replace(encodeEntry({ t: 'base', hash: written.hash }) + unfolded.map((c) => c.line).join(''));
      });
    } finally {
      await fs.promises.rm(written.temp, { force: true });
    }
    await daily.after(filePath, doc.applications.length).catch((error: unknown) => options.onWriteError?.(error as Error));
  };

  const retryLater = () => {
    if (!closed) quiet ??= setTimeout(() => void snapshot().catch(() => undefined), Math.max(debounceMs, 5_000));
  };

  const snapshot = (): Promise<void> => {
    if (readOnly) return Promise.resolve();
    snapshotting ??= writeSnapshot()
      .catch((error: unknown) => {
        options.onWriteError?.(error instanceof Error ? error : new Error(String(error)));
        // The changes are safe in the journal; the snapshot is tried again later.
        retryLater();
        throw error;
      })
      .finally(() => (snapshotting = null));
    return snapshotting;
  };

  const assertWritable = () => {
    if (closed) throw new Error('The data store is closed.');
    if (readOnly) throw new ReadOnlyError();
  };

  const watcher: { stop(): void } | null =
    options.onExternalChange && !readOnly
      ? watchDataFile({
          dataDir,
          filePath,
          clock,
          migrations,
          knownStamp: () => diskStamp,
          current: () => durable,
          exclusive,
          // The outside version becomes the snapshot; changes queued against the old one are refused.
          adopt: async (doc, hash, stamp) => {
            failPending([], new SaveError(CHANGED_OUTSIDE_DURING_SAVE, 'disk'));
            accepted = durable = doc;
            writeCheck.trust(doc);
            diskStamp = stamp;
            unfolded = [];
            epoch++;
            await journal!.replace(encodeEntry({ t: 'base', hash }));
          },
          rewrite: () => {
            rewriteAsked = true;
            setTimeout(() => void snapshot().catch(() => undefined), 0);
          },
          report: (change) => {
            notice = change.notice;
            options.onExternalChange?.(change);
          },
        })
      : null;

  await daily.atOpen(filePath, loaded.doc.applications.length, readOnly);
  // Changes replayed from the journal (the last run did not close cleanly) are folded in now.
  if (unfolded.length > 0) setImmediate(() => void snapshot().catch(() => undefined));

  const store: DocumentStore = {
    get doc() {
      return accepted;
    },
    get readOnly() {
      return readOnly;
    },
    get notice() {
      return notice;
    },
    get saveProblem() {
      return saveProblem;
    },
    get writeCount() {
      return writeCount;
    },
    filePath,
    dataDir,
    save(next) {
      assertWritable();
      const change = diffDocuments(accepted, next);
      if (!change) return Promise.resolve();
      // Only the applications the change put in can be new to the check.
      const apps = change.apps;
      const removedIds = apps ? accepted.applications.slice(apps.at, apps.at + apps.del).map((a) => a.id) : [];
      const checked = writeCheck(next, { at: apps?.at ?? 0, count: apps?.ins.length ?? 0, removedIds });
      // Thrown, not rejected: the caller learns at once that nothing was accepted, before it
      // builds another change on this one.
      if (!checked.ok) throw new SaveError(refusedChangeSentence(checked.path, checked.message), 'refused');
      const seq = nextSeq++;
      accepted = next;
      return new Promise<void>((resolve, reject) => {
        batch.push({ line: encodeEntry({ t: 'change', seq, d: change }), seq, doc: next, resolve, reject });
        pump();
      });
    },
    async flush() {
      await chain;
      // A snapshot already under way may hold less than what is durable now: go until it is in.
      const goal = unfolded.at(-1)?.seq ?? 0;
      while (!readOnly && unfolded.some((c) => c.seq <= goal)) await snapshot();
    },
    async close() {
      if (closed) return;
      try {
        watcher?.stop();
        await chain;
        if (quiet) clearTimeout(quiet);
        quiet = null;
        await snapshotting?.catch(() => undefined);
        if ((unfolded.length > 0 || rewriteAsked) && !readOnly) await snapshot().catch(() => undefined);
      } finally {
        closed = true;
        if (quiet) clearTimeout(quiet);
        if (heartbeat) clearInterval(heartbeat);
        await journal?.close();
        lock?.release();
      }
    },
    async listBackups() {
      return listBackups(dataDir);
    },
    async backup(reason) {
      await chain;
      return createBackup(dataDir, durable, reason, clock());
    },
    async restoreBackup(id) {
      assertWritable();
      const restored = loadBackup(dataDir, id, migrations);
      if (!restored) throw new BackupUnavailableError();
      await chain;
      createBackup(dataDir, durable, 'restore', clock());
      return restored;
    },
  };
  return store;
}
