// Why Afterview could not start, in one sentence naming the holder of the data (the web
// host, a command, another copy) or the disk's reason. Both the desktop app's start-failure
// dialog and the web host's terminal print it.
import { DataLockedError } from './storage/lock.ts';
import { diskReason, messageOf } from './failure-sentences.ts';

export const START_FAILURE_TITLE = 'Afterview could not start';

function lockedSentence(error: DataLockedError): string {
  const { owner, pid } = error.holder;
  // Named in case the holder is really gone and something still went wrong with the takeover.
  const file = error.lockFile ? ` If nothing of Afterview is running, delete the lock file ${error.lockFile} and try again.` : '';
  if (owner === 'web')
    return `Afterview is already running in a web browser (the web host, process ${pid}) and holds your data. Stop it (Ctrl+C in its terminal), then open Afterview again.${file}`;
  if (owner === 'cli') return `An Afterview command is changing your data right now. Open Afterview again when it has finished.${file}`;
  return `Another copy of Afterview (process ${pid}) holds your data. Close it, then open Afterview again.${file}`;
}

/** The sentence for the start-failure dialog. */
export function startFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof DataLockedError) return lockedSentence(error);
  const disk = diskReason(error);
  if (disk)
    return `Afterview cannot write to its data folder ${dataDir}: ${disk}. Fix that (or set AFTERVIEW_DATA_DIR to a folder you can write to), then open Afterview again.`;
  return `Afterview could not start (${messageOf(error)}). Your data in ${dataDir} was not changed; open Afterview again, and if this keeps happening, report it with this message.`;
}
