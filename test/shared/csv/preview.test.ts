// The import preview (issue 10): the column mapping, the first rows as they will be read,
// and the order of slashed dates, detected from the file or chosen by the user.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { parseApplicationsCsv, previewApplicationsCsv } from '../../../shared/csv/index.ts';
import { impliedDateOrder } from '../../../shared/csv/preview.ts';
import { ambiguousSlashDate, slashOrderOf } from '../../../shared/csv/values.ts';

const now = new Date('2026-12-01T10:00:00.000Z');
const ambiguous =
  'Company,Job Title,Date Applied,Status,Salary\nAcme,Designer,10/02/2026,Applied,90k\nBirch,Engineer,03/04/2026 14:30,Interviewing,\n';

describe('slashed date order', () => {
  it('tells day first from a first part over 12 and month first from a second part over 12', () => {
    expect(slashOrderOf(['10/02/2026', '25/02/2026'])).toBe('day-first');
    expect(slashOrderOf(['10/02/2026', '02/25/2026'])).toBe('month-first');
    expect(slashOrderOf(['10/02/2026'])).toBeNull();
    expect(impliedDateOrder('company,role,applied\nA,B,10/02/2026\nC,D,13/02/2026\n')).toEqual({ ambiguous: '10/02/2026', implied: 'dmy' });
    expect(impliedDateOrder('company,role,applied\nA,B,10/02/2026\nC,D,12/31/2026\n')).toEqual({ ambiguous: '10/02/2026', implied: 'mdy' });
  });

  it('calls a date ambiguous only when it reads two different ways', () => {
    expect(ambiguousSlashDate(['2026-02-10', '05/05/2026', '25/02/2026'])).toBeNull();
    expect(ambiguousSlashDate(['25/02/2026', ' 10/02/2026 '])).toBe('10/02/2026');
  });
});

describe('previewApplicationsCsv', () => {
  it('maps each header to its field, names the ignored ones, and reads the first rows', () => {
    const preview = previewApplicationsCsv(ambiguous, { order: 'dmy' });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.columns).toEqual([
      { header: 'Company', field: 'company' },
      { header: 'Job Title', field: 'role' },
      { header: 'Date Applied', field: 'applied_on' },
      { header: 'Status', field: 'stage' },
      { header: 'Salary', field: null },
    ]);
    expect(preview.rowCount).toBe(2);
    expect(preview.rows.map((r) => [r.row, ...r.cells.map((c) => c.value)])).toEqual([
      [2, 'Acme', 'Designer', '10 Feb 2026', 'Applied'],
      [3, 'Birch', 'Engineer', '3 Apr 2026 14:30', 'Interviewing'],
    ]);
    expect(preview.dates).toEqual({ ambiguous: '10/02/2026', implied: null });
  });

  it('reads the same rows month first when that is chosen', () => {
    const preview = previewApplicationsCsv(ambiguous, { order: 'mdy' });
    if (!preview.ok) throw new Error('not ok');
    expect(preview.rows.map((r) => r.cells[2]!.value)).toEqual(['2 Oct 2026', '4 Mar 2026 14:30']);
  });

  it('without a choice, uses the order the file implies, or shows the date as a problem', () => {
    const implied = previewApplicationsCsv(`${ambiguous}Cobalt,PM,21/03/2026,Applied,\n`);
    if (!implied.ok) throw new Error('not ok');
    expect(implied.dates.implied).toBe('dmy');
    expect(implied.rows[0]!.cells[2]!.value).toBe('10 Feb 2026');
    const unknown = previewApplicationsCsv(ambiguous);
    if (!unknown.ok) throw new Error('not ok');
    expect(unknown.rows[0]!.cells[2]).toMatchObject({ value: '10/02/2026', problem: expect.stringContaining('day-first or month-first') });
  });

  it('limits the rows shown and skips empty lines', () => {
    const text = `company,role\n${Array.from({ length: 8 }, (_, i) => `C${i},R`).join('\n')}\n\n`;
    const preview = previewApplicationsCsv(text, { rows: 3 });
    if (!preview.ok) throw new Error('not ok');
    expect(preview.rows).toHaveLength(3);
    expect(preview.rowCount).toBe(8);
  });

  it('reports a file it cannot read the way the import does', () => {
    expect(previewApplicationsCsv('name,salary\nA,B\n')).toMatchObject({ ok: false, errors: [{ column: 'company' }, { column: 'role' }] });
    expect(previewApplicationsCsv('')).toMatchObject({ ok: false, errors: [{ row: 0 }] });
  });
});

describe('parseApplicationsCsv with a chosen date order', () => {
  it('reads ambiguous dates in the chosen order, and refuses them when nothing tells', () => {
    const dmy = parseApplicationsCsv(ambiguous, { now, dateOrder: 'dmy' });
    const mdy = parseApplicationsCsv(ambiguous, { now, dateOrder: 'mdy' });
    if (!dmy.ok || !mdy.ok) throw new Error('not ok');
    const applied = (r: typeof dmy) => r.applications[0]!.events.find((e) => e.kind === 'applied')?.at;
    expect(applied(dmy)).toBe(new Date(2026, 1, 10).toISOString());
    expect(applied(mdy)).toBe(new Date(2026, 9, 2).toISOString());
    const none = parseApplicationsCsv(ambiguous, { now });
    expect(none.ok).toBe(false);
  });
});
