// The command line's read-only view of the desktop app's data file. It goes through the
// storage service's reader, so an older file is migrated in memory (never written), a
// damaged or newer one is reported instead of half-read, and no lock is needed: nothing
// here writes, so it works while the app or the web host is open.
import { dataFilePath, defaultDataDir } from '../services/paths.ts';
import { readDocumentFile } from '../services/storage/document-file.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';

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
    return { ok: false, message: `Could not read ${file}: ${(error as Error).message}.` };
  }
  switch (state.kind) {
    case 'ok':
      return { ok: true, doc: state.doc, file, notice: null };
    case 'missing':
      return { ok: false, message: `There is no Afterview data in ${dataDir} yet (no ${file}); ${options.whenMissing ?? 'open the app once, or pass --csv FILE'}.` };
    case 'newer':
      return state.doc
        ? { ok: true, doc: state.doc, file, notice: `${file} was written by a newer Afterview (format ${state.version}); only what this version understands is included. Update Afterview for all of it.` }
        : { ok: false, message: `${file} was written by a newer Afterview (format ${state.version}); update this copy to read it.` };
    case 'damaged':
      return { ok: false, message: `${file} cannot be read: ${state.reason}. The app restores its latest backup when it next starts.` };
  }
}
