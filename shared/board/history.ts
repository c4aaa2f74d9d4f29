// Undo and redo over whole documents. applyCommand shares everything a command did not
// touch, so keeping past documents costs little, and undo gives back exactly what was there.
import type { AfterviewDocument } from '../model/types.ts';
import { applyCommand } from './apply.ts';
import type { Command } from './commands.ts';

export interface History {
  past: AfterviewDocument[];
  present: AfterviewDocument;
  future: AfterviewDocument[];
}

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 100;

export function createHistory(doc: AfterviewDocument): History {
  return { past: [], present: doc, future: [] };
}

/** Makes `next` the present as one undoable step (an import or a restore replaces the whole document this way). */
export function record(history: History, next: AfterviewDocument, limit = HISTORY_LIMIT): History {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-limit), present: next, future: [] };
}

/** Applies `cmd`; throws CommandError like applyCommand. A command that changes nothing leaves no step. */
export function execute(history: History, cmd: Command, limit = HISTORY_LIMIT): History {
  return record(history, applyCommand(history.present, cmd), limit);
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
