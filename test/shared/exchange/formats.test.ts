import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, formatsInWords, IMPORT_ACCEPT, isExportFormat } from '../../../shared/exchange/formats.ts';
import { requestSchemas } from '../../../shared/ipc/contract.ts';

describe('export formats, defined once', () => {
  it('names each export by its kind and day', () => {
    expect(EXPORT_FORMATS.map((f) => exportFileName(f, '2026-12-01'))).toEqual([
      'afterview-backup-2026-12-01.json',
      'afterview-applications-2026-12-01.csv',
      'afterview-calendar-2026-12-01.ics',
    ]);
  });
  it('says the formats in a sentence and tells a format from anything else', () => {
    expect(formatsInWords()).toBe('json, csv or ics');
    expect(isExportFormat('ics')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });
  it('lets an import picker offer only what can be read back', () => {
    expect(IMPORT_ACCEPT).toBe('.json,.csv,application/json,text/csv');
  });
  it('is what the contract accepts for data:export', () => {
    for (const format of EXPORT_FORMATS) expect(requestSchemas['data:export'].safeParse({ format }).success).toBe(true);
    expect(requestSchemas['data:export'].safeParse({ format: 'pdf' }).success).toBe(false);
  });
});
