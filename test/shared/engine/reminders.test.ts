// Reminder times the notification scheduler uses (P2, P6, due times) and P14's board advice.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('America/Chicago');

import { describe, expect, it } from 'vitest';
import { boardAdvice, computeReminders, outsideQuietHours } from '../../../shared/engine/reminders.ts';
import { Board, local, localDate } from '../support/build.ts';

const interviewed = () =>
  new Board().add('a', 'Acme', '2022-01-03 09:00').round('a', 'r1', '2022-01-14 10:00', { loggedAt: '2022-01-10 09:00' });

describe('P2 reminders', () => {
  it('fire when the interview ends, when 4 hours are left, and at the due time', () => {
    const reminders = computeReminders(interviewed().doc, localDate('2022-01-14 10:30'));
    expect(reminders.map((r) => [r.key.split(':').at(-1), r.at, r.rule])).toEqual([
      ['ended', local('2022-01-14 11:00'), 'P2'],
      ['4h-left', local('2022-01-15 07:00'), 'P2'],
      ['due', local('2022-01-15 11:00'), 'P2'],
    ]);
    expect(reminders[1]!.title).toBe('Thank-you note due in 4 hours');
  });

  it('keep their keys while the situation stays the same', () => {
    const early = computeReminders(interviewed().doc, localDate('2022-01-14 10:30'));
    const later = computeReminders(interviewed().doc, localDate('2022-01-14 10:45'));
    expect(later.map((r) => r.key)).toEqual(early.map((r) => r.key));
  });

  it('after a gap, only the latest passed reminder of an action is kept for catching up', () => {
    const reminders = computeReminders(interviewed().doc, localDate('2022-01-15 08:00'));
    expect(reminders.map((r) => r.key.split(':').at(-1))).toEqual(['4h-left', 'due']);
  });

  it('stop once the thank-you is logged', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 12:00');
    expect(computeReminders(b.doc, localDate('2022-01-14 12:30')).some((r) => r.rule === 'P2')).toBe(false);
  });
});

describe('P6: draft the follow-up the day before', () => {
  it('follows draftReminderDaysBefore and can be turned off with 0', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 12:00');
    const two = b.run({ type: 'updateSettings', settings: { policy: { draftReminderDaysBefore: 2 } } });
    expect(computeReminders(two.doc, localDate('2022-01-15 09:00')).find((r) => r.key.endsWith(':draft'))?.at).toBe(
      local('2022-01-26 09:00'),
    );
    const off = b.run({ type: 'updateSettings', settings: { policy: { draftReminderDaysBefore: 0 } } });
    expect(computeReminders(off.doc, localDate('2022-01-15 09:00')).map((r) => r.key.split(':').at(-1))).toEqual(['due']);
  });
});

describe('quiet hours', () => {
  it('move a reminder inside them to the moment they end, overnight included', () => {
    const quiet = { start: 22, end: 7 };
    expect(outsideQuietHours(localDate('2022-01-14 23:30'), quiet).toISOString()).toBe(local('2022-01-15 07:00'));
    expect(outsideQuietHours(localDate('2022-01-15 05:00'), quiet).toISOString()).toBe(local('2022-01-15 07:00'));
    expect(outsideQuietHours(localDate('2022-01-15 12:00'), quiet).toISOString()).toBe(local('2022-01-15 12:00'));
    expect(outsideQuietHours(localDate('2022-01-15 13:00'), { start: 12, end: 14 }).toISOString()).toBe(local('2022-01-15 14:00'));
  });

  it('apply to computed reminders', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-01-03 09:00')
      .round('a', 'r1', '2022-01-14 21:30')
      .run({ type: 'updateSettings', settings: { policy: { quietHours: { start: 22, end: 7 } } } });
    const ended = computeReminders(b.doc, localDate('2022-01-14 21:45')).find((r) => r.key.endsWith(':ended'));
    expect(ended?.at).toBe(local('2022-01-15 07:00'));
  });
});

describe('P14: keep applying', () => {
  it('shows when fewer than 3 applications are in progress, with a weekly key, and never as a reminder', () => {
    const b = interviewed().add('b', 'Birch', '2022-01-04 09:00');
    const advice = boardAdvice(b.doc, localDate('2022-01-14 12:00'));
    expect(advice).toMatchObject({ rule: 'P14', key: 'P14:2022-W02' });
    expect(advice!.why).toMatch(/2 applications in progress.*\(P14\)\.$/);
    expect(boardAdvice(b.doc, localDate('2022-01-17 12:00'))!.key).toBe('P14:2022-W03');
    expect(computeReminders(b.doc, localDate('2022-01-14 12:00')).some((r) => r.rule === 'P14')).toBe(false);
  });

  it('is quiet with 3 in progress, and once an offer is accepted', () => {
    const three = interviewed().add('b', 'Birch', '2022-01-04 09:00').add('c', 'Cobalt', '2022-01-04 09:00');
    expect(boardAdvice(three.doc, localDate('2022-01-14 12:00'))).toBeNull();
    const accepted = interviewed().run({ type: 'acceptOffer', id: 'a', at: local('2022-01-20 10:00'), eventId: 'x' });
    expect(boardAdvice(accepted.doc, localDate('2022-01-21 12:00'))).toBeNull();
  });
});
