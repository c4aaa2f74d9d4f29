// Promised dates in words, resolved against the mail's date in the user's zone. The mail is
// sent on Tuesday 1 December 2026, 10:00 in London.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { promisedDate } from '../../../shared/capture/decision-date.ts';

const sent = new Date('2026-12-01T10:00:00Z');

describe('promisedDate (P15)', () => {
  it.each([
    ['We will decide by the end of next week.', '2026-12-11', 'Friday 11 December'],
    ['We expect to get back to you early next month.', '2027-01-10', 'Sunday 10 January'],
    ['We hope to make a decision by mid-January.', '2027-01-20', 'Wednesday 20 January'],
    ['You will hear from us by Friday.', '2026-12-04', 'Friday 4 December'],
    ['We will let you know by the end of the month.', '2026-12-31', 'Thursday 31 December'],
    ['Expect an update by 15 January.', '2027-01-15', 'Friday 15 January'],
    ['We hope to have an answer by the beginning of next month.', '2027-01-10', 'Sunday 10 January'],
    ['We will get back to you within two weeks.', '2026-12-15', 'Tuesday 15 December'],
    ['We expect to decide by next Wednesday.', '2026-12-09', 'Wednesday 9 December'],
    ['You should hear from us by the end of this week.', '2026-12-04', 'Friday 4 December'],
    ['We will be in touch late January.', '2027-01-31', 'Sunday 31 January'],
  ])('%s -> %s (%s)', (text, day) => {
    expect(promisedDate(text, sent)?.day).toBe(day);
  });

  it('takes the latest date of a promise: meeting others this week, deciding by the end of next week (Friday 11 December 2026)', () => {
    expect(
      promisedDate('We are meeting a few more candidates this week and expect to make a decision by the end of next week.', sent)?.day,
    ).toBe('2026-12-11');
  });

  it('keeps the words it read the date from', () => {
    expect(promisedDate('We will decide by the end of next week.', sent)?.words).toBe('end of next week');
  });

  it('ignores dates that are not a promise, and past ones', () => {
    expect(promisedDate('It was great to meet you last Tuesday.', sent)).toBeNull();
    expect(promisedDate('Thanks for coming in.', sent)).toBeNull();
  });

  it('counts from the local day of the mail: sent late Sunday night in Tokyo, "by Friday" is that week', () => {
    process.env.TZ = 'Asia/Tokyo';
    try {
      // Sunday 6 December 2026, 23:30 in Tokyo (14:30 UTC).
      expect(promisedDate('We will decide by Friday.', new Date('2026-12-06T14:30:00Z'))?.day).toBe('2026-12-11');
    } finally {
      process.env.TZ = 'Europe/London';
    }
  });
});
