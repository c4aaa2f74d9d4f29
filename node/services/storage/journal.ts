// The journal: <dataDir>/afterview.journal, an append-only file beside the data file with
// one line per change answered since the data file (the snapshot) was last written.
//
//   <checksum> {"t":"base","hash":"…"}              the snapshot this journal follows
//   <checksum> {"t":"change","seq":7,"d":{…}}       one answered change (document-diff.ts)
//   <checksum> {"t":"snap","hash":"…","through":7}  a snapshot holding changes ≤ 7 is
//                                                   about to replace the data file
//
// A change is answered only once its line is written and fsynced, so a line that a kill
// tore in half was never answered and is dropped. The checksum tells a torn or altered
// line from a good one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentChange } from './document-diff.ts';
import { syncDirectory } from './atomic-file.ts';

export type JournalEntry =
  { t: 'base'; hash: string } | { t: 'change'; seq: number; d: DocumentChange } | { t: 'snap'; hash: string; through: number };

export const journalFilePath = (dataDir: string): string => path.join(dataDir, 'afterview.journal');

const checksum = (json: string): string => createHash('sha1').update(json).digest('hex').slice(0, 16);

export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

export interface ReadJournal {
  entries: JournalEntry[];
  /** A bad line before the end: the journal was damaged, not merely cut short by a kill. */
  damagedAt: number | null;
}

/** Every good line up to the first bad one; a bad last line is the torn end of a kill. */
export function parseJournal(text: string): ReadJournal {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') ? lines.slice(0, -1) : lines;
  const entries: JournalEntry[] = [];
  for (let i = 0; i < complete.length; i++) {
    const line = complete[i]!;
    const space = line.indexOf(' ');
    const json = line.slice(space + 1);
    let entry: JournalEntry | null = null;
    if (space === 16 && checksum(json) === line.slice(0, 16)) {
      try {
        entry = JSON.parse(json) as JournalEntry;
      } catch {
        entry = null;
      }
    }
    if (!entry) {
      // A bad last line is the torn end of a kill; a bad line with good ones after it is damage.
      return { entries, damagedAt: i === complete.length - 1 ? null : i };
    }
    entries.push(entry);
  }
  return { entries, damagedAt: null };
}

export function readJournalText(dataDir: string): string | null {
  try {
    return fs.readFileSync(journalFilePath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Appends lines one batch at a time; each resolves once its bytes are on the disk. */
export interface JournalAppender {
  append(text: string): Promise<void>;
  /** Replaces the whole journal with `text` (after a snapshot), atomically. */
  replace(text: string): Promise<void>;
  readonly bytes: number;
  close(): Promise<void>;
}

export async function openJournalAppender(dataDir: string): Promise<JournalAppender> {
  const file = journalFilePath(dataDir);
  let handle = await fs.promises.open(file, 'a', 0o600);
  let bytes = (await handle.stat()).size;
  // After a failed append the file may hold part of a line; it is cut back before the next.
  let goodLength = bytes;
  let dirty = false;

  const repair = async () => {
    if (!dirty) return;
    await handle.truncate(goodLength);
    await handle.datasync();
    dirty = false;
  };

  return {
    get bytes() {
      return bytes;
    },
    async append(text) {
      await repair();
      try {
        dirty = true;
        await handle.write(text);
        await handle.datasync();
      } catch (error) {
        await repair().catch(() => undefined);
        throw error;
      }
      dirty = false;
      goodLength += Buffer.byteLength(text);
      bytes = goodLength;
    },
    async replace(text) {
      const temp = `${file}.tmp-${process.pid}`;
      const fresh = await fs.promises.open(temp, 'w', 0o600);
      try {
        await fresh.write(text);
        await fresh.datasync();
      } finally {
        await fresh.close();
      }
      await fs.promises.rename(temp, file);
      syncDirectory(dataDir);
      await handle.close().catch(() => undefined);
      handle = await fs.promises.open(file, 'a', 0o600);
      goodLength = bytes = Buffer.byteLength(text);
      dirty = false;
    },
    async close() {
      await handle.close().catch(() => undefined);
    },
  };
}
