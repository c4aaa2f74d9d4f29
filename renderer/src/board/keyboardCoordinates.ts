// Where the keyboard moves a lifted card: Up and Down step through its column, Left and
// Right go to the neighbouring column, next to the card at about the same height. The move
// is decided here, in list terms (a place in a column), and the coordinates returned only
// carry the card in hand there on screen; Down at the bottom of a column never jumps sideways.
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { StageId } from '../../../shared/model/types.ts';
import { findColumn, type Columns } from '../view-model/boardModel.ts';
import { builtCardBoxes, cardBox, columnCorner } from './columnBoxes.ts';
import { nearestByTop } from './dropSlot.ts';

const DIRECTIONS: string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Left, KeyboardCode.Right];

export interface KeyboardDrag {
  items(): Columns;
  /** The column the card in hand is over: a folded one lists none of its cards, so the card is not in it yet. */
  overColumn(): StageId | null;
  isFolded(stage: StageId): boolean;
  /** Puts the card in hand at `index` of `to` among its other cards; null: over folded `to`, still listed where it was. */
  moveTo(to: StageId, index: number | null): void;
}

export function boardKeyboardCoordinates(drag: KeyboardDrag): KeyboardCoordinateGetter {
  return (event, { context }) => {
    if (!DIRECTIONS.includes(event.code)) return undefined;
    event.preventDefault();
    const { active, collisionRect } = context;
    if (!active || !collisionRect) return undefined;
    const id = String(active.id);
    const items = drag.items();
    const listed = findColumn(items, id);
    const over = drag.overColumn() ?? listed;
    if (!listed || !over) return undefined;

    if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) {
      // Over a folded column there is nothing to step through.
      if (over !== listed) return undefined;
      const down = event.code === KeyboardCode.Down;
      const others = items[listed].filter((x) => x !== id);
      const current = items[listed].indexOf(id);
      const target = current + (down ? 1 : -1);
      if (target < 0 || target > others.length) return undefined;
      // The card it steps past: its place on screen is where the card in hand goes.
      const passed = others[down ? current : target];
      const box = passed ? cardBox(passed) : undefined;
      drag.moveTo(listed, target);
      if (!box) return { x: collisionRect.left, y: collisionRect.top + (down ? 1 : -1) * collisionRect.height };
      // Moving down past taller or shorter cards, line the bottoms up.
      return { x: box.left, y: down ? box.top + box.height - collisionRect.height : box.top };
    }

    const next = STAGE_IDS[STAGE_IDS.indexOf(over) + (event.code === KeyboardCode.Right ? 1 : -1)];
    if (!next) return undefined;
    if (drag.isFolded(next)) {
      drag.moveTo(next, null);
      return columnCorner(next);
    }
    const best = nearestByTop(builtCardBoxes(next, id), collisionRect.top);
    const others = items[next].filter((x) => x !== id);
    drag.moveTo(next, best ? others.indexOf(best.id) : others.length);
    return best ? { x: best.left, y: best.top } : columnCorner(next);
  };
}
