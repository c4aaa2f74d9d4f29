// `afterview import FILE [--data-dir DIR]`: adds the applications of a JSON backup or a CSV
// file to the data, all or nothing. It refuses while the app holds the data (the app would
// not see the change and could overwrite it) and backs the data up before changing it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importContent } from '../services/exchange/import-export.ts';
import { defaultDataDir } from '../services/paths.ts';
import { openDocumentStore } from '../services/storage/document-store.ts';
import { DataLockedError } from '../services/storage/lock.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now?: () => Date;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export const IMPORT_USAGE = 'Usage: afterview import FILE [--data-dir DIR]\n';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Runs the command; resolves to the process exit code. */
export async function importCommand(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let file: string;
  let dataDir: string;
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new Error('name one file to import');
    file = positionals[0]!;
    dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  } catch (error) {
    io.err(`${(error as Error).message}.\n${IMPORT_USAGE}`);
    return 64;
  }

  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    io.err(`Could not read ${file}; check the path and try again.\n`);
    return 66;
  }

  const now = io.now ?? (() => new Date());
  let store;
  try {
    store = await openDocumentStore({ dataDir, lock: 'cli', clock: now });
  } catch (error) {
    if (error instanceof DataLockedError) {
      io.err(`${error.message}\n`);
      return 75;
    }
    throw error;
  }
  try {
    if (store.notice) io.err(`${store.notice}\n`);
    if (store.readOnly) {
      io.err('Nothing was imported: this data was saved by a newer version of Afterview.\n');
      return 1;
    }
    const result = importContent(store.doc, { fileName: path.basename(file), content }, now());
    if (!result.ok) {
      io.err(`${result.error.message}\n`);
      return 1;
    }
    const { doc, summary } = result.value;
    if (summary.added + summary.updated > 0) {
      const backup = await store.backup('import');
      io.err(`Backed up the data first (${backup.id}).\n`);
      store.save(doc);
    }
    io.out(
      `Imported ${path.basename(file)}: ${plural(summary.added, 'application')} added, ${summary.updated} updated, ${summary.skipped} skipped as already there.\n`,
    );
    if (summary.ignoredColumns.length > 0) io.out(`Columns not understood and left out: ${summary.ignoredColumns.join(', ')}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
