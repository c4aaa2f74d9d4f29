// What a screen reader hears during a drag: card and column names and "position N of M",
// never ids (dnd-kit's defaults say ids).
import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import { findColumn, stageOfColumnId, type Columns } from '../view-model/boardModel.ts';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this card, press Space or Enter to pick it up, use the arrow keys to move it up, down or to another column, then press Space to drop it or Escape to cancel. Press O to open its details.',
};

interface Sources {
  nameOf(id: string): string;
  startItems(): Columns;
  currentItems(): Columns;
  droppedItems(): Columns;
}

function where(items: Columns, cardId: string): string {
  const stage = findColumn(items, cardId);
  if (!stage) return '';
  const list = items[stage];
  return `${STAGE_TITLES[stage]}, position ${list.indexOf(cardId) + 1} of ${list.length}`;
}

/** Where the card would land over the column `overId`: its place there, or the end of a folded column (which does not list it yet). */
function whereOver(items: Columns, cardId: string, overId: string): string {
  const stage = stageOfColumnId(overId);
  if (!stage) return '';
  const list = items[stage];
  const at = list.indexOf(cardId);
  const total = at >= 0 ? list.length : list.length + 1;
  return `${STAGE_TITLES[stage]}, position ${at >= 0 ? at + 1 : total} of ${total}`;
}

export function createAnnouncements(src: Sources): Announcements {
  // The place last announced: a move that lands on the same place says nothing new (the
  // first "over" event comes at once, over the card's own place, and would drown "Picked up").
  let lastPlace = '';
  const moved = ({ active, over }: { active: Active; over: Over | null }) => {
    const id = String(active.id);
    const place = over ? whereOver(src.currentItems(), id, String(over.id)) : '';
    if (place === lastPlace) return undefined;
    lastPlace = place;
    return over ? `${src.nameOf(id)} is over ${place}.` : `${src.nameOf(id)} is not over a column.`;
  };
  return {
    onDragStart({ active }) {
      const id = String(active.id);
      lastPlace = where(src.startItems(), id);
      return `Picked up ${src.nameOf(id)}. It is in ${lastPlace}.`;
    },
    // A move to a new column ("over") and a move within one both say the new place, once.
    onDragOver: moved,
    onDragMove: moved,
    onDragEnd({ active, over }) {
      const id = String(active.id);
      if (!over) return `${src.nameOf(id)} was dropped outside the board and stays in ${where(src.startItems(), id)}.`;
      return `Dropped ${src.nameOf(id)} in ${where(src.droppedItems(), id)}.`;
    },
    onDragCancel({ active }) {
      const id = String(active.id);
      return `Cancelled. ${src.nameOf(id)} is back in ${where(src.startItems(), id)}.`;
    },
  };
}
