// Daylight-saving changes, in Europe/Berlin (clocks go back on Sunday 30 October 2022 and
// forward on Sunday 27 March 2022). Day-counted rules stay at 09:00 on the wall clock; P2,
// counted in hours, stays an exact number of hours.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Berlin');

import { describe, expect, it } from 'vitest';
import { computeActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { toLocalIso } from '../../../shared/dates/local.ts';
import { Board, localDate, policy } from '../support/build.ts';

const first = (b: Board, now: string) =>
  computeActions(b.app('a'), { now: localDate(now), policy: policy(), applications: b.doc.applications })[0]!;
const localIso = (iso: string | null) => toLocalIso(new Date(iso!));

describe('daylight-saving changes', () => {
  it('runs in the zone it claims', () => {
    expect(new Date(2022, 0, 1).getTimezoneOffset()).toBe(-60);
    expect(new Date(2022, 6, 1).getTimezoneOffset()).toBe(-120);
  });

  it('P4 across the autumn change: Friday 28 October + 2 working days is Tuesday 1 November 09:00 winter time', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-10-01 09:00')
      .round('a', 'r', '2022-10-20 10:00')
      .decide('a', '2022-10-28')
      .log('a', 'thank_you_sent', '2022-10-20 15:00');
    expect(localIso(first(b, '2022-10-21 09:00').due)).toBe('2022-11-01T09:00:00+01:00');
  });

  it('P5 across the spring change: 14 days after Friday 18 March is Friday 1 April 09:00 summer time', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-03-01 09:00')
      .round('a', 'r', '2022-03-18 10:00')
      .log('a', 'thank_you_sent', '2022-03-18 15:00');
    expect(localIso(first(b, '2022-03-19 09:00').due)).toBe('2022-04-01T09:00:00+02:00');
  });

  it('P2 over the autumn night stays exactly 24 hours after the interview end', () => {
    const b = new Board().add('a', 'Acme', '2022-10-01 09:00').round('a', 'r', '2022-10-29 10:00');
    const p2 = first(b, '2022-10-29 12:00');
    expect(Date.parse(p2.due!) - localDate('2022-10-29 11:00').getTime()).toBe(24 * 3600_000);
    expect(localIso(p2.due)).toBe('2022-10-30T10:00:00+01:00');
  });

  it('P6 the day before a follow-up due just after the spring change is still at 09:00', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-03-01 09:00')
      .round('a', 'r', '2022-03-18 10:00')
      .decide('a', '2022-03-24')
      .log('a', 'thank_you_sent', '2022-03-18 15:00');
    const reminders = computeReminders(b.doc, localDate('2022-03-20 09:00'));
    expect(reminders.map((r) => localIso(r.at))).toEqual(['2022-03-27T09:00:00+02:00', '2022-03-28T09:00:00+02:00']);
  });
});
