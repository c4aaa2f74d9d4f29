// Command-line options of the web host: `npm run web -- --port 5757 --data-dir DIR --no-open`.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/paths.ts';

export interface WebHostOptions {
  port: number;
  dataDir: string;
  open: boolean;
  /** Tests only: the host's clock starts at this instant and runs from there. */
  testClockStart: Date | null;
}

/** The environment variable Afterview's own test fixtures set; nothing else should. */
export const TEST_MODE_ENV = 'AFTERVIEW_TEST_MODE';

export function parseWebHostArgs(
  argv: string[],
  env: Record<string, string | undefined> = {},
): { ok: true; options: WebHostOptions } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '5757' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        'test-clock': { type: 'string' },
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
      message:
        'Usage: npm run web -- [--port 5757] [--data-dir DIR] [--no-open]\nServes Afterview on http://127.0.0.1 only, with the same data as the desktop app.',
    };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, message: `--port must be a number from 0 to 65535, not "${values.port}".` };
  }
  let testClockStart: Date | null = null;
  if (values['test-clock'] !== undefined) {
    // A pinned clock would make every reminder and due time wrong for a real user, so it is
    // refused unless the test fixtures started this host.
    if (env[TEST_MODE_ENV] !== '1') {
      return {
        ok: false,
        message: "--test-clock is only for Afterview's own tests; leave it out and Afterview uses the computer's clock.",
      };
    }
    testClockStart = new Date(values['test-clock']);
    if (Number.isNaN(testClockStart.getTime())) {
      return { ok: false, message: `--test-clock must be a date and time such as 2026-12-01T10:00:00Z, not "${values['test-clock']}".` };
    }
  }
  return { ok: true, options: { port, dataDir: values['data-dir'] ?? defaultDataDir(), open: !values['no-open'], testClockStart } };
}
