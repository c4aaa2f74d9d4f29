// check send-time: at night or at the weekend in the recipient's zone, with a suggested time.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { sendTimeAdvice, sendTimeCheck, recipientTimeZone } from '../../../shared/checks/index.ts';
import { Board } from '../support/build.ts';

const card = (location: string, timeZone?: string) => ({
  ...new Board().add('a', 'Acme', '2026-11-02 09:00').app('a'),
  location,
  ...(timeZone ? { timeZone } : {}),
});

describe('check send-time', () => {
  it('check send-time: Tuesday 1 December 2026 23:30 in London is night; suggest Wednesday 09:00 London time', () => {
    const check = sendTimeCheck(new Date('2026-12-01T23:30:00Z'), card('London, UK'));
    expect(check).toMatchObject({ id: 'send-time', suggestedAt: '2026-12-02T09:00:00.000Z' });
    expect(check!.message).toBe(
      'It will be Tuesday 23:30 in London when this arrives; sending it Wednesday at 09:00 their time lands it at the top of a working morning.',
    );
  });

  it('check send-time: Saturday 5 December 2026 10:00 in New York is the weekend; suggest Monday 7 December 09:00 there (14:00 UTC)', () => {
    expect(sendTimeAdvice(new Date('2026-12-05T15:00:00Z'), card('New York, NY'))).toMatchObject({
      theirTime: 'Saturday 10:00',
      suggestedAt: new Date('2026-12-07T14:00:00Z'),
    });
  });

  it('check send-time: early on a working day waits until 09:00 that day; working hours are fine (Tuesday 1 December 2026)', () => {
    expect(sendTimeAdvice(new Date('2026-12-01T06:00:00Z'), card('London'))?.suggestedAt).toEqual(new Date('2026-12-01T09:00:00Z'));
    expect(sendTimeCheck(new Date('2026-12-01T10:00:00Z'), card('London'))).toBeNull();
  });

  it("check send-time: the card's timeZone field wins over its location; an unknown place uses the user's zone", () => {
    // Tuesday 1 December 2026 21:00 UTC: 22:00 in Paris, 13:00 in Los Angeles.
    expect(sendTimeCheck(new Date('2026-12-01T21:00:00Z'), card('Paris', 'America/Los_Angeles'))).toBeNull();
    expect(recipientTimeZone(card('Remote'))).toBeNull();
    expect(sendTimeAdvice(new Date('2026-12-01T21:00:00Z'), card('Remote'))).toMatchObject({ theirTime: 'Tuesday 22:00', zone: null });
  });

  it('check send-time: the suggestion is right across a clock change (Saturday 28 March 2026 in Paris -> Monday 30 March 09:00 CEST)', () => {
    expect(sendTimeAdvice(new Date('2026-03-28T09:00:00Z'), card('Paris'))?.suggestedAt).toEqual(new Date('2026-03-30T07:00:00Z'));
  });
});
