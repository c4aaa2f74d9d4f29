// `afterview export --format json|csv|ics [--out FILE] [--data-dir DIR]`: writes the data
// as a JSON backup, a CSV or a calendar, to the file or to standard output. It only reads,
// so it works while the app is open.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportContent, type ExportFormat } from '../services/exchange/import-export.ts';
import { defaultDataDir } from '../services/paths.ts';
import { openDocumentStore } from '../services/storage/document-store.ts';
import { processIo, type CliIo } from './import.ts';

export const EXPORT_USAGE = 'Usage: afterview export --format json|csv|ics [--out FILE] [--data-dir DIR]\n';
const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'ics'];

export async function exportCommand(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let format: ExportFormat;
  let out: string | undefined;
  let dataDir: string;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { format: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
    if (!values.format || !FORMATS.includes(values.format as ExportFormat)) throw new Error('choose --format json, csv or ics');
    format = values.format as ExportFormat;
    out = values.out;
    dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  } catch (error) {
    io.err(`${(error as Error).message}.\n${EXPORT_USAGE}`);
    return 64;
  }

  const now = io.now ?? (() => new Date());
  const store = await openDocumentStore({ dataDir, clock: now });
  try {
    if (store.notice) io.err(`${store.notice}\n`);
    const file = exportContent(store.doc, format, now());
    if (!out) {
      io.out(file.content);
      return 0;
    }
    try {
      fs.writeFileSync(out, file.content);
    } catch {
      io.err(`Could not write ${out}; check that the folder exists and you can write to it.\n`);
      return 73;
    }
    io.err(`Exported ${store.doc.applications.length} applications to ${out}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
