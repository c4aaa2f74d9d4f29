// The card fields issue 12 adds are editable through updateApplication, as the panel edits them.
import { describe, expect, it } from 'vitest';
import { Board, local } from '../support/build.ts';

describe('updateApplication: P16 and P7 fields', () => {
  it('P16: the offer deadline, the company note (P7) and the time zone are set, and the deadline can be cleared', () => {
    // Tuesday 1 December 2026 12:00 UTC.
    const b = new Board().add('a', 'Acme', '2026-11-02 09:00').run({
      type: 'updateApplication',
      id: 'a',
      at: '2026-12-01T12:00:00.000Z',
      fields: { offerDeadline: local('2026-12-11 17:00'), likedAboutCompany: 'the research culture', timeZone: 'Europe/London' },
    });
    expect(b.app('a')).toMatchObject({
      offerDeadline: local('2026-12-11 17:00'),
      likedAboutCompany: 'the research culture',
      timeZone: 'Europe/London',
      role: 'Product Designer',
    });
    b.run({ type: 'updateApplication', id: 'a', at: '2026-12-01T12:01:00.000Z', fields: { offerDeadline: null } });
    expect(b.app('a').offerDeadline).toBeNull();
    expect(b.app('a').likedAboutCompany).toBe('the research culture');
  });
});
