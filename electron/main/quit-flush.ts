// Quitting the desktop app: the last batched change is written first. If that fails the
// user is told in a sentence, and the app still quits (a rejection here used to go unheard).
import { closeFailureSentence } from '../../node/services/failure-sentences.ts';
import { SAVE_FAILED_TITLE } from './sentences.ts';

export interface QuitDependencies {
  dataDir: string;
  dialog: { showErrorBox(title: string, content: string): void };
  app: { quit(): void };
}

/** Closes the runtime, says so if saving failed, then quits. Never rejects. */
export async function closeThenQuit(closing: { close(): Promise<void> }, deps: QuitDependencies): Promise<void> {
  try {
    await closing.close();
  } catch (error) {
    try {
      deps.dialog.showErrorBox(SAVE_FAILED_TITLE, closeFailureSentence(error, deps.dataDir));
    } catch {
      // Nothing more can be said while quitting; quit all the same.
    }
  }
  deps.app.quit();
}
