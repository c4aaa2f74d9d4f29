// The formats Afterview writes and reads, defined once. The contract's schema, the command
// line's --format, the desktop menu's File > Export, the "Import, export and backups" dialog
// and the files each host writes all read this table, so a format is added in one place.

export const EXPORT_FORMATS = ['json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A calendar is written but never read back; a backup and a spreadsheet are both. */
export const IMPORT_FORMATS = ['json', 'csv'] as const satisfies readonly ExportFormat[];
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface FormatInfo {
  /** The file name's extension, without the dot. */
  extension: string;
  mimeType: string;
  /** The exported file's name before its date: afterview-backup-2026-12-01.json. */
  baseName: string;
  /** File > Export in the desktop menu. */
  menuLabel: string;
  /** The button in the "Import, export and backups" dialog. */
  buttonLabel: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  json: {
    extension: 'json',
    mimeType: 'application/json',
    baseName: 'afterview-backup',
    menuLabel: 'Everything as JSON (full backup)…',
    buttonLabel: 'Everything (.json)',
  },
  csv: {
    extension: 'csv',
    mimeType: 'text/csv',
    baseName: 'afterview-applications',
    menuLabel: 'Applications as CSV (spreadsheet)…',
    buttonLabel: 'Spreadsheet (.csv)',
  },
  ics: {
    extension: 'ics',
    mimeType: 'text/calendar',
    baseName: 'afterview-calendar',
    menuLabel: 'Due actions as a calendar (.ics)…',
    buttonLabel: 'Calendar of due dates (.ics)',
  },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** The name an export is saved under on a given local day (YYYY-MM-DD). */
export function exportFileName(format: ExportFormat, day: string): string {
  return `${FORMAT_INFO[format].baseName}-${day}.${FORMAT_INFO[format].extension}`;
}

/** "json, csv or ics": the formats in a sentence. */
export function formatsInWords(formats: readonly ExportFormat[] = EXPORT_FORMATS): string {
  return formats.length < 2 ? formats.join('') : `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
}

/** What a file picker for an import accepts: ".json,.csv,application/json,text/csv". */
export const IMPORT_ACCEPT = [
  ...IMPORT_FORMATS.map((f) => `.${FORMAT_INFO[f].extension}`),
  ...IMPORT_FORMATS.map((f) => FORMAT_INFO[f].mimeType),
].join(',');
