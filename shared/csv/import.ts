// parseApplicationsCsv: a spreadsheet's rows to applications, or every problem with the row
// and column where it is. A file that is empty, binary or too large gets one clear sentence.
import Papa from 'papaparse';
import type { Application } from '../model/types.ts';
import { stableId } from '../model/ids.ts';
import { mapHeaders, type CsvColumn } from './columns.ts';
import { slashOrderOf, type SlashOrder } from './values.ts';
import { rowToApplication, type CsvError } from './row.ts';

export type { CsvError } from './row.ts';

export type CsvParseResult =
  { ok: true; applications: Application[]; usedColumns: string[]; ignoredColumns: string[] } | { ok: false; errors: CsvError[] };

export const CSV_LIMITS = { maxChars: 20 * 1024 * 1024, maxRows: 50_000, maxErrors: 100 };

/** How the user said the file writes slashed dates: day first (10/02 is 10 February) or month first. */
export type DateOrder = 'dmy' | 'mdy';

export const slashOrderFor = (order: DateOrder): SlashOrder => (order === 'dmy' ? 'day-first' : 'month-first');

export const DATE_COLUMNS: readonly CsvColumn[] = [
  'applied_on',
  'interview_at',
  'decision_by',
  'thank_you_sent_at',
  'follow_up_sent_at',
  'second_follow_up_sent_at',
  'employer_replied_at',
  'offer_at',
  'rejected_at',
  'feedback_requested_at',
  'closed_at',
];

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Control characters other than tab, newline and carriage return, and undecodable bytes.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control > sample.length * 0.05;
}

const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** The rows below the header that become applications (blank rows are skipped on import). */
function applicationRowCount(rows: readonly string[][]): number {
  let count = 0;
  for (let i = 1; i < rows.length; i++) if (!isBlankRow(rows[i]!)) count += 1;
  return count;
}

/** The file split into rows with its header mapped, or the problems that stop it being read at all. */
export function readCsvTable(
  text: string,
):
  | { ok: true; rows: string[][]; headers: string[]; mapping: ReturnType<typeof mapHeaders>; parseErrors: Papa.ParseError[] }
  | { ok: false; errors: CsvError[] } {
  const content = text.replace(/^\ufeff/, '');
  const file = (message: string) => ({ ok: false as const, errors: [{ row: 0, column: '', message }] });
  if (content.length > CSV_LIMITS.maxChars)
    return file('The file is larger than 20 MB; split it into smaller files and import them one by one.');
  if (content.trim() === '') return file('The file is empty; it needs a header row and one row per application.');
  if (looksBinary(content))
    return file('This file does not look like a CSV (it contains binary data); export your spreadsheet as CSV and try again.');

  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: false });
  const rows = parsed.data;
  const headers = (rows[0] ?? []).map((h) => h.trim());
  // The limit counts applications: the header, the empty row Papaparse reads after a final
  // newline, and blank lines in between are skipped on import, so they do not count either.
  if (applicationRowCount(rows) > CSV_LIMITS.maxRows)
    return file(`The file has more than ${CSV_LIMITS.maxRows.toLocaleString('en')} applications; split it into smaller files.`);

  const mapping = mapHeaders(headers);
  const errors: CsvError[] = [];
  for (const required of ['company', 'role'] as const) {
    if (mapping.indexOf[required] === undefined) {
      errors.push({
        row: 1,
        column: required,
        message: `no ${required} column; name one "${required}"${required === 'company' ? ' (or "Employer")' : ' (or "Position", "Job Title")'}`,
      });
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, rows, headers, mapping, parseErrors: parsed.errors };
}

/** Every cell of the file's date columns, below the header. */
export function dateCellsOf(rows: readonly string[][], mapping: ReturnType<typeof mapHeaders>): string[] {
  const columns = [...DATE_COLUMNS, 'offer_deadline' as const].map((c) => mapping.indexOf[c]).filter((i): i is number => i !== undefined);
  return rows.slice(1).flatMap((cells) => columns.map((i) => cells[i] ?? ''));
}

/**
 * Reads the file. Slashed dates are read in `dateOrder` when the user chose one; without it,
 * in the order the file's unambiguous dates imply, and a date that reads two ways is an error.
 */
export function parseApplicationsCsv(text: string, opts: { now: Date; dateOrder?: DateOrder }): CsvParseResult {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const { rows, headers, mapping } = table;
  const errors: CsvError[] = [];
  const parsed = { errors: table.parseErrors };
  for (const e of parsed.errors) {
    // Papaparse guesses a delimiter for one-column files and says so; that is not a problem.
    if (e.code === 'UndetectableDelimiter') continue;
    errors.push({ row: (e.row ?? 0) + 1, column: '', message: e.message });
  }

  const applications: Application[] = [];
  const usedIds = new Set<string>();
  const slashOrder = opts.dateOrder ? slashOrderFor(opts.dateOrder) : slashOrderOf(dateCellsOf(rows, mapping));
  for (let i = 1; i < rows.length && errors.length < CSV_LIMITS.maxErrors; i++) {
    const cells = rows[i]!;
    if (isBlankRow(cells)) continue;
    const result = rowToApplication({
      cells,
      row: i + 1,
      headers,
      mapping,
      now: opts.now,
      usedIds,
      makeId: (seed) => stableId('app', seed),
      slashOrder,
    });
    if ('errors' in result) errors.push(...result.errors);
    else applications.push(result.app);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, CSV_LIMITS.maxErrors) };
  return { ok: true, applications, usedColumns: mapping.used, ignoredColumns: mapping.ignored };
}
