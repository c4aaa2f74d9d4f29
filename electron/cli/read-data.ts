// The command line's read-only view of the desktop app's data file. It goes through the
// storage service's reader, so an older file is migrated in memory (never written) and a
// damaged or newer one is reported instead of half-read.
import { dataFilePath, defaultDataDir } from '../services/paths.ts';
import { readDocumentFile } from '../services/storage/document-file.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';

export type CliData = { ok: true; doc: AfterviewDocument; file: string } | { ok: false; message: string };

export function readDocumentForCli(dataDir: string = defaultDataDir()): CliData {
  const file = dataFilePath(dataDir);
  let state: ReturnType<typeof readDocumentFile>;
  try {
    state = readDocumentFile(file);
  } catch (error) {
    return { ok: false, message: `Could not read ${file}: ${(error as Error).message}.` };
  }
  switch (state.kind) {
    case 'ok':
      return { ok: true, doc: state.doc, file };
    case 'missing':
      return { ok: false, message: `There is no Afterview data in ${dataDir} yet (no ${file}); open the app once, or pass --csv FILE.` };
    case 'newer':
      return state.doc
        ? { ok: true, doc: state.doc, file }
        : { ok: false, message: `${file} was written by a newer Afterview (format ${state.version}); update this copy to read it.` };
    case 'damaged':
      return { ok: false, message: `${file} cannot be read: ${state.reason}. The app restores its latest backup when it next starts.` };
  }
}
