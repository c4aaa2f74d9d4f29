// The first screen (issue 14): the top of each column with those cards' actions, as the
// engine works them out over the whole board, and the board-wide counts.
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CARDS, firstScreenOf } from '../../../shared/board/first-screen.ts';
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
    const expectedIds = new Set(STAGE_IDS.flatMap((s) => doc.columns[s].slice(0, FIRST_SCREEN_CARDS)));
    expect(new Set(first.doc.applications.map((a) => a.id))).toEqual(expectedIds);
    expect(first.doc.applications).toHaveLength(7 * FIRST_SCREEN_CARDS);
    expect(first.doc.settings).toEqual(doc.settings);
    expect(first.doc.templates).toEqual(doc.templates);
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
