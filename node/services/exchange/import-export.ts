// Import and export of the user's data, for the app (through the contract) and the
// command line. An import is all-or-nothing: it either returns the whole new document or
// an error naming the row and field, and the caller only saves a returned document.
import type { ImportSummary } from '../../../shared/ipc/contract.ts';
import { fail, ok, type Result } from '../../../shared/ipc/result.ts';
import { DocumentSchema } from '../../../shared/model/schema.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { applicationsToCsv, parseApplicationsCsv, type CsvError } from '../../../shared/csv/index.ts';
import { decodeBackup, encodeBackup } from '../../../shared/exchange/json-backup.ts';
import { mergeApplications } from '../../../shared/exchange/merge.ts';
import { formatLocalDay } from '../../../shared/dates/local.ts';
import { exportFileName, FORMAT_INFO, type ExportFormat, type ImportFormat } from '../../../shared/exchange/formats.ts';
import { calendarOf } from './ics.ts';
import { CALENDAR_NOT_IMPORTED, CSV_UNREADABLE } from '../sentences.ts';

export interface ExportedFile {
  fileName: string;
  content: string;
  mimeType: string;
}

export interface ImportedDocument {
  doc: AfterviewDocument;
  summary: ImportSummary;
}

/** The format a file is in, told by its content first and its extension second. */
export function detectFormat(fileName: string, content: string): ImportFormat | 'ics' {
  const start = content.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('BEGIN:VCALENDAR')) return 'ics';
  if (/\.json$/i.test(fileName)) return 'json';
  return 'csv';
}

const csvMessage = (e: CsvError): string =>
  e.row > 0 ? `Row ${e.row}${e.column ? `, column "${e.column}"` : ''}: ${e.message}` : e.message;

function finish(
  before: AfterviewDocument,
  merged: { doc: AfterviewDocument; added: number; updated: number; skipped: number },
  columns: { usedColumns: string[]; ignoredColumns: string[] },
): Result<ImportedDocument> {
  // The last gate of all-or-nothing: the merged document must be one we would save.
  const checked = DocumentSchema.safeParse(merged.doc);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return fail('import_failed', `Nothing was imported: ${path || 'the result'} ${issue?.message ?? 'is not valid'}.`, path || undefined);
  }
  const summary: ImportSummary = { added: merged.added, updated: merged.updated, skipped: merged.skipped, ...columns };
  return ok({ doc: merged.added + merged.updated === 0 ? before : checked.data, summary });
}

export function importContent(
  doc: AfterviewDocument,
  file: { fileName: string; content: string; dateOrder?: 'dmy' | 'mdy' },
  now: Date,
): Result<ImportedDocument> {
  const format = detectFormat(file.fileName, file.content);
  if (format === 'ics') {
    return fail('import_failed', CALENDAR_NOT_IMPORTED);
  }
  if (format === 'json') {
    const decoded = decodeBackup(file.content.replace(/^\ufeff/, ''));
    if (!decoded.ok) return fail('import_failed', decoded.message, decoded.path);
    const backup = decoded.doc;
    const noColumns = { usedColumns: [], ignoredColumns: [] };
    if (doc.applications.length === 0) {
      // Onto an empty board a backup comes back whole: settings and templates included.
      return finish(doc, { doc: backup, added: backup.applications.length, updated: 0, skipped: 0 }, noColumns);
    }
    const merged = mergeApplications(doc, backup.applications, { mode: 'replace', now });
    const known = new Set(merged.doc.templates.map((t) => t.id));
    const templates = [...merged.doc.templates, ...backup.templates.filter((t) => !t.builtIn && !known.has(t.id))];
    return finish(doc, { ...merged, doc: { ...merged.doc, templates } }, noColumns);
  }
  const parsed = parseApplicationsCsv(file.content, file.dateOrder ? { now, dateOrder: file.dateOrder } : { now });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    if (!first) return fail('import_failed', CSV_UNREADABLE);
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problem${parsed.errors.length > 2 ? 's' : ''})` : '';
    const path = first.row > 0 ? `row ${first.row}${first.column ? `, ${first.column}` : ''}` : undefined;
    return fail('import_failed', `Nothing was imported. ${csvMessage(first).replace(/\.$/, '')}${more}.`, path);
  }
  const merged = mergeApplications(doc, parsed.applications, { mode: 'fields', now });
  return finish(doc, merged, { usedColumns: parsed.usedColumns, ignoredColumns: parsed.ignoredColumns });
}

export function exportContent(doc: AfterviewDocument, format: ExportFormat, now: Date): ExportedFile {
  const fileName = exportFileName(format, formatLocalDay(now));
  let content: string;
  if (format === 'json') content = encodeBackup(doc);
  else if (format === 'ics') content = calendarOf(doc, now);
  else content = applicationsToCsv(doc.applications);
  return { fileName, content, mimeType: FORMAT_INFO[format].mimeType };
}
