// P2 is a note to each interviewer (issue 10): with two interviewers, thanking the first
// moves the card on, and "Send a thank-you note to Tom" stays open until his is logged.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { computeActions } from '../../../shared/engine/actions.ts';
import { Board, local, localDate, policy } from '../support/build.ts';

const people = [
  { id: 'dana', name: 'Dana Reyes', email: 'dana@northwind.example' },
  { id: 'tom', name: 'Tom Okafor', email: 'tom@northwind.example' },
];

/** Interviewed Tuesday 1 December 2026 10:00-11:00 by Dana and Tom. */
const interviewed = () =>
  new Board()
    .add('a', 'Northwind', '2026-11-20 09:00', { contacts: people })
    .round('a', 'r1', '2026-12-01 10:00', { interviewers: ['dana', 'tom'], loggedAt: '2026-11-25 12:00' });

const p2Of = (b: Board, now: string) =>
  computeActions(b.app('a'), { now: localDate(now), policy: policy(), applications: b.doc.applications })
    .filter((a) => a.rule === 'P2')
    .map((a) => ({ title: a.title, due: a.due, contactId: a.contactId ?? null, key: a.key }));

describe('P2: a thank-you note to each interviewer', () => {
  it('asks for both at first, as one action naming both', () => {
    expect(p2Of(interviewed(), '2026-12-01 12:00')).toEqual([
      { title: 'Send a thank-you note to Dana and Tom', due: local('2026-12-02 11:00'), contactId: null, key: 'a:P2:r1' },
    ]);
  });

  it('after Dana is thanked, the card moves to Thank-you sent and Tom is still owed his, due at the same time', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2026-12-01 16:00', { roundId: 'r1', contactId: 'dana' });
    expect(b.app('a').stage).toBe('waiting');
    expect(p2Of(b, '2026-12-01 17:00')).toEqual([
      { title: 'Send a thank-you note to Tom', due: local('2026-12-02 11:00'), contactId: 'tom', key: 'a:P2:r1:tom' },
    ]);
  });

  it('closes once Tom is thanked too', () => {
    const b = interviewed()
      .log('a', 'thank_you_sent', '2026-12-01 16:00', { roundId: 'r1', contactId: 'dana' })
      .log('a', 'thank_you_sent', '2026-12-01 16:10', { roundId: 'r1', contactId: 'tom' });
    expect(p2Of(b, '2026-12-01 17:00')).toEqual([]);
  });

  it('a thank-you logged by hand with no recipient covers everyone in the round', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2026-12-01 16:00', { roundId: 'r1' });
    expect(p2Of(b, '2026-12-01 17:00')).toEqual([]);
  });

  it('the follow-up clock still starts from the first thank-you (P4/P5 alongside the open P2)', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2026-12-01 16:00', { roundId: 'r1', contactId: 'dana' });
    const rules = computeActions(b.app('a'), {
      now: localDate('2026-12-01 17:00'),
      policy: policy(),
      applications: b.doc.applications,
    }).map((a) => a.rule);
    expect(rules).toEqual(['P2', 'P5']);
  });
});
