// One stage column: a landmark region named by its title, a sticky header with the count,
// and its own vertical scroll. Closed can fold into a slim strip that still takes drops.
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo } from 'react';
import type { StageId } from '../../../shared/model/types.ts';
import { Icon } from '../ui/Icon.tsx';
import { columnId, PAGE_SIZE } from '../view-model/boardModel.ts';
import type { CardModel } from '../view-model/cardModel.ts';
import { SortableCard } from './SortableCard.tsx';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';
import { EMPTY_COLUMN_HINTS } from './stages.ts';

interface Props {
  stage: StageId;
  ids: string[];
  models: Map<string, CardModel>;
  /** Cards in this column before any search filter, for the count. */
  total: number;
  /** Matching cards not shown yet (a long column shows its first ones). */
  hidden: number;
  onShowMore(stage: StageId): void;
  filtering: boolean;
  collapsed: boolean;
  readOnly: boolean;
  onToggle?: (stage: StageId) => void;
  onOpen(id: string): void;
}

export const Column = memo(function Column({ stage, ids, models, total, hidden, onShowMore, filtering, collapsed, readOnly, onToggle, onOpen }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage) });
  const title = STAGE_TITLES[stage];
  const headingId = `column-title-${stage}`;
  const count = filtering ? `${ids.length} of ${total}` : String(total);
  const countLabel = filtering ? `${ids.length} of ${total} cards shown` : `${total} ${total === 1 ? 'card' : 'cards'}`;
  const classes = ['column', `column--${stage}`];
  if (collapsed) classes.push('column--collapsed');
  if (isOver) classes.push('column--over');

  return (
    <section ref={setNodeRef} className={classes.join(' ')} aria-labelledby={headingId}>
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
      <div id={`column-list-${stage}`} className="column__list">
        {!collapsed && (
          <SortableContext id={stage} items={ids} strategy={verticalListSortingStrategy}>
            {ids.map((id) => {
              const model = models.get(id);
              return model ? <SortableCard key={id} model={model} onOpen={onOpen} disabled={readOnly} /> : null;
            })}
          </SortableContext>
        )}
        {!collapsed && hidden > 0 && (
          <button type="button" className="button column__more" onClick={() => onShowMore(stage)}>
            Show {Math.min(hidden, PAGE_SIZE * 4)} more
            <span className="muted num"> of {hidden}</span>
          </button>
        )}
        {!collapsed && ids.length === 0 && (
          <p className="column__empty">{filtering && total > 0 ? 'No card here matches the search.' : EMPTY_COLUMN_HINTS[stage]}</p>
        )}
      </div>
    </section>
  );
});
