// Pure moves on the board's columns during a drag, and the mapping from what is shown
// (maybe filtered by a search) back to a position in the full column.
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { AfterviewDocument, Application, StageId } from '../../../shared/model/types.ts';
import { matchesQuery } from './search.ts';
import { isStageId } from '../../../shared/model/stage-titles.ts';

export type Columns = AfterviewDocument['columns'];

const COLUMN_PREFIX = 'column:';
/** Droppable id of a column; prefixed so it never clashes with a card id. */
export const columnId = (stage: StageId): string => COLUMN_PREFIX + stage;
export function stageOfColumnId(id: string): StageId | null {
  if (!id.startsWith(COLUMN_PREFIX)) return null;
  const stage = id.slice(COLUMN_PREFIX.length);
  return isStageId(stage) ? stage : null;
}

/** The column holding a card id, or the column a column id names. */
export function findColumn(items: Columns, id: string): StageId | null {
  const stage = stageOfColumnId(id);
  if (stage) return stage;
  return STAGE_IDS.find((s) => items[s].includes(id)) ?? null;
}

/** The columns as shown: only cards that match the search, in board order. */
export function visibleColumns(columns: Columns, byId: Map<string, Application>, query: string): Columns {
  if (!query.trim()) return columns;
  const next = { ...columns };
  for (const stage of STAGE_IDS) {
    next[stage] = columns[stage].filter((id) => {
      const app = byId.get(id);
      return app !== undefined && matchesQuery(app, query);
    });
  }
  return next;
}

/**
 * Puts the card in hand at `index` of column `to`, counted among that column's other cards
 * (past the end: the end). The same columns come back when the card is there already, so a
 * drag that stays in its place renders nothing.
 */
export function placeCard(items: Columns, activeId: string, to: StageId, index: number): Columns {
  const from = findColumn(items, activeId);
  if (!from) return items;
  const target = items[to].filter((id) => id !== activeId);
  const at = Math.max(0, Math.min(index, target.length));
  if (from === to && items[to].indexOf(activeId) === at) return items;
  target.splice(at, 0, activeId);
  return from === to ? { ...items, [to]: target } : { ...items, [from]: items[from].filter((id) => id !== activeId), [to]: target };
}

/**
 * Where a card dropped among the shown cards lands in the full column: right after the
 * shown card before it (or before the shown card after it). Without a search both agree.
 */
export function fullIndex(fullColumn: readonly string[], shown: readonly string[], id: string): number {
  const rest = fullColumn.filter((x) => x !== id);
  const at = shown.indexOf(id);
  if (at < 0) return rest.length;
  const before = shown[at - 1];
  if (before !== undefined && rest.includes(before)) return rest.indexOf(before) + 1;
  const after = shown[at + 1];
  if (after !== undefined && rest.includes(after)) return rest.indexOf(after);
  return at === 0 ? 0 : rest.length;
}
