// The engine that writes the data file: electron-store in the Electron main process, its
// base library conf in the web host and the command line. Both write the same file,
// <dataDir>/afterview.json, atomically (temp file, fsync, rename).
import type Conf from 'conf';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { serializeDocument } from './document-file.ts';

export type BackendKind = 'electron-store' | 'conf';

export interface DocumentWriter {
  readonly path: string;
  write(doc: AfterviewDocument): void;
}

// conf re-reads and parses the whole file before each write to carry its own
// "__internal__" bookkeeping over, unless the value already has that key. We use none of
// that bookkeeping (no conf migrations), so each write carries an empty one that the
// serializer drops: the file holds exactly the document, and a write costs one stringify.
const INTERNAL_KEY = '__internal__';

function serialize(value: Record<string, unknown>): string {
  const { [INTERNAL_KEY]: _internal, ...doc } = value;
  return serializeDocument(doc as AfterviewDocument);
}

export async function createDocumentWriter(kind: BackendKind, dataDir: string): Promise<DocumentWriter> {
  const common = {
    cwd: dataDir,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    serialize,
    // Readable by the user only; conf's default is 0666 less the umask.
    configFileMode: 0o600,
    // The file is checked and, if needed, recovered before the engine ever opens it.
  } as const;
  let store: Conf<Record<string, unknown>>;
  if (kind === 'electron-store') {
    // Imported only here: electron-store loads the 'electron' module.
    const { default: ElectronStore } = await import('electron-store');
    // electron-store names the file with `name` (it overwrites conf's configName).
    store = new ElectronStore<Record<string, unknown>>({ ...common, name: 'afterview' });
  } else {
    const { default: ConfClass } = await import('conf');
    store = new ConfClass<Record<string, unknown>>({ ...common, configName: 'afterview', projectName: 'afterview' });
  }
  return {
    path: store.path,
    write(doc) {
      store.store = { ...doc, [INTERNAL_KEY]: {} };
    },
  };
}
