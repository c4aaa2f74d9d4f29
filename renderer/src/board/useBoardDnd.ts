// Drag and drop for the board, after dnd-kit's "multiple containers" pattern: a card
// crosses columns in onDragOver, the move is committed in onDragEnd, and onDragCancel puts
// the snapshot back. The in-between columns live in this hook's state, never in the
// global store, so a drag re-renders only the columns it touches.
import {
  closestCenter,
  getClientRect,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StageId } from '../../../shared/model/types.ts';
import { arrayMove, findColumn, moveAcross, stageOfColumnId, type Columns } from '../view-model/boardModel.ts';
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
  const startRef = useRef<{ items: Columns; from: StageId } | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedAcross = useRef(false);
  // The columns as the last drop left them, for the "dropped" announcement.
  const droppedRef = useRef<Columns | null>(null);

  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      movedAcross.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [dragItems]);

  const coordinateGetter = useMemo(() => boardKeyboardCoordinates(() => itemsRef.current), []);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  // Pointer first, then overlap, then the last match; over a column with cards, its nearest card.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointer = pointerWithin(args);
      // With a pointer, only what is under it counts (a pointer in the gap between columns keeps
      // the last match, so the card does not flip between them); the keyboard has no pointer.
      const hits = pointer.length > 0 || args.pointerCoordinates ? pointer : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        const stage = stageOfColumnId(String(overId));
        if (stage && !collapsed.has(stage)) {
          if (itemsRef.current[stage].length > 0) {
            // Only the column's built cards are droppables: each knows its column (the sortable
            // container), so this reads those, never the column's whole list.
            const inColumn = args.droppableContainers.filter((c) => sortableColumnOf(c.data.current) === stage);
            overId = closestCenter({ ...args, droppableContainers: inColumn })[0]?.id ?? overId;
          }
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (movedAcross.current) lastOverId.current = args.active.id;
      return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
    },
    [collapsed],
  );

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
      startRef.current = { items: itemsRef.current, from };
      setActiveId(id);
      setDragItems(itemsRef.current);
    },
    [commitPendingDrop],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!over) return;
      const id = String(active.id);
      const current = itemsRef.current;
      const from = findColumn(current, id);
      const to = findColumn(current, String(over.id));
      // One move across per frame: the move changes the layout, which changes the collision,
      // and without this the two can chase each other within one render.
      if (!from || !to || from === to || collapsed.has(to) || movedAcross.current) return;
      const translated = active.rect.current.translated;
      const below = Boolean(translated && translated.top > over.rect.top + over.rect.height / 2);
      const overCard = stageOfColumnId(String(over.id)) ? null : String(over.id);
      const next = moveAcross(current, id, to, overCard, below);
      movedAcross.current = true;
      itemsRef.current = next;
      setDragItems(next);
    },
    [collapsed],
  );

  const finish = useCallback(() => {
    startRef.current = null;
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
      const overId = String(over.id);
      const overColumn = findColumn(current, overId);
      if (overColumn && overColumn !== column) {
        // Dropped on a folded column: it goes to the end there.
        current = moveAcross(current, id, overColumn, null, false);
      } else if (column && !stageOfColumnId(overId)) {
        const list = current[column];
        const from = list.indexOf(id);
        const to = list.indexOf(overId);
        if (from >= 0 && to >= 0 && from !== to) current = { ...current, [column]: arrayMove(list, from, to) };
      }
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
      // Measured while a card is in hand only: at rest (and on the drop) nothing is measured, so
      // a drop or an opening panel does not read every card's rect (issue 14).
      measuring: { droppable: { strategy: MeasuringStrategy.WhileDragging, measure: measureDroppable } },
      onDragStart,
      onDragOver,
      onDragEnd,
      onDragCancel,
    },
  };
}

/** The column a droppable card sorts in (dnd-kit's sortable data names its container), if it is a card. */
function sortableColumnOf(data: unknown): string | undefined {
  const sortable = (data as { sortable?: { containerId?: unknown } } | undefined)?.sortable;
  return typeof sortable?.containerId === 'string' ? sortable.containerId : undefined;
}

/**
 * A droppable's box as laid out. Cards move only by their inline transform while sorting
 * (SortableCard) and columns never move, so only an element with one needs its computed style
 * read to take the transform out; dnd-kit's default reads it for every card at pick-up.
 */
function measureDroppable(element: HTMLElement) {
  return getClientRect(element, { ignoreTransform: element.style.transform !== '' });
}
