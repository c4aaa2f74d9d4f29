// Stopping the web host (Ctrl+C, SIGTERM): close the server, save the last changes, exit.
// A failure is one sentence on the terminal and a non-zero exit, never a stack trace.
import { closeFailureSentence } from '../services/failure-sentences.ts';

export interface ShutdownSteps {
  dataDir: string;
  closeServer(): Promise<void>;
  /** Writes the last batched change and releases the data lock. */
  closeRuntime(): Promise<void>;
  say(line: string): void;
  exit(code: number): void;
}

/** The stop handler for the signals: runs once however often it is called, and never rejects. */
export function createShutdown(steps: ShutdownSteps): () => Promise<void> {
  let stopping = false;
  return async () => {
    if (stopping) return;
    stopping = true;
    let failure: unknown = null;
    // The data is saved even if closing the server failed.
    for (const step of [steps.closeServer, steps.closeRuntime]) {
      try {
        await step();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== null) steps.say(closeFailureSentence(failure, steps.dataDir));
    steps.exit(failure === null ? 0 : 1);
  };
}
