// Drag and drop for the board. The seven columns are the only drop targets (issue 14): the
// column under the pointer is the one it is over, and the card's place in it comes from the
// few cards the column has built (dropSlot.ts); the keyboard decides its own places
// (keyboardCoordinates.ts). The card in hand is listed at that place in the drag's own columns,
// which live in this hook's state, never in the global store, so a move re-renders only the
// columns it touches; the drop commits them and a cancel puts the snapshot back.
import {
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Active,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StageId } from '../../../shared/model/types.ts';
import { columnId, findColumn, placeCard, stageOfColumnId, type Columns } from '../view-model/boardModel.ts';
import { builtCardBoxes } from './columnBoxes.ts';
import { slotAt } from './dropSlot.ts';
import { boardKeyboardCoordinates } from './keyboardCoordinates.ts';

export interface DropResult {
  id: string;
  from: StageId;
  to: StageId;
  /** The columns as they look after the drop (shown cards only). */
  items: Columns;
}

interface Options {
  /** The columns as shown when nothing is being dragged. */
  shown: Columns;
  /** Columns folded away: cards can be dropped on them but are not listed in them. */
  collapsed: ReadonlySet<StageId>;
  onDrop(result: DropResult): void;
}

export function useBoardDnd({ shown, collapsed, onDrop }: Options) {
  const [dragItems, setDragItems] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const items = dragItems ?? shown;
  // The latest columns, readable synchronously by the keyboard and collision helpers.
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  const startRef = useRef<{ id: string; items: Columns; from: StageId } | null>(null);
  // The column a pointer was last over (a pointer between two columns keeps it).
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  // The column a keyboard drag is over: the one it lists the card in, or a folded one.
  const keyboardOver = useRef<StageId | null>(null);
  // The columns as the last drop left them, for the "dropped" announcement.
  const droppedRef = useRef<Columns | null>(null);

  const place = useCallback((next: Columns) => {
    if (next === itemsRef.current) return;
    itemsRef.current = next;
    setDragItems(next);
  }, []);

  const coordinateGetter = useMemo(
    () =>
      boardKeyboardCoordinates({
        items: () => itemsRef.current,
        overColumn: () => keyboardOver.current,
        isFolded: (stage) => collapsedRef.current.has(stage),
        moveTo(to, index) {
          keyboardOver.current = to;
          const active = startRef.current?.id;
          if (active && index !== null) place(placeCard(itemsRef.current, active, to, index));
        },
      }),
    [place],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  // A pointer is over the column whose band it is in, at any height; the keyboard is over
  // the column it chose. Seven rects, whatever the number of cards.
  const collisionDetection: CollisionDetection = useCallback(({ pointerCoordinates, droppableContainers, droppableRects, active }) => {
    if (!pointerCoordinates) {
      const stage = keyboardOver.current ?? findColumn(itemsRef.current, String(active.id));
      return stage ? [{ id: columnId(stage) }] : [];
    }
    for (const container of droppableContainers) {
      const rect = droppableRects.get(container.id);
      if (rect && pointerCoordinates.x >= rect.left && pointerCoordinates.x <= rect.left + rect.width) {
        lastOverId.current = container.id;
        return [{ id: container.id }];
      }
    }
    return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
  }, []);

  /** The card under a pointer goes to its place in the column it is over (a folded column takes it on the drop). */
  const follow = useCallback(
    (active: Active, over: Over | null, activatorEvent: Event) => {
      if (activatorEvent instanceof KeyboardEvent) return;
      const stage = over ? stageOfColumnId(String(over.id)) : null;
      const rect = active.rect.current.translated;
      if (!stage || collapsedRef.current.has(stage) || !rect) return;
      const id = String(active.id);
      const current = itemsRef.current;
      const others = current[stage].filter((x) => x !== id);
      place(placeCard(current, id, stage, slotAt(others, builtCardBoxes(stage, id), rect.top + rect.height / 2)));
    },
    [place],
  );
  const onDragMove = useCallback(({ active, over, activatorEvent }: DragMoveEvent) => follow(active, over, activatorEvent), [follow]);

  // A drop whose move is still to be committed (see onDragEnd); a new drag commits it first.
  const pendingDrop = useRef<{ frame: number; commit(): void } | null>(null);
  const commitPendingDrop = useCallback(() => {
    const pending = pendingDrop.current;
    if (!pending) return;
    pendingDrop.current = null;
    cancelAnimationFrame(pending.frame);
    pending.commit();
  }, []);
  useEffect(() => commitPendingDrop, [commitPendingDrop]);

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      commitPendingDrop();
      const id = String(active.id);
      const from = findColumn(itemsRef.current, id);
      if (!from) return;
      startRef.current = { id, items: itemsRef.current, from };
      lastOverId.current = null;
      keyboardOver.current = null;
      setActiveId(id);
      setDragItems(itemsRef.current);
    },
    [commitPendingDrop],
  );

  const finish = useCallback(() => {
    startRef.current = null;
    keyboardOver.current = null;
    setActiveId(null);
    setDragItems(null);
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const start = startRef.current;
      const id = String(active.id);
      let current = itemsRef.current;
      const column = findColumn(current, id);
      if (!start || !over || !column) {
        finish();
        return;
      }
      // Dropped on a folded column: it goes to the end there.
      const overStage = stageOfColumnId(String(over.id));
      if (overStage && overStage !== column && collapsedRef.current.has(overStage)) current = placeCard(current, id, overStage, Infinity);
      const to = findColumn(current, id) ?? column;
      droppedRef.current = current;
      const unchanged = to === start.from && current[to].indexOf(id) === start.items[to].indexOf(id);
      if (unchanged) {
        finish();
        return;
      }
      // The drop in two frames (issue 14): this one ends the drag with the card shown where it
      // landed (the drag's own columns); the next commits the move to the store, whose update
      // re-renders the board. In one they made a frame of 60 ms at 5,000 applications.
      startRef.current = null;
      keyboardOver.current = null;
      itemsRef.current = current;
      setActiveId(null);
      setDragItems(current);
      const commit = () => {
        onDrop({ id, from: start.from, to, items: current });
        setDragItems(null);
      };
      pendingDrop.current = {
        commit,
        frame: requestAnimationFrame(() => {
          pendingDrop.current = null;
          commit();
        }),
      };
    },
    [finish, onDrop],
  );

  const onDragCancel = useCallback(() => {
    const start = startRef.current;
    if (start) itemsRef.current = start.items;
    droppedRef.current = start?.items ?? null;
    finish();
  }, [finish]);

  // Stable readers for the announcements, which must not be re-created during a drag.
  /** Where each card was when the drag began. */
  const startItems = useCallback(() => startRef.current?.items ?? itemsRef.current, []);
  const currentItems = useCallback(() => itemsRef.current, []);
  const droppedItems = useCallback(() => droppedRef.current ?? itemsRef.current, []);

  return {
    items,
    activeId,
    startItems,
    currentItems,
    droppedItems,
    dndProps: {
      sensors,
      collisionDetection,
      // Measured while a card is in hand only, and only the seven columns: at rest (and on the
      // drop) nothing is measured, so a drop or an opening panel reads no layout (issue 14).
      measuring: { droppable: { strategy: MeasuringStrategy.WhileDragging } },
      onDragStart,
      onDragMove,
      onDragOver: onDragMove,
      onDragEnd,
      onDragCancel,
    },
  };
}
