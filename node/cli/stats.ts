// `afterview stats`: the Insights numbers (funnel, Sankey flows, response times, promises,
// weekly rhythm) for a period, as tables or one JSON object. Reads a CSV or the app's data,
// read-only, so it works while the app is open.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseApplicationsCsv } from '../../shared/csv/index.ts';
import { computeInsights, parsePeriod } from '../../shared/insights/index.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { dataDirFor } from './import.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { readDocumentForCli } from './read-data.ts';
import { statsText } from './stats-text.ts';

export const STATS_HELP = `Usage: afterview stats [--data-dir DIR | --csv FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]

The whole search at a glance, from each application's history: how many heard back, were
interviewed and got an offer; how long employers took to reply and to decide; whether they
answered by the date they gave; and applications, thank-yous and follow-ups week by week.

  --data-dir DIR    the data folder (default: the desktop app's, or AFTERVIEW_DATA_DIR)
  --csv FILE        read applications from a CSV file instead
  --from DAY        count applications sent on or after DAY (local), e.g. 2026-11-02
  --to DAY          count applications sent on or before DAY (local)
  --json            print one JSON object (funnel, sankey, responseDays, promises, rhythm)
  -h, --help        show this help

Days are local (set TZ to change the time zone).
Exit status: 0 done, 1 the data could not be read, 2 wrong usage.`;

type Values = { csv?: string; 'data-dir'?: string; from?: string; to?: string; json?: boolean; help?: boolean };

const usage = (io: CliIo, sentence: string) => {
  io.stderr(`afterview stats: ${sentence}\n`);
  return EXIT.usage;
};

async function readCsv(name: string, now: Date, io: CliIo): Promise<AfterviewDocument | string> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read ${name} (${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}); check the path and try again.`;
  }
  const result = parseApplicationsCsv(text, { now });
  if (result.ok) return { ...emptyDocument(), applications: result.applications };
  const [first, ...more] = result.errors;
  const where = first!.row === 0 ? name : `${name} row ${first!.row}${first!.column ? `, column ${first!.column}` : ''}`;
  const rest = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
  return `${where}: ${first!.message.replace(/[.;]\s*$/, '')}${rest}; fix the file and run again.`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: Values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        csv: { type: 'string' },
        'data-dir': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(io, `${(error as Error).message.replace(/\.$/, '')}; run "afterview stats --help" for the options.`);
  }
  if (values.help) {
    io.stdout(`${STATS_HELP}\n`);
    return EXIT.ok;
  }
  if (values.csv !== undefined && values['data-dir'] !== undefined) return usage(io, 'give either --csv or --data-dir, not both.');
  const period = parsePeriod(values.from, values.to);
  if (!period.ok) return usage(io, `${period.message.charAt(0).toLowerCase()}${period.message.slice(1)}`);

  const now = io.now();
  let doc: AfterviewDocument;
  if (values.csv !== undefined) {
    const read = await readCsv(values.csv, now, io);
    if (typeof read === 'string') {
      io.stderr(`afterview stats: ${read}\n`);
      return EXIT.dataProblem;
    }
    doc = read;
  } else {
    const data = readDocumentForCli(dataDirFor(values['data-dir'], io));
    if (!data.ok) {
      io.stderr(`afterview stats: ${data.message}\n`);
      return EXIT.dataProblem;
    }
    if (data.notice) io.stderr(`${data.notice}\n`);
    doc = data.doc;
  }

  const insights = computeInsights(doc, period.period, now);
  io.stdout(values.json ? `${JSON.stringify(insights, null, 2)}\n` : statsText(insights));
  return EXIT.ok;
}

export const statsSubcommand: Subcommand = { summary: 'the whole search at a glance: funnel, response times, promises kept', run };
