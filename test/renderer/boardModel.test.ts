import { describe, expect, it } from 'vitest';
import { createAnnouncements } from '../../renderer/src/board/announcements.ts';
import { columnId, findColumn, fullIndex, placeCard, stageOfColumnId, type Columns } from '../../renderer/src/view-model/boardModel.ts';

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

  it('places the card in hand at an index among the other cards of a column', () => {
    expect(placeCard(cols(), 'a', 'interviewing', 1).interviewing).toEqual(['c', 'a', 'd', 'e']);
    expect(placeCard(cols(), 'a', 'interviewing', 2).interviewing).toEqual(['c', 'd', 'a', 'e']);
    // Past the end is the end; below zero is the top.
    expect(placeCard(cols(), 'a', 'interviewing', Infinity).interviewing).toEqual(['c', 'd', 'e', 'a']);
    expect(placeCard(cols(), 'a', 'interviewing', -3).interviewing).toEqual(['a', 'c', 'd', 'e']);
    const toEmpty = placeCard(cols(), 'a', 'waiting', 0);
    expect(toEmpty.waiting).toEqual(['a']);
    expect(toEmpty.applied).toEqual(['b']);
    // Within its own column: the other cards keep their order around it.
    expect(placeCard(cols(), 'c', 'interviewing', 2).interviewing).toEqual(['d', 'e', 'c']);
    expect(placeCard(cols(), 'c', 'interviewing', 2).applied).toEqual(['a', 'b']);
    // Already there: the same columns, so nothing renders.
    const same = cols();
    expect(placeCard(same, 'a', 'applied', 0)).toBe(same);
    expect(placeCard(same, 'nope', 'applied', 0)).toBe(same);
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
    expect(say.onDragOver({ active: active('a'), over: over(columnId('applied')) })).toBeUndefined();
    current = placeCard(cols(), 'a', 'interviewing', 1);
    expect(say.onDragOver({ active: active('a'), over: over(columnId('interviewing')) })).toBe(
      'Acme, Designer is over Interviewing, position 2 of 4.',
    );
    // A move within the column says the new place once, and nothing while it stays.
    current = placeCard(current, 'a', 'interviewing', 2);
    expect(say.onDragMove!({ active: active('a'), over: over(columnId('interviewing')) })).toBe(
      'Acme, Designer is over Interviewing, position 3 of 4.',
    );
    expect(say.onDragMove!({ active: active('a'), over: over(columnId('interviewing')) })).toBeUndefined();
    // Over a folded column (which does not list it): its end.
    expect(say.onDragOver({ active: active('a'), over: over(columnId('closed')) })).toBe('Acme, Designer is over Closed, position 2 of 2.');
    expect(say.onDragMove!({ active: active('a'), over: null })).toBe('Acme, Designer is not over a column.');
    current = placeCard(current, 'a', 'interviewing', 1);
    dropped = current;
    expect(say.onDragEnd({ active: active('a'), over: over(columnId('interviewing')) })).toBe(
      'Dropped Acme, Designer in Interviewing, position 2 of 4.',
    );
    expect(say.onDragCancel({ active: active('a'), over: null })).toBe('Cancelled. Acme, Designer is back in Applied, position 1 of 2.');
  });
});
