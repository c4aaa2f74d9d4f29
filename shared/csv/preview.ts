// What an import of a CSV file will do, shown before it is done (issue 10): which of the
// file's columns become which Afterview field, the first rows as they will be read, and how
// slashed dates are read when the file does not say (10/02/2026: 10 February or October 2).
import { format } from 'date-fns';
import type { CsvColumn } from './columns.ts';
import { readDeadline } from './deadline.ts';
import { STAGE_TITLES } from '../model/stage-titles.ts';
import { DATE_COLUMNS, dateCellsOf, readCsvTable, slashOrderFor, type CsvError, type DateOrder } from './import.ts';
import { ambiguousSlashDate, readInstant, readStage, slashOrderOf, type Read } from './values.ts';

/** The Afterview field each column fills, in the words the app uses for it. */
export const FIELD_LABELS: Record<CsvColumn, string> = {
  id: 'Id',
  company: 'Company',
  role: 'Role',
  stage: 'Stage',
  location: 'Location',
  url: 'Job posting',
  applied_on: 'Applied',
  interview_at: 'Interview',
  interview_minutes: 'Interview length (min)',
  interviewers: 'Interviewers',
  decision_by: 'Decision by',
  thank_you_sent_at: 'Thank-you sent',
  follow_up_sent_at: 'Follow-up sent',
  second_follow_up_sent_at: 'Second follow-up sent',
  employer_replied_at: 'Employer replied',
  offer_at: 'Offer received',
  offer_deadline: 'Offer deadline',
  rejected_at: 'Rejected',
  feedback_requested_at: 'Feedback requested',
  closed_at: 'Closed',
  outcome: 'Outcome',
  topic: 'Topic',
  skills: 'Skills',
  notes: 'Notes',
};

export interface PreviewColumn {
  /** The header as the file writes it. */
  header: string;
  /** The field it fills, or null when Afterview does not read it. */
  field: CsvColumn | null;
}

export interface PreviewCell {
  field: CsvColumn;
  /** The value as Afterview will read it ("10 Feb 2026"), or '' for an empty cell. */
  value: string;
  /** Why the cell cannot be read; the import would stop on it. */
  problem?: string;
}

export interface DatePreview {
  /** A slashed date in the file that reads two ways, or null when there is none. */
  ambiguous: string | null;
  /** The order the file's unambiguous dates imply, or null when they imply none (or both). */
  implied: DateOrder | null;
}

export type CsvPreview =
  | {
      ok: true;
      columns: PreviewColumn[];
      fields: CsvColumn[];
      rows: { row: number; cells: PreviewCell[] }[];
      rowCount: number;
      dates: DatePreview;
    }
  | { ok: false; errors: CsvError[] };

const DATE_FIELDS = new Set<CsvColumn>([...DATE_COLUMNS, 'offer_deadline']);

function dateWords(date: Date): string {
  return date.getHours() === 0 && date.getMinutes() === 0 ? format(date, 'd MMM yyyy') : format(date, 'd MMM yyyy HH:mm');
}

function cellOf(field: CsvColumn, text: string, order: DateOrder | null): PreviewCell {
  if (!text) return { field, value: '' };
  if (DATE_FIELDS.has(field)) {
    const slash = order ? slashOrderFor(order) : null;
    const read: Read<Date> = field === 'offer_deadline' ? readDeadline(text, slash) : readInstant(text, slash);
    return read.ok ? { field, value: dateWords(read.value) } : { field, value: text, problem: read.problem };
  }
  if (field === 'stage') {
    const read = readStage(text);
    return read.ok ? { field, value: STAGE_TITLES[read.value.stage] } : { field, value: text, problem: read.problem };
  }
  return { field, value: text };
}

/** How slashed dates are to be read when nobody chose: the file's own evidence, if any. */
export function impliedDateOrder(text: string): DatePreview {
  const table = readCsvTable(text);
  if (!table.ok) return { ambiguous: null, implied: null };
  return datesOf(dateCellsOf(table.rows, table.mapping));
}

function datesOf(cells: string[]): DatePreview {
  const order = slashOrderOf(cells);
  return { ambiguous: ambiguousSlashDate(cells), implied: order === 'day-first' ? 'dmy' : order === 'month-first' ? 'mdy' : null };
}

/**
 * The preview of importing `text`. Dates are read in `order` when given, else in the order
 * the file implies; a date that reads two ways with no order to go by shows its problem.
 */
export function previewApplicationsCsv(text: string, opts: { order?: DateOrder | null; rows?: number } = {}): CsvPreview {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const { rows, headers, mapping } = table;
  const dates = datesOf(dateCellsOf(rows, mapping));
  const order = opts.order ?? dates.implied;
  const fieldAt = new Map<number, CsvColumn>();
  for (const [field, index] of Object.entries(mapping.indexOf) as [CsvColumn, number][]) fieldAt.set(index, field);
  const columns: PreviewColumn[] = headers
    .map((header, i) => ({ header, field: fieldAt.get(i) ?? null }))
    .filter((c) => c.header !== '' || c.field);
  const fields = headers.map((_, i) => fieldAt.get(i)).filter((f): f is CsvColumn => f !== undefined);
  const body = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  const shown = body.slice(0, opts.rows ?? 5).map(({ cells, row }) => ({
    row,
    cells: fields.map((field) => cellOf(field, (cells[mapping.indexOf[field]!] ?? '').trim(), order)),
  }));
  return { ok: true, columns, fields, rows: shown, rowCount: body.length, dates };
}
