// Arrow keys move focus between cards when no card is lifted: up and down within a column,
// left and right to the card at about the same height in the nearest column that has cards.
// (While a card is lifted, the same keys move it; dnd-kit handles those.)
const CARD = '[data-card-id]';

function cardsIn(column: Element): HTMLElement[] {
  return [...column.querySelectorAll<HTMLElement>(CARD)];
}

export function focusTargetFor(card: HTMLElement, key: string): HTMLElement | null {
  const column = card.closest('section');
  const board = column?.parentElement;
  if (!column || !board) return null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const cards = cardsIn(column);
    return cards[cards.indexOf(card) + (key === 'ArrowDown' ? 1 : -1)] ?? null;
  }
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  const columns = [...board.children].filter((c) => c.tagName === 'SECTION');
  const step = key === 'ArrowRight' ? 1 : -1;
  const top = card.getBoundingClientRect().top;
  for (let i = columns.indexOf(column) + step; i >= 0 && i < columns.length; i += step) {
    const cards = cardsIn(columns[i]!);
    if (cards.length === 0) continue;
    return cards.reduce((best, c) =>
      Math.abs(c.getBoundingClientRect().top - top) < Math.abs(best.getBoundingClientRect().top - top) ? c : best,
    );
  }
  return null;
}

export function moveCardFocus(event: React.KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const card = (event.target as HTMLElement).closest<HTMLElement>(CARD);
  // A lifted card (aria-pressed) belongs to the drag; its arrows move it, not the focus.
  if (!card || card !== event.target || card.getAttribute('aria-pressed') === 'true') return;
  const target = focusTargetFor(card, event.key);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
