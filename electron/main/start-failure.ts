// When the desktop app cannot start (its data is held by the web host, its disk is
// read-only, ...): say why in a sentence, leave nothing behind (no tray icon without a
// window, no held lock), and exit. Electron comes in as parameters, so this runs in tests.
import { messageOf } from '../../node/services/failure-sentences.ts';
import { START_FAILURE_TITLE, startFailureMessage } from '../../node/services/start-failure-sentence.ts';

export { START_FAILURE_TITLE, startFailureMessage };

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
