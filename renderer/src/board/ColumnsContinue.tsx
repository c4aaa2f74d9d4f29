// A visible cue that the board goes on past the window's edge (issue 10: at 1440 wide,
// Rejected and Closed were off-screen with nothing to say so): a soft fade at each edge that
// has more, and a button that scrolls to the columns beyond.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { Icon } from '../ui/Icon.tsx';

export interface Overflow {
  left: boolean;
  right: boolean;
  measure(): void;
}

export function useBoardOverflow(ref: RefObject<HTMLElement | null>): Overflow {
  const [edges, setEdges] = useState({ left: false, right: false });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setEdges((prev) => (prev.left === left && prev.right === right ? prev : { left, right }));
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    measure();
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, measure]);
  return { ...edges, measure };
}

export function ColumnsContinue({ overflow, scroller }: { overflow: Overflow; scroller: RefObject<HTMLElement | null> }) {
  const scroll = (direction: 1 | -1) =>
    scroller.current?.scrollBy({ left: direction * scroller.current.clientWidth * 0.8, behavior: 'smooth' });
  return (
    <>
      {overflow.left && (
        <div className="board-edge board-edge--left">
          <button
            type="button"
            className="icon-button board-edge__button"
            aria-label="Scroll to the columns on the left"
            title="More columns"
            onClick={() => scroll(-1)}
          >
            <Icon name="chevronLeft" size={16} />
          </button>
        </div>
      )}
      {overflow.right && (
        <div className="board-edge board-edge--right">
          <button
            type="button"
            className="icon-button board-edge__button"
            aria-label="Scroll to the columns on the right"
            title="More columns"
            onClick={() => scroll(1)}
          >
            <Icon name="chevronRight" size={16} />
          </button>
        </div>
      )}
    </>
  );
}
