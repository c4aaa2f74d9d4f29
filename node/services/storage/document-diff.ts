// What changed between two documents, in a form the journal can hold and replay.
//
// Documents are changed immutably: whatever a change did not touch is the very same object
// before and after. So a change is found by identity, in time proportional to the number
// of applications (no deep comparison), and written as values, never as the command that
// produced it: replaying a journal must give exactly the document that was answered, even
// after an update changed what a command does, and undo, redo, import and restore have no
// command at all. One splice per array (the changed middle between an unchanged prefix
// and suffix) keeps the usual change (one card edited, added, moved) a line of a few
// hundred bytes at any board size.
import type { AfterviewDocument } from '../../../shared/model/types.ts';

export interface Splice<T> {
  /** Index of the first changed item. */
  at: number;
  /** How many items were removed there. */
  del: number;
  ins: T[];
}

export interface DocumentChange {
  apps?: Splice<AfterviewDocument['applications'][number]>;
  /** Per column whose card order changed. */
  cols?: Record<string, Splice<string>>;
  /** Every other top-level field that changed, whole (settings, templates, the version). */
  set?: Record<string, unknown>;
}

function spliceOf<T>(before: readonly T[], after: readonly T[]): Splice<T> | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return null;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, del: before.length - start - end, ins: after.slice(start, after.length - end) };
}

function applySplice<T>(items: readonly T[], splice: Splice<T>): T[] {
  if (splice.at > items.length || splice.at + splice.del > items.length) {
    throw new Error('the journal does not fit the data file it follows');
  }
  return [...items.slice(0, splice.at), ...splice.ins, ...items.slice(splice.at + splice.del)];
}

/** The change that turns `before` into `after`, or null if they are the same. */
export function diffDocuments(before: AfterviewDocument, after: AfterviewDocument): DocumentChange | null {
  const change: DocumentChange = {};
  const apps = spliceOf(before.applications, after.applications);
  if (apps) change.apps = apps;
  if (before.columns !== after.columns) {
    const cols: Record<string, Splice<string>> = {};
    const stages = new Set([...Object.keys(before.columns), ...Object.keys(after.columns)]);
    for (const stage of stages) {
      const splice = spliceOf(
        (before.columns as Record<string, string[]>)[stage] ?? [],
        (after.columns as Record<string, string[]>)[stage] ?? [],
      );
      if (splice) cols[stage] = splice;
    }
    if (Object.keys(cols).length > 0) change.cols = cols;
  }
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof AfterviewDocument)[]) {
    if (key === 'applications' || key === 'columns') continue;
    if (before[key] !== after[key]) set[key] = after[key];
  }
  if (Object.keys(set).length > 0) change.set = set;
  return change.apps || change.cols || change.set ? change : null;
}

/** Replays a change on the document it was taken from; throws if it cannot belong to it. */
export function applyDocumentChange(doc: AfterviewDocument, change: DocumentChange): AfterviewDocument {
  let next: AfterviewDocument = { ...doc, ...(change.set as Partial<AfterviewDocument> | undefined) };
  if (change.apps) next = { ...next, applications: applySplice(doc.applications, change.apps) };
  if (change.cols) {
    const columns = { ...doc.columns } as Record<string, string[]>;
    for (const [stage, splice] of Object.entries(change.cols)) columns[stage] = applySplice(columns[stage] ?? [], splice);
    next = { ...next, columns: columns as AfterviewDocument['columns'] };
  }
  return next;
}
