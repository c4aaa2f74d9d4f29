// The per-stage order of card ids. Kept in step with each application's stage by every
// command; normaliseColumns repairs a document that came from elsewhere (a file, an import).
import { STAGE_IDS } from '../model/schema.ts';
import type { AfterviewDocument, StageId } from '../model/types.ts';

export type Columns = AfterviewDocument['columns'];

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}

/** Takes `id` out of whichever column holds it and puts it in `to` at `index` (end if omitted). */
export function placeCard(columns: Columns, id: string, to: StageId, index?: number): Columns {
  const current = columns[to].indexOf(id);
  const wanted = clampIndex(index ?? columns[to].length - 1, columns[to].length - 1);
  // Already there: keep the same object, so a drop in place is not an undo step.
  if (current >= 0 && current === wanted) return columns;
  const next: Columns = { ...columns };
  for (const stage of STAGE_IDS) {
    if (columns[stage].includes(id)) next[stage] = columns[stage].filter((x) => x !== id);
  }
  const target = [...next[to]];
  target.splice(clampIndex(index ?? target.length, target.length), 0, id);
  next[to] = target;
  return next;
}

export function removeCard(columns: Columns, id: string): Columns {
  const next: Columns = { ...columns };
  for (const stage of STAGE_IDS) {
    if (columns[stage].includes(id)) next[stage] = columns[stage].filter((x) => x !== id);
  }
  return next;
}

/**
 * Columns that list exactly the applications of each stage: known order kept, strays and
 * duplicates dropped, missing cards appended in document order.
 */
export function normaliseColumns(doc: Pick<AfterviewDocument, 'applications' | 'columns'>): Columns {
  const stageOf = new Map(doc.applications.map((a) => [a.id, a.stage]));
  const seen = new Set<string>();
  const next = Object.fromEntries(STAGE_IDS.map((s) => [s, [] as string[]])) as unknown as Columns;
  for (const stage of STAGE_IDS) {
    for (const id of doc.columns[stage] ?? []) {
      if (stageOf.get(id) === stage && !seen.has(id)) {
        next[stage].push(id);
        seen.add(id);
      }
    }
  }
  for (const app of doc.applications) {
    if (!seen.has(app.id)) {
      next[app.stage].push(app.id);
      seen.add(app.id);
    }
  }
  return next;
}

/** True when every application sits once in the column of its stage and nothing else does. */
export function columnsAgree(doc: Pick<AfterviewDocument, 'applications' | 'columns'>): boolean {
  const listed = STAGE_IDS.flatMap((s) => doc.columns[s].map((id) => [id, s] as const));
  if (listed.length !== doc.applications.length) return false;
  const stageOf = new Map(doc.applications.map((a) => [a.id, a.stage]));
  return listed.every(([id, s]) => stageOf.get(id) === s) && new Set(listed.map(([id]) => id)).size === listed.length;
}
