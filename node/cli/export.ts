// `afterview export --format json|csv|ics [--out FILE] [--data-dir DIR]`: writes the data
// as a JSON backup, a CSV or a calendar, to the file or to standard output. It only reads
// (the way `afterview due` does: no lock, an older file migrated in memory, a damaged one
// reported, never restored or backed up), so it works while the app is open.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, formatsInWords, isExportFormat, type ExportFormat } from '../../shared/exchange/formats.ts';
import { exportContent } from '../services/exchange/import-export.ts';
import { dataDirFor } from './import.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { readDocumentForCli } from './read-data.ts';
import { cannotWriteFile } from './sentences.ts';

export const EXPORT_HELP = `Usage: afterview export --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--data-dir DIR]

Writes your Afterview data: json is a full backup (imports back exactly), csv one row per
application, ics a calendar of upcoming interviews and every open action's due time
(overdue ones marked).

  --format FORMAT   ${formatsInWords()}
  --out FILE        write to FILE instead of standard output
  --data-dir DIR    the data folder (default: the desktop app's, or AFTERVIEW_DATA_DIR)
  -h, --help        show this help

Nothing in the data folder is changed, so this works while Afterview is open.
Exit status: 0 done, 1 the data could not be read or the file could not be written,
2 wrong usage.`;

async function run(argv: string[], io: CliIo): Promise<number> {
  let format: ExportFormat;
  let out: string | undefined;
  let dataDir: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(`${EXPORT_HELP}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
    if (!isExportFormat(values.format)) throw new Error(`choose --format ${formatsInWords()}`);
    format = values.format;
    out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out);
    dataDir = dataDirFor(values['data-dir'], io);
  } catch (error) {
    io.stderr(`afterview export: ${(error as Error).message}.\n\n${EXPORT_HELP}\n`);
    return EXIT.usage;
  }

  const data = readDocumentForCli(dataDir, { whenMissing: 'open the app and add an application first' });
  if (!data.ok) {
    io.stderr(`afterview export: ${data.message}\n`);
    return EXIT.dataProblem;
  }
  if (data.notice) io.stderr(`${data.notice}\n`);
  const file = exportContent(data.doc, format, io.now());
  if (!out) {
    io.stdout(file.content);
    return EXIT.ok;
  }
  try {
    fs.writeFileSync(out, file.content);
  } catch {
    io.stderr(`afterview export: ${cannotWriteFile(out)}\n`);
    return EXIT.dataProblem;
  }
  io.stderr(`Exported ${data.doc.applications.length} applications to ${out}.\n`);
  return EXIT.ok;
}

export const exportSubcommand: Subcommand = {
  summary: 'write the data as a JSON backup, a CSV or an ICS calendar',
  run,
};
