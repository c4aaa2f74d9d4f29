// P10 reads as due today, calmly (issue 10): accepting an offer must not paint every other
// card red a minute later. Due at the moment of acceptance; overdue only from the next day.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { Board, local, localDate } from '../support/build.ts';

/** Offer accepted from Meridian on Tuesday 1 December 2026 10:00; Northwind still open. */
const accepted = () =>
  new Board()
    .add('m', 'Meridian', '2026-11-02 09:00')
    .add('n', 'Northwind', '2026-11-05 09:00')
    .log('m', 'offer', '2026-11-30 15:00')
    .run({ type: 'acceptOffer', id: 'm', at: local('2026-12-01 10:00'), eventId: 'acc' });

const p10At = (now: string) => computeAllActions(accepted().doc, localDate(now)).filter((a) => a.rule === 'P10');

describe('P10: tell every other open application at once, calmly', () => {
  it('is due at the moment of acceptance', () => {
    expect(p10At('2026-12-01 10:00').map((a) => [a.applicationId, a.due])).toEqual([['n', local('2026-12-01 10:00')]]);
  });

  it('reads as due today a minute later and all that day, not overdue', () => {
    for (const now of ['2026-12-01 10:00', '2026-12-01 10:01', '2026-12-01 23:59']) expect(p10At(now)[0]!.status, now).toBe('due_today');
  });

  it('is overdue from the next day, Wednesday 2 December 2026', () => {
    expect(p10At('2026-12-02 00:01')[0]!.status).toBe('overdue');
  });
});
