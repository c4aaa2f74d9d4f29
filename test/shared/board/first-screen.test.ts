// The first screen (issue 14): the top of each column with those cards' actions, as the
// engine works them out over the whole board, and the board-wide counts.
import { describe, expect, it } from 'vitest';
import { COMING_UP_ROWS, FIRST_SCREEN_CARDS, firstScreenOf, TODAY_FIRST_ROWS } from '../../../shared/board/first-screen.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { sampleDocument } from '../../fixtures/data/generate.ts';

// Tuesday 1 December 2026, 09:00 UTC: the sample's dates (2024) are all in the past, so its
// cards carry overdue actions.
const NOW = new Date('2026-12-01T09:00:00Z');

/** The sample with an offer accepted on the last card of Offer: P10 then turns every other open card to a withdrawal. */
function withAcceptanceAtTheBottom(count: number): { doc: AfterviewDocument; acceptedId: string } {
  const doc = sampleDocument(count);
  const acceptedId = doc.columns.offer.at(-1)!;
  const applications = doc.applications.map((a) =>
    a.id === acceptedId
      ? { ...a, events: [...a.events, { id: `${a.id}-yes`, kind: 'accepted' as const, at: '2024-04-01T10:00:00.000Z', note: '' }] }
      : a,
  );
  return { doc: { ...doc, applications }, acceptedId };
}

describe('firstScreenOf', () => {
  it('holds the top of every column, every column whole, and the settings', () => {
    const doc = sampleDocument(700); // 100 a column
    const first = firstScreenOf(doc, computeAllActions(doc, NOW));
    for (const stage of STAGE_IDS) {
      expect(first.doc.columns[stage]).toEqual(doc.columns[stage]);
      expect(doc.columns[stage].length).toBe(100);
    }
    const ids = new Set(first.doc.applications.map((a) => a.id));
    for (const stage of STAGE_IDS) for (const id of doc.columns[stage].slice(0, FIRST_SCREEN_CARDS)) expect(ids.has(id)).toBe(true);
    // The rest are the cards of Today's first rows: at most that many more.
    expect(first.doc.applications.length).toBeLessThanOrEqual(7 * FIRST_SCREEN_CARDS + TODAY_FIRST_ROWS + COMING_UP_ROWS);
    expect(first.doc.settings).toEqual(doc.settings);
    expect(first.doc.templates).toEqual(doc.templates);
  });

  it('holds the cards of Today’s first rows and of "Coming up", wherever they are in their columns', () => {
    // Thursday 1 February 2024, 09:00 UTC: the sample has actions due and actions to come.
    const doc = sampleDocument(700);
    const all = computeAllActions(doc, new Date('2024-02-01T09:00:00Z'));
    const due = all.filter((a) => a.due !== null && a.status !== 'upcoming');
    const upcoming = all.filter((a) => a.due !== null && a.status === 'upcoming');
    expect(due.length).toBeGreaterThan(TODAY_FIRST_ROWS);
    expect(upcoming.length).toBeGreaterThan(COMING_UP_ROWS);
    // No column tops asked for: only Today's cards are sent.
    const first = firstScreenOf(doc, all, 0);
    const sent = new Set(first.doc.applications.map((a) => a.id));
    expect(sent).toEqual(new Set([...due.slice(0, TODAY_FIRST_ROWS), ...upcoming.slice(0, COMING_UP_ROWS)].map((a) => a.applicationId)));
    // Today's list on the first screen begins with the same rows, in the same order, as the whole one.
    const ownDue = first.actions.filter((a) => a.due !== null && a.status !== 'upcoming');
    const ownUpcoming = first.actions.filter((a) => a.due !== null && a.status === 'upcoming');
    expect(ownDue.slice(0, TODAY_FIRST_ROWS)).toEqual(due.slice(0, TODAY_FIRST_ROWS));
    expect(ownUpcoming.slice(0, COMING_UP_ROWS)).toEqual(upcoming.slice(0, COMING_UP_ROWS));
    // Some of those cards are far down their columns, beyond any column's top.
    const deep = [...sent].filter((id) => STAGE_IDS.every((s) => !doc.columns[s].slice(0, FIRST_SCREEN_CARDS).includes(id)));
    expect(deep.length).toBeGreaterThan(0);
  });

  it('gives those cards the actions worked out over the whole board (P10 from a card it does not send)', () => {
    const { doc, acceptedId } = withAcceptanceAtTheBottom(700);
    const all = computeAllActions(doc, NOW);
    const first = firstScreenOf(doc, all);
    expect(first.doc.applications.some((a) => a.id === acceptedId)).toBe(false);
    const shown = new Set(first.doc.applications.map((a) => a.id));
    expect(first.actions).toEqual(all.filter((a) => shown.has(a.applicationId)));
    // The acceptance far down the Offer column reaches the top cards: they are to be withdrawn.
    expect(first.actions.some((a) => a.rule === 'P10')).toBe(true);
  });

  it('counts what is due and overdue over every card, not only the ones it sends', () => {
    const doc = sampleDocument(700);
    const all = computeAllActions(doc, NOW);
    const first = firstScreenOf(doc, all);
    const due = all.filter((a) => a.due !== null && a.status !== 'upcoming');
    expect(first.counts).toEqual({ today: due.length, overdue: due.filter((a) => a.status === 'overdue').length });
    expect(first.counts.overdue).toBeGreaterThan(first.actions.filter((a) => a.status === 'overdue').length);
  });

  it('sends a short column whole, and an empty board as it is', () => {
    const small = sampleDocument(10);
    const first = firstScreenOf(small, computeAllActions(small, NOW));
    expect(first.doc.applications).toEqual(small.applications);
    const empty = sampleDocument(0);
    expect(firstScreenOf(empty, [])).toMatchObject({ actions: [], counts: { today: 0, overdue: 0 } });
  });
});
