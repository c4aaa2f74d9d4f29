// The CSV row limit counts applications, not lines: a file of exactly CSV_LIMITS.maxRows
// applications that ends with a newline (as every spreadsheet writes it) imports; one more is
// refused with one sentence. `now` is pinned to Monday 24 January 2022, 12:00 New York.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('America/New_York');

import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, parseApplicationsCsv } from '../../../shared/csv/index.ts';

const now = new Date('2022-01-24T17:00:00.000Z');

function csvOf(count: number, lineEnd = '\n'): string {
  const lines = ['company,role'];
  for (let i = 0; i < count; i++) lines.push(`Company ${i},Engineer`);
  return lines.join(lineEnd) + lineEnd;
}

describe('the CSV import limit (issue 14)', () => {
  it('is the limit the command line and the app enforce: 50,000 applications', () => {
    expect(CSV_LIMITS.maxRows).toBe(50_000);
  });

  it('imports a file of exactly the limit that ends with a newline', () => {
    const result = parseApplicationsCsv(csvOf(CSV_LIMITS.maxRows), { now });
    expect(result.ok && result.applications.length).toBe(CSV_LIMITS.maxRows);
  });

  it('imports exactly the limit with Windows line ends and blank lines at the end', () => {
    const result = parseApplicationsCsv(csvOf(CSV_LIMITS.maxRows, '\r\n') + '\r\n\r\n', { now });
    expect(result.ok && result.applications.length).toBe(CSV_LIMITS.maxRows);
  });

  it('refuses one application over the limit, saying how many it takes', () => {
    const result = parseApplicationsCsv(csvOf(CSV_LIMITS.maxRows + 1), { now });
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 0, column: '', message: 'The file has more than 50,000 applications; split it into smaller files.' }],
    });
  });
});
