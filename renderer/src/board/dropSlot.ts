// Where the card in hand would land in a column, from where the column's built cards are on
// screen (issue 14). The columns are the only drop targets, so a move costs the few cards
// built in one column, never a rect per card on the board.

/** A built card's vertical middle, in viewport px. */
export interface CardMiddle {
  id: string;
  middle: number;
}

/**
 * The index among the column's other cards (`others`, in order, without the card in hand)
 * where a card whose middle is at `y` goes: before the first built card whose middle is below
 * `y`, after the last built one when none is. A column with none built takes it at the end.
 * The built cards are a window of `others`, so the answer is true for the whole column.
 */
export function slotAt(others: readonly string[], built: readonly CardMiddle[], y: number): number {
  let after = -1;
  for (const card of built) {
    const index = others.indexOf(card.id);
    if (index < 0) continue;
    if (card.middle > y) return index;
    after = Math.max(after, index);
  }
  return after >= 0 ? after + 1 : others.length;
}

/** The card nearest to `top` among the built ones (by their tops), for a move into a neighbouring column. */
export function nearestByTop<T extends { top: number }>(boxes: readonly T[], top: number): T | undefined {
  let best: T | undefined;
  for (const box of boxes) if (!best || Math.abs(box.top - top) < Math.abs(best.top - top)) best = box;
  return best;
}
