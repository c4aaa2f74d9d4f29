// Reads where a column's built cards and its drop area are on screen, for the drag (issue 14):
// a handful of boxes in one column per move, read only while a card is in hand.
import type { StageId } from '../../../shared/model/types.ts';

export interface CardBox {
  id: string;
  left: number;
  top: number;
  height: number;
  middle: number;
}

/** The built cards of a column in list order, without `except` (the card in hand). */
export function builtCardBoxes(stage: StageId, except: string): CardBox[] {
  const list = document.getElementById(`column-list-${stage}`);
  if (!list) return [];
  const boxes: CardBox[] = [];
  for (const element of list.querySelectorAll<HTMLElement>('[data-card-id]')) {
    const id = element.dataset.cardId;
    if (!id || id === except) continue;
    const rect = element.getBoundingClientRect();
    boxes.push({ id, left: rect.left, top: rect.top, height: rect.height, middle: rect.top + rect.height / 2 });
  }
  return boxes;
}

/** The card's own box in its column, while it is in hand. */
export function cardBox(id: string): DOMRect | undefined {
  return document.querySelector(`.column__list [data-card-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
}

/** The top left corner of a column's drop area (its list). */
export function columnCorner(stage: StageId): { x: number; y: number } | undefined {
  const rect = document.getElementById(`column-list-${stage}`)?.getBoundingClientRect();
  return rect ? { x: rect.left + 4, y: rect.top + 4 } : undefined;
}
