// One engine pass per change, shared by everything in this process that reads the engine:
// the reminder scheduler, the tray and badge count, and whatever else asks about the same
// document at the same instant. Each pass is incremental (shared/engine/incremental.ts), so
// a change recomputes the cards it touched, and a timer or a catch-up pass with no change
// recomputes only the cards whose result has turned since.
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { createIncrementalEngine, type EnginePass } from '../../shared/engine/incremental.ts';

export type { EnginePass } from '../../shared/engine/incremental.ts';

export interface EnginePasses {
  /** The pass for this document at this instant: the latest one when it is the same, else a new one. */
  at(doc: AfterviewDocument, now: Date): EnginePass;
  /** The latest pass made, or null before the first. */
  latest(): EnginePass | null;
  /** How many passes have been made (diagnostics, tests and the bench). */
  readonly made: number;
}

export function createEnginePasses(): EnginePasses {
  const engine = createIncrementalEngine();
  let latest: EnginePass | null = null;
  let made = 0;
  return {
    at(doc, now) {
      if (latest?.doc !== doc || latest.now.getTime() !== now.getTime()) {
        latest = engine.pass(doc, now);
        made += 1;
      }
      return latest;
    },
    latest: () => latest,
    get made() {
      return made;
    },
  };
}
