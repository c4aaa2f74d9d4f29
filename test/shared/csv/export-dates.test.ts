// CSV export writes every date one way, "YYYY-MM-DD HH:MM" local time (issue 10: one column
// mixed bare dates, minutes and ISO instants with seconds).
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv } from '../../../shared/csv/index.ts';
import { Board, local } from '../support/build.ts';

describe('CSV export dates', () => {
  it('are all "YYYY-MM-DD HH:MM", whether logged at midnight, on the minute or with seconds', () => {
    const b = new Board()
      // Applied at midnight on Friday 20 November 2026; interviewed Tuesday 1 December 10:00.
      .add('a', 'Northwind', '2026-11-20 00:00')
      .round('a', 'r1', '2026-12-01 10:00', { loggedAt: '2026-11-25 12:00' })
      // Marked sent from a draft: the instant has seconds and milliseconds.
      .run({ type: 'logEvent', id: 'a', event: { id: 'ty', kind: 'thank_you_sent', at: '2026-12-01T15:42:17.385Z', roundId: 'r1' } })
      .add('b', 'Birch & Co', '2026-11-21 09:30');
    const rows = Papa.parse<Record<string, string>>(applicationsToCsv(b.doc.applications), { header: true }).data;
    const dated = rows.flatMap((r) => Object.entries(r).filter(([k, v]) => (k.endsWith('_at') || k === 'applied_on') && v !== ''));
    expect(dated.length).toBeGreaterThanOrEqual(4);
    for (const [column, value] of dated) expect(value, column).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows[0]).toMatchObject({
      applied_on: '2026-11-20 00:00',
      interview_at: '2026-12-01 10:00',
      thank_you_sent_at: '2026-12-01 15:42',
    });
    expect(local('2026-12-01 10:00')).toBe('2026-12-01T10:00:00.000Z');
  });
});
