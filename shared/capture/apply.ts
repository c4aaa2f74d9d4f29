// A capture may need several commands (the interviewers, then the round); the user said yes
// once, so they are applied together and undone together.
import { applyCommand } from '../board/apply.ts';
import type { Command } from '../board/commands.ts';
import { record, type History } from '../board/history.ts';
import type { AfterviewDocument } from '../model/types.ts';

/** Applies every command in order; throws CommandError like applyCommand, changing nothing. */
export function applyCaptureToDocument(doc: AfterviewDocument, commands: readonly Command[]): AfterviewDocument {
  return commands.reduce(applyCommand, doc);
}

/** The same, as one undo step. */
export function applyCapture(history: History, commands: readonly Command[]): History {
  return record(history, applyCaptureToDocument(history.present, commands));
}
