// The command line's read-only view of the desktop app's data file. It goes through the
// storage service's reader, so an older file is migrated in memory (never written), a
// damaged or newer one is reported instead of half-read, and no lock is needed: nothing
// here writes, so it works while the app or the web host is open.
import { dataFilePath, defaultDataDir } from '../services/paths.ts';
import { readDocumentFile } from '../services/storage/document-file.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { damagedData, dataUnreadable, NO_DATA_WHAT_TO_DO, newerDataPartly, newerDataUnreadable, noDataYet } from './sentences.ts';

/** `notice`: something the user should know about what was read (a newer file), or null. */
export type CliData = { ok: true; doc: AfterviewDocument; file: string; notice: string | null } | { ok: false; message: string };

export interface ReadOptions {
  /** What to do when there is no data file yet, as the end of a sentence. */
  whenMissing?: string;
}

export function readDocumentForCli(dataDir: string = defaultDataDir(), options: ReadOptions = {}): CliData {
  const file = dataFilePath(dataDir);
  let state: ReturnType<typeof readDocumentFile>;
  try {
    state = readDocumentFile(file);
  } catch (error) {
    return { ok: false, message: dataUnreadable(file, (error as Error).message) };
  }
  switch (state.kind) {
    case 'ok':
      return { ok: true, doc: state.doc, file, notice: null };
    case 'missing':
      return { ok: false, message: noDataYet(dataDir, file, options.whenMissing ?? NO_DATA_WHAT_TO_DO) };
    case 'newer':
      return state.doc
        ? { ok: true, doc: state.doc, file, notice: newerDataPartly(file, state.version) }
        : { ok: false, message: newerDataUnreadable(file, state.version) };
    case 'damaged':
      return { ok: false, message: damagedData(file, state.reason) };
  }
}
