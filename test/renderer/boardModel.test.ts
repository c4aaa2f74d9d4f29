import { describe, expect, it } from 'vitest';
import { createAnnouncements } from '../../renderer/src/board/announcements.ts';
import { columnId, findColumn, fullIndex, moveAcross, stageOfColumnId, type Columns } from '../../renderer/src/view-model/boardModel.ts';

const cols = (over: Partial<Columns> = {}): Columns => ({
  applied: ['a', 'b'],
  interviewing: ['c', 'd', 'e'],
  waiting: [],
  followed_up: [],
  offer: [],
  rejected: [],
  closed: ['z'],
  ...over,
});

describe('board model', () => {
  it('tells column ids from card ids', () => {
    expect(stageOfColumnId(columnId('waiting'))).toBe('waiting');
    expect(stageOfColumnId('waiting')).toBeNull();
    expect(findColumn(cols(), 'd')).toBe('interviewing');
    expect(findColumn(cols(), columnId('offer'))).toBe('offer');
    expect(findColumn(cols(), 'nope')).toBeNull();
  });

  it('moves a card across above or below the card it is over, or to the end', () => {
    expect(moveAcross(cols(), 'a', 'interviewing', 'd', false).interviewing).toEqual(['c', 'a', 'd', 'e']);
    expect(moveAcross(cols(), 'a', 'interviewing', 'd', true).interviewing).toEqual(['c', 'd', 'a', 'e']);
    const toEmpty = moveAcross(cols(), 'a', 'waiting', null, false);
    expect(toEmpty.waiting).toEqual(['a']);
    expect(toEmpty.applied).toEqual(['b']);
    // Within its own column nothing changes here (sorting does that on drop).
    const same = cols();
    expect(moveAcross(same, 'a', 'applied', 'b', true)).toBe(same);
  });

  it('maps a drop among shown (filtered or shortened) cards to a place in the full column', () => {
    const full = ['a', 'b', 'c', 'd', 'x'];
    expect(fullIndex(full, ['a', 'b', 'c', 'd', 'x'], 'x')).toBe(4);
    // Search shows b and d; x dropped between them lands right after b.
    expect(fullIndex(['a', 'b', 'c', 'd'], ['b', 'x', 'd'], 'x')).toBe(2);
    // Dropped first among shown cards: before the first shown one.
    expect(fullIndex(['a', 'b', 'c', 'd'], ['x', 'c'], 'x')).toBe(2);
  });
});

describe('drag announcements', () => {
  const names: Record<string, string> = { a: 'Acme, Designer', c: 'Cobalt, Writer' };
  let current = cols();
  const start = cols();
  let dropped = cols();
  const say = createAnnouncements({
    nameOf: (id) => names[id] ?? id,
    startItems: () => start,
    currentItems: () => current,
    droppedItems: () => dropped,
  });
  const active = (id: string) => ({ id, data: { current: undefined }, rect: { current: { initial: null, translated: null } } }) as never;
  const over = (id: string) =>
    ({ id, rect: { top: 0, left: 0, width: 0, height: 0, right: 0, bottom: 0 }, disabled: false, data: { current: undefined } }) as never;

  it('uses card and column names and "position N of M", never ids', () => {
    expect(say.onDragStart({ active: active('a') })).toBe('Picked up Acme, Designer. It is in Applied, position 1 of 2.');
    // The first "over" is the card's own place: nothing new to say.
    expect(say.onDragOver({ active: active('a'), over: over('a') })).toBeUndefined();
    current = moveAcross(cols(), 'a', 'interviewing', 'd', false);
    expect(say.onDragOver({ active: active('a'), over: over('d') })).toBe('Acme, Designer is over Interviewing, position 3 of 4.');
    expect(say.onDragOver({ active: active('a'), over: over(columnId('waiting')) })).toBe(
      'Acme, Designer is over Thank-you sent, position 1 of 1.',
    );
    dropped = current;
    expect(say.onDragEnd({ active: active('a'), over: over('d') })).toBe('Dropped Acme, Designer in Interviewing, position 2 of 4.');
    expect(say.onDragCancel({ active: active('a'), over: null })).toBe('Cancelled. Acme, Designer is back in Applied, position 1 of 2.');
  });
});
