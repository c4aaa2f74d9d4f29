// The playbook's worked example, to the minute, in a zone far from UTC (Auckland is +13:00
// in January), so a slip between local days and UTC days cannot hide.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Pacific/Auckland');

import { describe, expect, it } from 'vitest';
import { computeActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { toLocalIso } from '../../../shared/dates/local.ts';
import { Board, local, localDate, policy } from '../support/build.ts';

function example(): Board {
  return new Board()
    .add('a', 'Northwind', '2022-01-03 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield', email: 'dana@northwind.example' }] })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1'], loggedAt: '2022-01-10 12:00' })
    .decide('a', '2022-01-21', '2022-01-14 11:00');
}

const at = (b: Board, now: string) =>
  computeActions(b.app('a'), { now: localDate(now), policy: policy(), applications: b.doc.applications });

describe('worked example (P2, P4, P6, P8)', () => {
  it('runs in the zone it claims', () => {
    expect(new Date(2022, 0, 14).getTimezoneOffset()).toBe(-13 * 60);
  });

  it('P2: the thank-you is due Saturday 15 January 11:00', () => {
    const [p2] = at(example(), '2022-01-14 11:30');
    expect(p2).toMatchObject({
      rule: 'P2',
      status: 'upcoming',
      template: 'thank_you_email',
      contactId: 'c1',
      title: 'Send a thank-you note to Dana',
    });
    expect(toLocalIso(new Date(p2!.due!))).toBe('2022-01-15T11:00:00+13:00');
    expect(p2!.why).toContain('(P2)');
  });

  it('P4: after the thank-you on the 14th, the follow-up is due Tuesday 25 January 09:00', () => {
    const b = example().log('a', 'thank_you_sent', '2022-01-14 16:00');
    const [p4] = at(b, '2022-01-20 12:00');
    expect(p4).toMatchObject({ rule: 'P4', template: 'follow_up_email', status: 'upcoming' });
    expect(p4!.due).toBe(local('2022-01-25 09:00'));
    expect(p4!.why).toBe('They said they would decide by Friday 21 January; two working days later it is fair to ask (P4).');
    expect(at(b, '2022-01-25 08:00')[0]!.status).toBe('due_today');
    expect(at(b, '2022-01-25 09:01')[0]!.status).toBe('overdue');
  });

  it('P6: the reminder to draft comes Monday 24 January 09:00', () => {
    const b = example().log('a', 'thank_you_sent', '2022-01-14 16:00');
    const reminders = computeReminders(b.doc, localDate('2022-01-20 12:00'));
    const draft = reminders.find((r) => r.key.endsWith(':draft'));
    expect(draft?.at).toBe(local('2022-01-24 09:00'));
    expect(draft?.body).toContain('P6');
    expect(reminders.map((r) => r.at)).toEqual([local('2022-01-24 09:00'), local('2022-01-25 09:00')]);
  });

  it('P6: from Monday 24 January 09:00 the card says to draft the follow-up now and send it Tuesday', () => {
    const b = example().log('a', 'thank_you_sent', '2022-01-14 16:00');
    expect(at(b, '2022-01-24 08:59')[0]!.title).toBe('Send a follow-up note');
    expect(at(b, '2022-01-24 09:00')[0]!.title).toBe('Draft the follow-up now, send it Tuesday');
    expect(at(b, '2022-01-25 08:00')[0]!.title).toBe('Send a follow-up note');
  });

  it('P8: the follow-up sent on the 25th with no answer leads to one more touch Tuesday 8 February 09:00', () => {
    const b = example().log('a', 'thank_you_sent', '2022-01-14 16:00').log('a', 'follow_up_sent', '2022-01-25 10:00');
    expect(b.app('a').stage).toBe('followed_up');
    const [p8] = at(b, '2022-01-26 12:00');
    expect(p8).toMatchObject({ rule: 'P8', template: 'follow_up_call_script' });
    expect(p8!.due).toBe(local('2022-02-08 09:00'));
  });
});
