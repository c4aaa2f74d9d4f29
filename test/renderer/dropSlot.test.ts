// Where the card in hand lands in the column under it, from the column's built cards only (issue 14).
import { describe, expect, it } from 'vitest';
import { nearestByTop, slotAt } from '../../renderer/src/board/dropSlot.ts';

// A long column whose cards 10..13 are built, each 100 px tall from y = 0.
const others = Array.from({ length: 30 }, (_, i) => `c${i}`);
const built = [10, 11, 12, 13].map((i, k) => ({ id: `c${i}`, middle: k * 100 + 50 }));

describe('the drop slot', () => {
  it('goes before the first built card whose middle is below the card in hand', () => {
    expect(slotAt(others, built, 0)).toBe(10);
    expect(slotAt(others, built, 49)).toBe(10);
    expect(slotAt(others, built, 51)).toBe(11);
    expect(slotAt(others, built, 260)).toBe(13);
  });

  it('goes after the last built card when it is below them all, counted in the whole column', () => {
    expect(slotAt(others, built, 400)).toBe(14);
    expect(
      slotAt(
        ['a', 'b'],
        [
          { id: 'a', middle: 10 },
          { id: 'b', middle: 60 },
        ],
        500,
      ),
    ).toBe(2);
  });

  it('takes the end of a column with nothing built (empty), and ignores a box for a card not listed', () => {
    expect(slotAt([], [], 100)).toBe(0);
    expect(slotAt(['a', 'b', 'c'], [], 100)).toBe(3);
    expect(
      slotAt(
        ['a'],
        [
          { id: 'gone', middle: 500 },
          { id: 'a', middle: 10 },
        ],
        100,
      ),
    ).toBe(1);
  });

  it('is stable when the card in hand moves past one: the place it shows does not flip back', () => {
    // a (0-100), hand (100-200), b (200-300): the hand's middle at 250 is past b's middle.
    expect(
      slotAt(
        ['a', 'b'],
        [
          { id: 'a', middle: 50 },
          { id: 'b', middle: 250 },
        ],
        260,
      ),
    ).toBe(2);
    // Listed after b, b moves up to 100-200 (middle 150) and the hand, still at 260, stays after it.
    expect(
      slotAt(
        ['a', 'b'],
        [
          { id: 'a', middle: 50 },
          { id: 'b', middle: 150 },
        ],
        260,
      ),
    ).toBe(2);
  });

  it('finds the card at about the same height in a neighbouring column', () => {
    const boxes = [{ top: 0 }, { top: 120 }, { top: 260 }];
    expect(nearestByTop(boxes, 130)).toBe(boxes[1]);
    expect(nearestByTop(boxes, 1000)).toBe(boxes[2]);
    expect(nearestByTop([], 10)).toBeUndefined();
  });
});
