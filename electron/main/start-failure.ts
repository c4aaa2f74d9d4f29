// When the desktop app cannot start (its data is held by the web host, its disk is
// read-only, ...): say why in a sentence, leave nothing behind (no tray icon without a
// window, no held lock), and exit. Electron comes in as parameters, so this runs in tests.
import { DataLockedError } from '../services/storage/lock.ts';
import { diskReason, messageOf } from '../services/failure-sentences.ts';

export const START_FAILURE_TITLE = 'Afterview could not start';

function lockedSentence(error: DataLockedError): string {
  const { owner, pid } = error.holder;
  // Named in case the holder is really gone and something still went wrong with the takeover.
  const file = error.lockFile ? ` If nothing of Afterview is running, delete the lock file ${error.lockFile} and try again.` : '';
  if (owner === 'web') return `Afterview is already running in a web browser (the web host, process ${pid}) and holds your data. Stop it (Ctrl+C in its terminal), then open Afterview again.${file}`;
  if (owner === 'cli') return `An Afterview command is changing your data right now. Open Afterview again when it has finished.${file}`;
  return `Another copy of Afterview (process ${pid}) holds your data. Close it, then open Afterview again.${file}`;
}

/** The sentence for the start-failure dialog. */
export function startFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof DataLockedError) return lockedSentence(error);
  const disk = diskReason(error);
  if (disk) return `Afterview cannot write to its data folder ${dataDir}: ${disk}. Fix that (or set AFTERVIEW_DATA_DIR to a folder you can write to), then open Afterview again.`;
  return `Afterview could not start (${messageOf(error)}). Your data in ${dataDir} was not changed; open Afterview again, and if this keeps happening, report it with this message.`;
}

export interface StartFailureDependencies {
  dataDir(): string;
  /** Whatever start() had created by the time it failed. */
  tray(): { destroy(): void } | null;
  runtime(): { close(): Promise<void> } | null;
  dialog: { showErrorBox(title: string, content: string): void };
  app: { exit(code?: number): void };
  log?(message: string): void;
}

async function cleanUp(deps: StartFailureDependencies): Promise<void> {
  try {
    deps.tray()?.destroy();
  } catch {
    // The icon may already be gone; the process is about to exit anyway.
  }
  try {
    // Releases the data lock, so the next start is not refused.
    await deps.runtime()?.close();
  } catch (error) {
    deps.log?.(`closing after a failed start: ${messageOf(error)}`);
  }
}

/** Runs start(); if it throws or rejects, cleans up, shows the sentence and exits with 1. Never rejects. */
export async function startOrExplain(start: () => Promise<void>, deps: StartFailureDependencies): Promise<void> {
  try {
    await start();
  } catch (error) {
    await cleanUp(deps);
    try {
      deps.dialog.showErrorBox(START_FAILURE_TITLE, startFailureMessage(error, deps.dataDir()));
    } finally {
      deps.app.exit(1);
    }
  }
}
