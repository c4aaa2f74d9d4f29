// Command-line options of the web host: `npm run web -- --port 5757 --data-dir DIR --no-open`.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/paths.ts';

export interface WebHostOptions {
  port: number;
  dataDir: string;
  open: boolean;
}

export function parseWebHostArgs(argv: string[]): { ok: true; options: WebHostOptions } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '5757' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}. Try --help.` };
  }
  if (values.help) {
    return {
      ok: false,
      message: 'Usage: npm run web -- [--port 5757] [--data-dir DIR] [--no-open]\nServes Afterview on http://127.0.0.1 only, with the same data as the desktop app.',
    };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, message: `--port must be a number from 0 to 65535, not "${values.port}".` };
  }
  return { ok: true, options: { port, dataDir: values['data-dir'] ?? defaultDataDir(), open: !values['no-open'] } };
}
