// The board: seven stage columns side by side, scrolling horizontally as a whole.
import { DndContext, DragOverlay, type DropAnimation } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import { stageEventFor } from '../../../shared/model/stage.ts';
import type { StageId } from '../../../shared/model/types.ts';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion.ts';
import { newId, nowIso } from '../lib/ids.ts';
import { createCardModelLookup, selectApplicationsById, selectShownDoc } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { createAnnouncements, screenReaderInstructions } from './announcements.ts';
import { fullIndex, visibleColumns } from '../view-model/boardModel.ts';
import { moveCardFocus } from './cardFocus.ts';
import { CardView } from './CardView.tsx';
import { ColumnsContinue, useBoardOverflow } from './ColumnsContinue.tsx';
import { ExamplesNotice } from './ExamplesNotice.tsx';
import { FOLDABLE, loadFolded, saveFolded, type Arrangement } from './foldedColumns.ts';
import { Column } from './Column.tsx';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';
import { STAGE_EVENT_WORDS } from './stages.ts';
import { useBoardDnd, type DropResult } from './useBoardDnd.ts';

const dropAnimation: DropAnimation = { duration: 160, easing: 'cubic-bezier(0.2, 0, 0, 1)' };

export function Board() {
  const store = useAppStore();
  const columns = useApp((s) => selectShownDoc(s)?.columns);
  // On the first screen only the top of each column is here to search: the search waits for the whole board.
  const query = useApp((s) => (s.doc ? s.query : ''));
  const readOnly = useApp((s) => s.readOnly);
  const byId = useApp(selectApplicationsById);
  const selectModelOf = useMemo(createCardModelLookup, []);
  const modelOf = useApp(selectModelOf);
  const reducedMotion = usePrefersReducedMotion();
  const panelOpen = useApp((s) => s.panel !== null);
  const panelWide = useApp((s) => s.panel?.wide ?? false);
  const arrangement: Arrangement = panelOpen ? 'besidePanel' : 'alone';
  const [folded, setFolded] = useState(() => ({ alone: loadFolded('alone'), besidePanel: loadFolded('besidePanel') }));
  const collapsed = folded[arrangement];

  // One toggle for both arrangements (read when pressed), so opening the panel does not
  // re-render every foldable column with a new callback.
  const arrangementRef = useRef(arrangement);
  arrangementRef.current = arrangement;
  const toggle = useCallback((stage: StageId) => {
    const which = arrangementRef.current;
    setFolded((prev) => {
      const next = new Set(prev[which]);
      if (next.has(stage)) next.delete(stage);
      else next.add(stage);
      saveFolded(which, next);
      return { ...prev, [which]: next };
    });
  }, []);
  const frameRef = useRef<HTMLDivElement>(null);
  const overflow = useBoardOverflow(frameRef);

  // Every matching card is in its column's list; each column builds only those in view.
  const shown = useMemo(() => (columns ? visibleColumns(columns, byId, query) : null), [columns, byId, query]);

  const onDrop = useCallback(
    ({ id, from, to, items }: DropResult) => {
      const state = store.getState();
      // On the first screen the columns' order is already whole; the move waits for the whole document (dispatch).
      const doc = selectShownDoc(state);
      const app = selectApplicationsById(state).get(id);
      if (!doc || !app) return;
      const index = fullIndex(doc.columns[to], items[to], id);
      void state.dispatch({ type: 'moveCard', id, to, index, at: nowIso(), eventId: newId() });
      if (from === to) return;
      const logged = stageEventFor(to, from) === 'moved' ? '' : ` and logged ${STAGE_EVENT_WORDS[to]}`;
      state.pushToast({
        message: `Moved ${app.company} to ${STAGE_TITLES[to]}${logged}.`,
        tone: 'info',
        action: { label: 'Undo', run: () => void store.getState().undo() },
      });
    },
    [store],
  );

  const { items, activeId, dndProps, startItems, currentItems, droppedItems } = useBoardDnd({
    shown: shown ?? EMPTY_COLUMNS,
    collapsed,
    onDrop,
  });

  const nameOf = useCallback(
    (id: string) => {
      const app = selectApplicationsById(store.getState()).get(id);
      return app ? `${app.company}, ${app.role}` : 'the card';
    },
    [store],
  );
  const accessibility = useMemo(
    () => ({
      announcements: createAnnouncements({ nameOf, startItems, currentItems, droppedItems }),
      screenReaderInstructions,
    }),
    [nameOf, startItems, currentItems, droppedItems],
  );

  const openPanel = useCallback((id: string) => store.getState().openPanel(id), [store]);

  if (!columns || !shown) return null;
  const filtering = query.trim().length > 0;
  const activeModel = activeId ? modelOf(activeId) : undefined;

  return (
    <DndContext {...dndProps} accessibility={accessibility}>
      {/* Arrow keys between cards; the cards themselves are the focusable controls. */}
      <div className={`board-frame${panelOpen ? ` board-frame--beside-panel${panelWide ? '-wide' : ''}` : ''}`}>
        <ExamplesNotice />
        <div ref={frameRef} className="board" onKeyDown={moveCardFocus} onScroll={overflow.measure}>
          {STAGE_IDS.map((stage) => (
            <Column
              key={stage}
              stage={stage}
              ids={items[stage]}
              modelOf={modelOf}
              // During a drag the count follows the card in hand.
              total={columns[stage].length + items[stage].length - shown[stage].length}
              filtering={filtering}
              collapsed={collapsed.has(stage)}
              readOnly={readOnly}
              onToggle={FOLDABLE.has(stage) ? toggle : undefined}
              onOpen={openPanel}
            />
          ))}
        </div>
        <ColumnsContinue overflow={overflow} scroller={frameRef} />
      </div>
      <DragOverlay dropAnimation={reducedMotion ? null : dropAnimation}>
        {activeModel ? <CardView model={activeModel} overlay aria-hidden="true" /> : null}
      </DragOverlay>
    </DndContext>
  );
}

const EMPTY_COLUMNS = Object.fromEntries(STAGE_IDS.map((s) => [s, []])) as unknown as Record<StageId, string[]>;
