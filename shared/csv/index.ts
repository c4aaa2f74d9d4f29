export { CSV_COLUMNS, mapHeaders, type CsvColumn } from './columns.ts';
export { CSV_LIMITS, parseApplicationsCsv, type CsvError, type CsvParseResult, type DateOrder } from './import.ts';
export { FIELD_LABELS, previewApplicationsCsv, type CsvPreview, type PreviewCell, type PreviewColumn } from './preview.ts';
export { applicationsToCsv } from './export.ts';
