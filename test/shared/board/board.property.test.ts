// Properties of the board operations over random sequences of commands.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand, CommandError } from '../../../shared/board/apply.ts';
import { columnsAgree } from '../../../shared/board/columns.ts';
import { createHistory, execute, undo, redo, type History } from '../../../shared/board/history.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { deriveOutcome, deriveStage } from '../../../shared/model/stage.ts';
import { DocumentSchema } from '../../../shared/model/schema.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { commandSteps, toCommand } from '../support/arbitraries.ts';

/** Runs the steps, skipping commands the document refuses (they must throw CommandError). */
function* replay(
  steps: Parameters<typeof toCommand>[0][],
): Generator<{ before: AfterviewDocument; after: AfterviewDocument; cmd: ReturnType<typeof toCommand> }> {
  let doc = emptyDocument();
  for (const [i, step] of steps.entries()) {
    const cmd = toCommand(step, doc, i);
    let after: AfterviewDocument;
    try {
      after = applyCommand(doc, cmd);
    } catch (error) {
      expect(error).toBeInstanceOf(CommandError);
      continue;
    }
    yield { before: doc, after, cmd };
    doc = after;
  }
}

describe('board operations (property)', () => {
  it('after any sequence, every stage agrees with its event log and the columns with the stages', () => {
    fc.assert(
      fc.property(commandSteps, (steps) => {
        for (const { after } of replay(steps)) {
          for (const app of after.applications) {
            expect(app.stage).toBe(deriveStage(app));
            expect(app.outcome).toBe(deriveOutcome(app));
          }
          expect(columnsAgree(after)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every document produced is still valid against the schema', () => {
    fc.assert(
      fc.property(commandSteps, (steps) => {
        for (const { after } of replay(steps)) expect(DocumentSchema.safeParse(after).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('applyCommand never changes its input', () => {
    fc.assert(
      fc.property(commandSteps, (steps) => {
        for (const { before, cmd } of replay(steps)) {
          const snapshot = structuredClone(before);
          try {
            applyCommand(before, cmd);
          } catch {
            /* refusals are covered above */
          }
          expect(before).toEqual(snapshot);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('undo after any operation restores the document exactly, and redo brings the change back', () => {
    fc.assert(
      fc.property(commandSteps, (steps) => {
        let history: History = createHistory(emptyDocument());
        for (const { cmd } of replay(steps)) {
          const before = structuredClone(history.present);
          const next = execute(history, cmd);
          if (next.present === history.present) {
            // A command that changed nothing (a drop in place) leaves no step to undo.
            expect(next).toBe(history);
            continue;
          }
          const undone = undo(next);
          expect(undone.present).toEqual(before);
          expect(redo(undone).present).toEqual(next.present);
          history = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});
