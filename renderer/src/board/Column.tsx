// One stage column: a landmark region named by its title, a sticky header with the count,
// and its own vertical scroll. Closed can fold into a slim strip that still takes drops.
// A long column builds only the cards in view and a few either side (issue 14): the list
// says how many cards it has and where each built one stands (aria-setsize, aria-posinset).
import { useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useRef } from 'react';
import type { StageId } from '../../../shared/model/types.ts';
import { Icon } from '../ui/Icon.tsx';
import { useVirtualWindow } from '../ui/useVirtualWindow.ts';
import { columnId } from '../view-model/boardModel.ts';
import type { CardModelOf } from '../store/selectors.ts';
import { DraggableCard } from './DraggableCard.tsx';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';
import { EMPTY_COLUMN_HINTS } from './stages.ts';

interface Props {
  stage: StageId;
  ids: string[];
  modelOf: CardModelOf;
  /** Cards in this column before any search filter, for the count. */
  total: number;
  filtering: boolean;
  collapsed: boolean;
  readOnly: boolean;
  onToggle?: (stage: StageId) => void;
  onOpen(id: string): void;
}

/** A card's usual height with the gap below it (two to four lines of text). */
const CARD_ESTIMATE = 104;

export const Column = memo(function Column({ stage, ids, modelOf, total, filtering, collapsed, readOnly, onToggle, onOpen }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage) });
  const title = STAGE_TITLES[stage];
  const headingId = `column-title-${stage}`;
  const count = filtering ? `${ids.length} of ${total}` : String(total);
  const countLabel = filtering ? `${ids.length} of ${total} cards shown` : `${total} ${total === 1 ? 'card' : 'cards'}`;
  const classes = ['column', `column--${stage}`];
  if (collapsed) classes.push('column--collapsed');
  if (isOver) classes.push('column--over');
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const keyOf = useCallback((i: number) => ids[i] ?? String(i), [ids]);
  const view = useVirtualWindow({
    count: collapsed ? 0 : ids.length,
    keyOf,
    scrollerRef,
    listRef,
    estimate: CARD_ESTIMATE,
    content: modelOf,
  });
  const built = ids.slice(view.start, view.end);

  return (
    <section className={classes.join(' ')} aria-labelledby={headingId}>
      <header className="column__header">
        {onToggle && (
          <button
            type="button"
            className="icon-button column__toggle"
            aria-expanded={!collapsed}
            aria-controls={`column-list-${stage}`}
            aria-label={collapsed ? `Show ${title.toLowerCase()} applications` : `Fold ${title.toLowerCase()} applications away`}
            title={collapsed ? 'Show' : 'Fold away'}
            onClick={() => onToggle(stage)}
          >
            <Icon name={collapsed ? 'chevronRight' : 'chevronDown'} />
          </button>
        )}
        <h2 id={headingId} className="column__title">
          {title}
        </h2>
        <span className="column__count" aria-hidden="true">
          {count}
        </span>
        <span className="sr-only">{countLabel}</span>
      </header>
      <div id={`column-list-${stage}`} className="column__list" ref={scrollerRef}>
        {/* The drop target: the whole list area (at least the column's height), inside the
            scroller, so a card held near its edge scrolls it. */}
        <div ref={setNodeRef} className="column__drop">
          {!collapsed && ids.length > 0 && (
            <div
              role="list"
              aria-labelledby={headingId}
              className="column__cards"
              ref={listRef}
              style={{ paddingTop: view.before, paddingBottom: view.after }}
            >
              {built.map((id, i) => {
                const model = modelOf(id);
                const index = view.start + i;
                return model ? (
                  <div key={id} role="listitem" className="column__item" data-vkey={id} aria-posinset={index + 1} aria-setsize={ids.length}>
                    <DraggableCard model={model} onOpen={onOpen} disabled={readOnly} />
                  </div>
                ) : null;
              })}
            </div>
          )}
          {!collapsed && ids.length === 0 && (
            <p className="column__empty">{filtering && total > 0 ? 'No card here matches the search.' : EMPTY_COLUMN_HINTS[stage]}</p>
          )}
        </div>
      </div>
    </section>
  );
});
