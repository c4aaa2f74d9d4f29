// The one way a command-line subcommand opens the data to change it (import, capture
// --apply): with the lock, so it refuses while the app holds the data, and never over a
// file from a newer Afterview. Each refusal is one sentence on standard error.
import { openDocumentStore, type DocumentStore } from '../services/storage/document-store.ts';
import { DataLockedError } from '../services/storage/lock.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { EXIT, type CliIo } from './io.ts';
import { newerDataNotChanged } from './sentences.ts';

/** Exit status when the app (or another command) holds the data: try again later. */
export const EXIT_LOCKED = 3;

/**
 * The open store, or the exit status to return. `command` names the subcommand in the
 * messages; `nothingDone` says what did not happen ("nothing was imported").
 */
export async function openForChange(
  dataDir: string,
  clock: Clock,
  io: CliIo,
  command: string,
  nothingDone: string,
): Promise<DocumentStore | number> {
  let store: DocumentStore;
  try {
    store = await openDocumentStore({ dataDir, lock: 'cli', clock });
  } catch (error) {
    if (error instanceof DataLockedError) {
      io.stderr(`afterview ${command}: ${error.message}\n`);
      return EXIT_LOCKED;
    }
    throw error;
  }
  if (store.notice) io.stderr(`${store.notice}\n`);
  if (store.readOnly) {
    io.stderr(`afterview ${command}: ${newerDataNotChanged(nothingDone)}\n`);
    await store.close();
    return EXIT.dataProblem;
  }
  return store;
}
