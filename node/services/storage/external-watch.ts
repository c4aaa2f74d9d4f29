// Watches the data file for changes made outside Afterview (a hand edit, a sync tool, the
// command line). Our own snapshots are recognised by the file's identity (inode, size,
// mtime) as the store left it. A valid outside version is adopted, after the board as it
// was is kept as a backup; a broken one is kept as a copy and the board written back.
// Either way the user is told, and nothing is overwritten unseen.
import fs from 'node:fs';
import path from 'node:path';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import type { MigrationTable } from '../../../shared/migrations/index.ts';
import { createBackup } from './backups.ts';
import { classifyDocumentText } from './document-file.ts';
import { stampForFileName } from './load-document.ts';
import { hashText } from './snapshot-writer.ts';
import { writeFileAtomicSync } from './atomic-file.ts';
import { adoptedOutsideNotice, FILE_REMOVED_OUTSIDE, keptOutsideNotice } from './sentences.ts';

export type ExternalChange = { kind: 'adopted'; doc: AfterviewDocument; notice: string } | { kind: 'kept'; notice: string };

export const fileStamp = async (file: string): Promise<string | null> => {
  try {
    const s = await fs.promises.stat(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
};

export interface WatchOptions {
  dataDir: string;
  filePath: string;
  clock: () => Date;
  migrations?: MigrationTable;
  /** The file's identity as the store last left it. */
  knownStamp(): string | null;
  current(): AfterviewDocument;
  /** Runs `work` while nothing else touches the journal or the file. */
  exclusive(work: () => Promise<void>): Promise<void>;
  /** Makes `doc` (whose file text hashes to `hash`) the document and the snapshot. */
  adopt(doc: AfterviewDocument, hash: string, stamp: string | null): Promise<void>;
  /** Writes the current document back over whatever is on disk now (it was kept first). */
  rewrite(): void;
  report(change: ExternalChange): void;
}

const SETTLE_MS = 150;

export function watchDataFile(o: WatchOptions): { stop(): void } {
  const name = path.basename(o.filePath);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const examine = async () => {
    const stamp = await fileStamp(o.filePath);
    if (stamp === o.knownStamp()) return;
    const now = o.clock();
    if (stamp === null) {
      o.rewrite();
      o.report({ kind: 'kept', notice: FILE_REMOVED_OUTSIDE });
      return;
    }
    const text = await fs.promises.readFile(o.filePath, 'utf8');
    const state = classifyDocumentText(text, o.migrations);
    if (state.kind === 'ok') {
      const kept = createBackup(o.dataDir, o.current(), 'recovery', now);
      await o.adopt(state.doc, hashText(text), await fileStamp(o.filePath));
      if (state.migratedFrom !== null) o.rewrite();
      o.report({
        kind: 'adopted',
        doc: state.doc,
        notice: adoptedOutsideNotice(kept.id),
      });
      return;
    }
    const parsed = path.parse(o.filePath);
    const copy = path.join(parsed.dir, `${parsed.name}.outside-${stampForFileName(now)}${parsed.ext}`);
    writeFileAtomicSync(copy, text);
    o.rewrite();
    const why = state.kind === 'damaged' ? state.reason : 'it was saved by a newer Afterview';
    o.report({ kind: 'kept', notice: keptOutsideNotice(why, copy) });
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void o.exclusive(examine).catch(() => undefined);
    }, SETTLE_MS);
  };

  let watcher: fs.FSWatcher | null = null;
  try {
    // The folder, not the file: every snapshot replaces the file by a rename.
    watcher = fs.watch(o.dataDir, (_event, changed) => {
      if (changed === null || changed === name) schedule();
    });
    watcher.on('error', () => undefined);
  } catch {
    fs.watchFile(o.filePath, { interval: 2_000 }, schedule);
  }
  return {
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (watcher) watcher.close();
      else fs.unwatchFile(o.filePath);
    },
  };
}
