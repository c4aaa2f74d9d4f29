// The incremental engine keeps what did not change: one change recomputes one card, a card
// that another card's rule reads (P16's offer, P10's acceptance) is recomputed with it, and a
// pass with nothing new hands back the same list. Times are Europe/Paris wall-clock times,
// on Tuesday 1 December 2026.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { createIncrementalEngine } from '../../../shared/engine/incremental.ts';
import { Board, local, localDate } from '../support/build.ts';

/** Initech offers on Monday 30 November 10:00, to answer by Friday 11 December 17:00; Acme promised Tuesday 15 December. */
function board() {
  const b = new Board()
    .add('offer', 'Initech', '2026-11-02 09:00')
    .log('offer', 'offer', '2026-11-30 10:00')
    .add('acme', 'Acme', '2026-11-09 09:00', { contacts: [{ id: 'a1', name: 'Dana Whitfield' }] })
    .round('acme', 'ar1', '2026-11-27 10:00', { interviewers: ['a1'] })
    .log('acme', 'thank_you_sent', '2026-11-27 15:00')
    .decide('acme', '2026-12-15', '2026-11-27 11:00')
    .add('hooli', 'Hooli', '2026-11-25 09:00');
  for (let i = 0; i < 20; i++) b.add(`other${i}`, `Other ${i}`, '2026-11-20 09:00').log(`other${i}`, 'thank_you_sent', '2026-11-24 16:00');
  return b.run({
    type: 'updateApplication',
    id: 'offer',
    at: local('2026-11-30 10:05'),
    fields: { offerDeadline: local('2026-12-11 17:00') },
  });
}

const noon = localDate('2026-12-01 12:00');

describe('incremental engine', () => {
  it('a pass with nothing new recomputes nothing and hands back the same list (Tuesday 1 December 2026 12:00, then 12:01)', () => {
    const b = board();
    const engine = createIncrementalEngine();
    const first = engine.pass(b.doc, noon);
    expect(first.recomputed).toBe(b.doc.applications.length);
    const again = engine.pass(b.doc, localDate('2026-12-01 12:01'));
    expect(again.recomputed).toBe(0);
    expect(again.actions).toBe(first.actions);
    expect(again.actions).toEqual(computeAllActions(b.doc, localDate('2026-12-01 12:01')));
  });

  it('one change recomputes one card (Tuesday 1 December 2026 12:00)', () => {
    const b = board();
    const engine = createIncrementalEngine();
    engine.pass(b.doc, noon);
    b.log('other3', 'employer_replied', '2026-12-01 11:00');
    const pass = engine.pass(b.doc, noon);
    expect(pass.recomputed).toBe(1);
    expect(pass.actions).toEqual(computeAllActions(b.doc, noon));
    expect(pass.reminders).toEqual(computeReminders(b.doc, noon));
  });

  it('P16: a new promised date on a card in progress also recomputes the offer, whose extension ask reads it (Tuesday 1 December 2026 12:00)', () => {
    const b = board();
    const engine = createIncrementalEngine();
    expect(engine.pass(b.doc, noon).actions.some((a) => a.applicationId === 'offer' && a.template === 'extension_request')).toBe(true);
    // Acme now expects to decide by Thursday 10 December, before the deadline: no more days to ask for.
    b.decide('acme', '2026-12-10', '2026-12-01 11:30');
    const pass = engine.pass(b.doc, noon);
    expect(pass.recomputed).toBe(2);
    expect(pass.actions.some((a) => a.applicationId === 'offer' && a.template === 'extension_request')).toBe(false);
    expect(pass.actions).toEqual(computeAllActions(b.doc, noon));
  });

  it('P10: accepting an offer recomputes every open card, each now told to withdraw (Tuesday 1 December 2026 12:00)', () => {
    const b = board();
    const engine = createIncrementalEngine();
    engine.pass(b.doc, noon);
    b.run({ type: 'acceptOffer', id: 'offer', at: local('2026-12-01 11:45'), eventId: 'accept' });
    const pass = engine.pass(b.doc, noon);
    expect(pass.actions.filter((a) => a.rule === 'P10')).toHaveLength(b.doc.applications.length - 1);
    expect(pass.actions).toEqual(computeAllActions(b.doc, noon));
  });

  it('as time passes only the cards whose result turns are recomputed: the thank-you goes from upcoming to due today to overdue (Monday 30 November 2026 11:00, Tuesday 1 December 09:00 and 12:00)', () => {
    const b = board().round('hooli', 'hr1', '2026-11-30 09:00', { minutes: 60 });
    const engine = createIncrementalEngine();
    const p2 = (now: string) => {
      const pass = engine.pass(b.doc, localDate(now));
      expect(pass.actions).toEqual(computeAllActions(b.doc, localDate(now)));
      expect(pass.dueCount).toBe(computeAllActions(b.doc, localDate(now)).filter((a) => a.status !== 'upcoming').length);
      return { status: pass.actions.find((a) => a.applicationId === 'hooli' && a.rule === 'P2')?.status, recomputed: pass.recomputed };
    };
    expect(p2('2026-11-30 11:00').status).toBe('upcoming');
    expect(p2('2026-12-01 09:00').status).toBe('due_today');
    // Between 09:00 and 12:00 only Hooli's thank-you falls due (10:00); nothing else on the board turns.
    expect(p2('2026-12-01 12:00')).toEqual({ status: 'overdue', recomputed: 1 });
  });

  it('two cards with one id are worked out whole, as the full recomputation does (Tuesday 1 December 2026 12:00)', () => {
    const b = board();
    const twin = { ...b.app('acme'), company: 'Acme twin' };
    const doc = { ...b.doc, applications: [...b.doc.applications, twin] };
    const pass = createIncrementalEngine().pass(doc, noon);
    expect(pass.actions).toEqual(computeAllActions(doc, noon));
    expect(pass.reminders).toEqual(computeReminders(doc, noon));
  });
});
