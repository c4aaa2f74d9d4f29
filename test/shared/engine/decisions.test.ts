// The five decisions of the playbook's "Due times, exactly" (P16's times are in rules-offer.test.ts).
// Times are Europe/Paris wall-clock times.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { computeActions, type EngineContext } from '../../../shared/engine/actions.ts';
import { computeReminders, reminderTime } from '../../../shared/engine/reminders.ts';
import { presetPolicy } from '../../../shared/engine/policy.ts';
import type { Policy } from '../../../shared/model/types.ts';
import { Board, local, localDate, policy } from '../support/build.ts';

const ctx = (now: string, p: Policy = policy()): EngineContext => ({ now: localDate(now), policy: p });

/** Interview Thursday 1 October 2026 10:00, thank-you the same afternoon, then the given touches. */
function chased(touches: string[]) {
  const b = new Board()
    .add('a', 'Acme', '2026-09-14 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield' }] })
    .round('a', 'r1', '2026-10-01 10:00', { interviewers: ['c1'] })
    .log('a', 'thank_you_sent', '2026-10-01 15:00');
  touches.forEach((at, i) => b.log('a', i % 2 ? 'call_made' : 'follow_up_sent', at));
  return b;
}

describe('P8 on a non-working day', () => {
  it('P8: a follow-up sent on Saturday 10 October 2026 makes the second touch due Monday 26 October 09:00, not Saturday 24', () => {
    const [p8] = computeActions(chased(['2026-10-10 11:00']).app('a'), ctx('2026-10-13 09:00'));
    expect(p8).toMatchObject({ rule: 'P8', due: local('2026-10-26 09:00') });
    expect(p8!.why).toBe(
      'Your follow-up on Saturday 10 October has had no answer; on the first working day after 14 days, one short call or email is still polite (P8).',
    );
  });
});

describe('P9 under other limits', () => {
  it('P9: with maxFollowUps 3, "move on" is due 14 days after the third touch (Monday 30 November -> Monday 14 December 2026 09:00)', () => {
    const three = chased(['2026-11-02 10:00', '2026-11-16 10:00', '2026-11-30 10:00']).app('a');
    expect(computeActions(three, ctx('2026-12-01 09:00', policy({ maxFollowUps: 3 })))).toEqual([
      expect.objectContaining({ rule: 'P9', due: local('2026-12-14 09:00') }),
    ]);
    // Before the limit, P8 still asks for one more touch.
    const two = chased(['2026-11-02 10:00', '2026-11-16 10:00']).app('a');
    expect(computeActions(two, ctx('2026-11-17 09:00', policy({ maxFollowUps: 3 })))[0]).toMatchObject({
      rule: 'P8',
      due: local('2026-11-30 09:00'),
    });
  });

  it('P9: a touch past the limit does not push "move on" back: it counts from the last one the limit allows (Monday 16 November 2026 -> Monday 30 November 09:00)', () => {
    const extra = chased(['2026-11-02 10:00', '2026-11-16 10:00', '2026-11-18 10:00']).app('a');
    expect(computeActions(extra, ctx('2026-11-19 09:00'))).toEqual([
      expect.objectContaining({ rule: 'P9', due: local('2026-11-30 09:00') }),
    ]);
  });

  it('P9 never opens under "persistent": P8 repeats every 7 days, on a working day (last touch Friday 4 December 2026 -> Friday 11 December 09:00)', () => {
    const many = chased(['2026-10-13 10:00', '2026-10-20 10:00', '2026-10-27 10:00', '2026-11-03 10:00', '2026-12-04 10:00']).app('a');
    expect(computeActions(many, ctx('2026-12-05 09:00', presetPolicy('persistent')))).toEqual([
      expect.objectContaining({ rule: 'P8', due: local('2026-12-11 09:00') }),
    ]);
  });
});

describe('P12 without a contact', () => {
  it('P12 does not open when the card names no interviewer or contact (rejected Tuesday 1 December 2026); P11 still does', () => {
    const b = new Board()
      .add('a', 'Acme', '2026-11-02 09:00')
      .round('a', 'r1', '2026-11-20 10:00')
      .log('a', 'rejected', '2026-12-01 10:00');
    expect(computeActions(b.app('a'), ctx('2026-12-01 12:00')).map((a) => a.rule)).toEqual(['P11']);
  });
});

describe('quiet hours and due times', () => {
  const night = { start: 22, end: 8 };

  it('quiet hours: a reminder inside them moves to their end when that is still before the due time (Tuesday 1 December 2026 23:30 -> Wednesday 08:00)', () => {
    expect(reminderTime(localDate('2026-12-01 23:30'), localDate('2026-12-02 12:00'), night)).toEqual(localDate('2026-12-02 08:00'));
    expect(reminderTime(localDate('2026-12-01 20:00'), localDate('2026-12-01 21:00'), night)).toEqual(localDate('2026-12-01 20:00'));
  });

  it('quiet hours: when their end is after the due time, the reminder fires just before they begin (Tuesday 1 December 2026 21:59)', () => {
    expect(reminderTime(localDate('2026-12-01 23:30'), localDate('2026-12-02 07:00'), night)).toEqual(localDate('2026-12-01 21:59'));
    // After midnight, the quiet period began the evening before.
    expect(reminderTime(localDate('2026-12-02 01:00'), localDate('2026-12-02 07:00'), night)).toEqual(localDate('2026-12-01 21:59'));
  });

  it('quiet hours: P2 due at midnight (interview Tuesday 1 December 2026 20:00-21:00, 3 hours to thank) reminds at 21:59, not Wednesday 08:00', () => {
    const b = new Board()
      .add('a', 'Acme', '2026-11-02 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield' }] })
      .round('a', 'r1', '2026-12-01 20:00', { interviewers: ['c1'] });
    b.doc = { ...b.doc, settings: { ...b.doc.settings, policy: policy({ quietHours: night, thankYouWithinHours: 3 }) } };
    const due = computeReminders(b.doc, localDate('2026-12-01 12:00')).find((r) => r.key.endsWith(':due'));
    expect(due?.at).toBe(local('2026-12-01 21:59'));
  });
});
