// Where the keyboard moves a lifted card: Up and Down step through its column, Left and
// Right jump to the neighbouring column at about the same height. Unlike dnd-kit's default
// (nearest droppable in that direction), Down at the bottom of a column never jumps sideways.
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import { columnId, findColumn, type Columns } from '../view-model/boardModel.ts';

const DIRECTIONS: string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Left, KeyboardCode.Right];

export function boardKeyboardCoordinates(getItems: () => Columns): KeyboardCoordinateGetter {
  return (event, { context }) => {
    if (!DIRECTIONS.includes(event.code)) return undefined;
    event.preventDefault();
    const { active, over, collisionRect, droppableRects } = context;
    if (!active || !collisionRect) return undefined;
    const items = getItems();
    const activeId = String(active.id);
    const from = findColumn(items, activeId);
    if (!from) return undefined;
    const list = items[from];

    if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) {
      const overId = over ? String(over.id) : activeId;
      const current = list.includes(overId) ? list.indexOf(overId) : list.indexOf(activeId);
      const targetIndex = current + (event.code === KeyboardCode.Down ? 1 : -1);
      const targetId = list[targetIndex];
      const rect = targetId ? droppableRects.get(targetId) : undefined;
      if (!rect) return undefined;
      // Moving down past taller or shorter cards, line the bottoms up (as dnd-kit's sortable does).
      const after = targetIndex > list.indexOf(activeId);
      return { x: rect.left, y: after ? rect.top + rect.height - collisionRect.height : rect.top };
    }

    const step = event.code === KeyboardCode.Right ? 1 : -1;
    const next = STAGE_IDS[STAGE_IDS.indexOf(from) + step];
    if (!next) return undefined;
    const candidates = items[next].filter((id) => id !== activeId);
    let best: { left: number; top: number } | undefined;
    let bestDistance = Infinity;
    for (const id of candidates) {
      const rect = droppableRects.get(id);
      if (!rect) continue;
      const distance = Math.abs(rect.top - collisionRect.top);
      if (distance < bestDistance) [best, bestDistance] = [rect, distance];
    }
    if (best) return { x: best.left, y: best.top };
    const column = droppableRects.get(columnId(next));
    return column ? { x: column.left + 4, y: column.top + 4 } : undefined;
  };
}
