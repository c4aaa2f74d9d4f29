export { CSV_COLUMNS, mapHeaders, type CsvColumn } from './columns.ts';
export { CSV_LIMITS, parseApplicationsCsv, type CsvError, type CsvParseResult } from './import.ts';
export { applicationsToCsv } from './export.ts';
