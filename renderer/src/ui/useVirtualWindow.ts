// A long list that builds only what can be seen (issue 14): the items in the scroller's
// viewport plus a few either side, with the space of the others kept as padding on the list,
// so the scrollbar, the scroll position and the list's length stay true at any length.
// Heights are measured once rendered (keyed by item, so an insertion keeps them) and guessed
// before; a render that builds the same items reads no layout (issue 14: a drag re-renders
// every column on each move). The list keeps its semantics: the caller gives each rendered item its
// aria-posinset and aria-setsize from `start`.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { afterPaint } from '../lib/afterPaint.ts';

interface Options {
  count: number;
  keyOf(index: number): string;
  /** The element that scrolls (the list itself, or an ancestor). */
  scrollerRef: RefObject<HTMLElement | null>;
  /** The list element; its children with data-vindex are the rendered items. */
  listRef: RefObject<HTMLElement | null>;
  /** A rendered item's expected height, gap included. */
  estimate: number;
  /** Items built beyond each edge of the viewport (keyboard focus moves into them). */
  overscan?: number;
  /** Anything whose change may change the items' heights (their models); a new value measures them again. */
  content?: unknown;
}

export interface VirtualWindow {
  start: number;
  end: number;
  /** Padding before the first and after the last rendered item, in px. */
  before: number;
  after: number;
}

interface Range {
  start: number;
  end: number;
}

export function useVirtualWindow({ count, keyOf, scrollerRef, listRef, estimate, overscan = 4, content }: Options): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  const heightOf = useCallback((i: number) => heights.current.get(keyOf(i)) ?? estimate, [keyOf, estimate]);
  // The first paint builds only what is in view; the items either side follow once it is on
  // screen, so a board opening at any size paints its visible cards and nothing more first
  // (issue 14). After the paint, not in the next frame's callbacks: those run before that
  // frame is painted, so the wider window was built and laid out ahead of the first paint.
  const [margin, setMargin] = useState(0);
  useEffect(() => {
    if (margin === overscan) return;
    if (typeof requestAnimationFrame !== 'function') return setMargin(overscan);
    let live = true;
    void afterPaint().then(() => live && setMargin(overscan));
    return () => {
      live = false;
    };
  }, [margin, overscan]);
  // Before the first measure: a window's height of items from the top.
  const [range, setRange] = useState<Range>(() => ({ start: 0, end: Math.min(count, Math.ceil(viewportGuess() / estimate)) }));

  const compute = useCallback(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const from = scroller.scrollTop - listTop;
    const to = from + (scroller.clientHeight || viewportGuess());
    let top = 0;
    let start = count;
    let end = count;
    for (let i = 0; i < count; i += 1) {
      const bottom = top + heightOf(i);
      if (start === count && bottom > from) start = i;
      if (top >= to) {
        end = i;
        break;
      }
      top = bottom;
    }
    const next = { start: Math.max(0, Math.min(start, count) - margin), end: Math.min(count, end + margin) };
    // Before the first paint (no margin yet) a guess that already holds the view is kept: narrowing
    // it would render the columns again and lay the page out a second time before anything is on
    // screen. The margin's own pass, after the paint, sets the window exactly.
    const holds = (prev: Range) => margin === 0 && prev.start <= next.start && prev.end >= next.end;
    setRange((prev) => ((prev.start === next.start && prev.end === next.end) || holds(prev) ? prev : next));
  }, [scrollerRef, listRef, count, heightOf, margin]);

  // Note the heights of what was built, then move the window if they or the length changed it.
  const measure = useCallback(() => {
    const list = listRef.current;
    if (list) {
      for (const child of list.children) {
        const el = child as HTMLElement;
        const key = el.dataset.vkey;
        if (key === undefined) continue;
        const height = el.offsetHeight;
        if (height > 0) heights.current.set(key, height);
      }
    }
    compute();
  }, [listRef, compute]);

  // The margin came: widen the window to it.
  const widened = useRef(false);
  useLayoutEffect(() => {
    if (margin === 0 || widened.current) return;
    widened.current = true;
    compute();
  }, [margin, compute]);

  // Only after a render that changed what is built (the items, their order, the window):
  // a render that changed none of them (a drag's move, a panel opening) reads no layout.
  const built = useRef<{ keyOf: Options['keyOf']; content: unknown; count: number; start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    const last = built.current;
    if (
      last &&
      last.keyOf === keyOf &&
      last.content === content &&
      last.count === count &&
      last.start === range.start &&
      last.end === range.end
    )
      return;
    built.current = { keyOf, content, count, start: range.start, end: range.end };
    measure();
  });

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    let resized = false;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (resized) measure();
        else compute();
        resized = false;
      });
    };
    const onResize = () => {
      resized = true;
      schedule();
    };
    scroller.addEventListener('scroll', schedule, { passive: true });
    // A new width can wrap the items' text to new heights.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    observer?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollerRef, compute, measure]);

  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  let before = 0;
  for (let i = 0; i < start; i += 1) before += heightOf(i);
  let after = 0;
  for (let i = end; i < count; i += 1) after += heightOf(i);
  return { start, end, before, after };
}

function viewportGuess(): number {
  return typeof window === 'undefined' ? 1000 : window.innerHeight || 1000;
}
