// Opening the data: the snapshot (afterview.json) is read and settled into a good state on
// disk (migrated, salvaged, recovered from a backup, or left untouched), then the journal
// of changes answered since that snapshot is replayed on top. A file that could not be
// read is never overwritten: it is moved aside first.
import fs from 'node:fs';
import path from 'node:path';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import type { MigrationTable } from '../../../shared/migrations/index.ts';
import type { DocumentWriter } from './backend.ts';
import { backupFilePath, createBackupFromText, newestGoodBackup } from './backups.ts';
import { classifyDocumentText } from './document-file.ts';
import { applyDocumentChange } from './document-diff.ts';
import { journalFilePath, parseJournal, readJournalText, type JournalEntry } from './journal.ts';
import { salvageDocument, setAsideTwins, writeQuarantine, type Salvaged } from './salvage.ts';
import type { WriteCheck } from './write-check.ts';
import {
  journalKeptNotice,
  migratedNotice,
  NEWER_DATA_READ_ONLY,
  NEWER_DATA_UNREADABLE,
  restoredFromBackupNotice,
  startedEmptyNotice,
} from './sentences.ts';

export interface Loaded {
  doc: AfterviewDocument;
  readOnly: boolean;
  notices: string[];
  /** The change entries kept in the journal, still to be written into the next snapshot. */
  changes: Extract<JournalEntry, { t: 'change' }>[];
}

const pad = (n: number) => String(n).padStart(2, '0');
export const stampForFileName = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
const localWhen = (iso: string) => {
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

function readText(filePath: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

interface Settled {
  doc: AfterviewDocument;
  readOnly: boolean;
  notice: string | null;
  /** The file on disk is exactly what was read, so a journal written after it still applies. */
  untouched: boolean;
}

/** Sets the bad applications aside, keeps the whole file as a backup, and writes the rest. */
function quarantine(dataDir: string, text: string, salvaged: Salvaged, writer: DocumentWriter, now: Date): Settled {
  const file = writeQuarantine(dataDir, salvaged.setAside, stampForFileName(now));
  createBackupFromText(dataDir, text, salvaged.doc.applications.length + salvaged.setAside.length, 'recovery', now);
  writer.write(salvaged.doc);
  const one = salvaged.setAside.length === 1;
  return {
    doc: salvaged.doc,
    readOnly: false,
    untouched: false,
    notice: `Afterview could not use ${one ? 'one application' : `${salvaged.setAside.length} applications`} in its data file (${salvaged.firstReason}), so it set ${one ? 'it' : 'them'} aside in ${file} and loaded all the others; nothing else was lost.`,
  };
}

/** Reads the snapshot and settles it; never overwrites a file it could not read. */
export function loadAndSettle(filePath: string, dataDir: string, writer: DocumentWriter, now: Date, migrations?: MigrationTable): Settled {
  const text = readText(filePath);
  const state = classifyDocumentText(text, migrations);
  switch (state.kind) {
    case 'missing':
      return { doc: emptyDocument(), readOnly: false, notice: null, untouched: true };
    case 'newer':
      return {
        doc: state.doc ?? emptyDocument(),
        readOnly: true,
        untouched: true,
        notice: state.doc ? NEWER_DATA_READ_ONLY : NEWER_DATA_UNREADABLE,
      };
    case 'ok': {
      const twins = setAsideTwins(state.doc, (JSON.parse(text!) as { applications?: unknown[] }).applications ?? []);
      if (twins) return quarantine(dataDir, text!, twins, writer, now);
      if (state.migratedFrom === null) return { doc: state.doc, readOnly: false, notice: null, untouched: true };
      const backup = createBackupFromText(dataDir, text!, state.doc.applications.length, 'migration', now);
      writer.write(state.doc);
      return {
        doc: state.doc,
        readOnly: false,
        untouched: false,
        notice: migratedNotice(backupFilePath(dataDir, backup.id)),
      };
    }
    case 'damaged': {
      let raw: unknown = null;
      try {
        raw = JSON.parse(text!);
      } catch {
        /* not JSON at all: nothing to salvage */
      }
      const salvaged = salvageDocument(raw, migrations);
      if (salvaged) return quarantine(dataDir, text!, salvaged, writer, now);
      const parsed = path.parse(filePath);
      const damagedPath = path.join(parsed.dir, `${parsed.name}.damaged-${stampForFileName(now)}${parsed.ext}`);
      fs.renameSync(filePath, damagedPath);
      const good = newestGoodBackup(dataDir, migrations);
      if (good) {
        writer.write(good.doc);
        return {
          doc: good.doc,
          readOnly: false,
          untouched: false,
          notice: restoredFromBackupNotice(state.reason, damagedPath, localWhen(good.info.createdAt)),
        };
      }
      return {
        doc: emptyDocument(),
        readOnly: false,
        untouched: false,
        notice: startedEmptyNotice(state.reason, damagedPath),
      };
    }
  }
}

/** The snapshot as it is, for a store that only reads (another process holds the data). */
export function peekSnapshot(filePath: string, migrations?: MigrationTable): Settled {
  const state = classifyDocumentText(readText(filePath), migrations);
  const doc = state.kind === 'ok' ? state.doc : state.kind === 'newer' ? (state.doc ?? emptyDocument()) : emptyDocument();
  return {
    doc,
    readOnly: false,
    notice: null,
    untouched: state.kind === 'missing' || (state.kind === 'ok' && state.migratedFrom === null),
  };
}

/** The journal entries that follow the snapshot with this hash, or null if it follows another. */
function changesAfter(entries: JournalEntry[], snapshotHash: string): Extract<JournalEntry, { t: 'change' }>[] | null {
  const changes = entries.filter((e): e is Extract<JournalEntry, { t: 'change' }> => e.t === 'change');
  const base = entries[0]?.t === 'base' ? entries[0].hash : null;
  if (base === snapshotHash) return changes;
  // Killed between writing a snapshot and cutting the journal: the snapshot holds a prefix.
  const marker = entries.find((e): e is Extract<JournalEntry, { t: 'snap' }> => e.t === 'snap' && e.hash === snapshotHash);
  if (marker) return changes.filter((c) => c.seq > marker.through);
  return changes.length === 0 ? [] : null;
}

/**
 * Replays the journal on the settled snapshot. A journal that does not belong to the
 * snapshot, or whose changes no longer fit, is kept as a copy and the user told: its
 * changes cannot be placed safely, and are not thrown away either.
 */
export function replayJournal(
  dataDir: string,
  settled: Settled,
  snapshotHash: string,
  check: WriteCheck,
  now: Date,
  /** False for a store that only reads: a journal that does not fit is left as it is. */
  keepCopies = true,
): Loaded {
  const notices = settled.notice ? [settled.notice] : [];
  const text = settled.readOnly ? null : readJournalText(dataDir);
  if (text === null) return { doc: settled.doc, readOnly: settled.readOnly, notices, changes: [] };
  const journal = parseJournal(text);
  const changes = settled.untouched
    ? changesAfter(journal.entries, snapshotHash)
    : journal.entries.some((e) => e.t === 'change')
      ? null
      : [];
  let doc = settled.doc;
  let problem: string | null = changes === null ? 'it does not belong to the data file next to it' : null;
  if (changes) {
    try {
      for (const change of changes) doc = applyDocumentChange(doc, change.d);
      const checked = check(doc);
      if (!checked.ok) throw new Error(`${checked.path} ${checked.message}`);
    } catch (error) {
      problem = `its changes do not fit the data file (${error instanceof Error ? error.message : String(error)})`;
      doc = settled.doc;
    }
  }
  if (!problem && journal.damagedAt !== null)
    problem = `line ${journal.damagedAt + 1} of it is damaged, so only the changes before it were loaded`;
  if (problem && keepCopies) {
    const kept = path.join(dataDir, `afterview.journal.kept-${stampForFileName(now)}`);
    fs.copyFileSync(journalFilePath(dataDir), kept);
    notices.push(journalKeptNotice(problem, kept));
  }
  return { doc, readOnly: settled.readOnly, notices, changes: problem && doc === settled.doc ? [] : (changes ?? []) };
}
