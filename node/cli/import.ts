// `afterview import FILE [--data-dir DIR]`: adds the applications of a JSON backup or a CSV
// file to the data, all or nothing. It refuses while the app holds the data (the app would
// not see the change and could overwrite it) and backs the data up before changing it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importContent } from '../services/exchange/import-export.ts';
import { defaultDataDir } from '../services/paths.ts';
import { openForChange } from './open-for-change.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { cannotReadFile } from './sentences.ts';

export const IMPORT_HELP = `Usage: afterview import FILE [--data-dir DIR]

Adds the applications in FILE to your Afterview data. FILE is a JSON backup (from
"afterview export --format json" or the app) or a CSV file, told apart by its content.
Nothing changes unless every row is valid; applications already there (same company,
role and applied date) are skipped. The data is backed up first.

  --data-dir DIR    the data folder (default: the desktop app's, or AFTERVIEW_DATA_DIR)
  -h, --help        show this help

Close Afterview first: the import refuses while the app holds the data.
Exit status: 0 done, 1 nothing imported (the file has a problem), 2 wrong usage,
3 Afterview is open and holds the data.`;

/** The data folder a command works on: --data-dir, else the app's (honouring io.env). */
export function dataDirFor(option: string | undefined, io: CliIo): string {
  if (option) return path.resolve(io.cwd, option);
  return defaultDataDir({ platform: process.platform, env: io.env, homedir: os.homedir() });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function run(argv: string[], io: CliIo): Promise<number> {
  let file: string;
  let dataDir: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(`${IMPORT_HELP}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new Error('name one file to import');
    file = path.resolve(io.cwd, positionals[0]!);
    dataDir = dataDirFor(values['data-dir'], io);
  } catch (error) {
    io.stderr(`afterview import: ${(error as Error).message}.\n\n${IMPORT_HELP}\n`);
    return EXIT.usage;
  }

  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    io.stderr(`afterview import: ${cannotReadFile(file)}\n`);
    return EXIT.dataProblem;
  }

  const store = await openForChange(dataDir, io.now, io, 'import', 'nothing was imported');
  if (typeof store === 'number') return store;
  try {
    const result = importContent(store.doc, { fileName: path.basename(file), content }, io.now());
    if (!result.ok) {
      io.stderr(`afterview import: ${result.error.message}\n`);
      return EXIT.dataProblem;
    }
    const { doc, summary } = result.value;
    if (summary.added + summary.updated > 0) {
      const backup = await store.backup('import');
      io.stderr(`Backed up the data first (${backup.id}).\n`);
      await store.save(doc);
    }
    io.stdout(
      `Imported ${path.basename(file)}: ${plural(summary.added, 'application')} added, ${summary.updated} updated, ${summary.skipped} skipped as already there.\n`,
    );
    if (summary.ignoredColumns.length > 0) io.stdout(`Columns not understood and left out: ${summary.ignoredColumns.join(', ')}.\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const importSubcommand: Subcommand = {
  summary: 'add applications from a JSON backup or a CSV file',
  run,
};
