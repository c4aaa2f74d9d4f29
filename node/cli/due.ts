// `afterview due`: every open action on every application, soonest first, as a table a
// person can read or as JSON for scripts. Reads a CSV (--csv) or the app's data (read-only).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { computeAllActions } from '../../shared/engine/actions.ts';
import { boardAdvice } from '../../shared/engine/reminders.ts';
import { decideReminderAt, pendingOffers } from '../../shared/engine/rules-offer.ts';
import { parseApplicationsCsv } from '../../shared/csv/index.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { parseLocalDateTime, toLocalIso } from '../../shared/dates/local.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { readDocumentForCli } from './read-data.ts';
import { formatTable, type DueRow } from './table.ts';

export const DUE_HELP = `Usage: afterview due [--csv FILE | --data-dir DIR] [--now DATE-TIME] [--json]

Lists the open follow-up actions of every application, soonest first.

  --csv FILE        read applications from a CSV file (columns: company, role, and
                    optionally stage, applied_on, interview_at, decision_by,
                    offer_deadline, ...)
  --data-dir DIR    read the desktop app's data from DIR (default: the app's data folder)
  --now DATE-TIME   the moment to compute for, e.g. 2022-01-24T12:00 (local time) or
                    2022-01-24T12:00+01:00; default: now
  --json            print a JSON array instead of a table
  -h, --help        show this help

Times are in the local time zone (set TZ to change it).
Exit status: 0 done, 1 the data could not be read, 2 wrong usage.`;

async function loadDocument(values: { csv?: string; 'data-dir'?: string }, now: Date, io: CliIo): Promise<AfterviewDocument | null> {
  if (values.csv) {
    const file = path.resolve(io.cwd, values.csv);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.stderr(
        `afterview: cannot read ${values.csv}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`,
      );
      return null;
    }
    const result = parseApplicationsCsv(text, { now });
    if (!result.ok) {
      for (const e of result.errors) {
        const where = e.row === 0 ? values.csv : `${values.csv}: row ${e.row}${e.column ? `, column ${e.column}` : ''}`;
        io.stderr(`afterview: ${where}: ${e.message}\n`);
      }
      return null;
    }
    return { ...emptyDocument(), applications: result.applications };
  }
  const data = readDocumentForCli(values['data-dir'] ? path.resolve(io.cwd, values['data-dir']) : undefined);
  if (!data.ok) {
    io.stderr(`afterview: ${data.message}\n`);
    return null;
  }
  return data.doc;
}

export async function runDue(args: string[], io: CliIo): Promise<number> {
  let values: { csv?: string; 'data-dir'?: string; now?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        csv: { type: 'string' },
        'data-dir': { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`afterview due: ${(error as Error).message}\n\n${DUE_HELP}\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(`${DUE_HELP}\n`);
    return EXIT.ok;
  }
  if (values.csv && values['data-dir']) {
    io.stderr('afterview due: give either --csv or --data-dir, not both.\n');
    return EXIT.usage;
  }
  const now = values.now === undefined ? io.now() : parseLocalDateTime(values.now);
  if (!now) {
    io.stderr(`afterview due: --now "${values.now}" is not a date-time; write it like 2022-01-24T12:00.\n`);
    return EXIT.usage;
  }
  const doc = await loadDocument(values, now, io);
  if (!doc) return EXIT.dataProblem;

  const byId = new Map(doc.applications.map((a) => [a.id, a]));
  const rows: DueRow[] = computeAllActions(doc, now).map((action) => {
    const app = byId.get(action.applicationId)!;
    return {
      company: app.company,
      role: app.role,
      rule: action.rule,
      title: action.title,
      due: action.due === null ? null : toLocalIso(new Date(action.due)),
      status: action.status,
      why: action.why,
      template: action.template,
      applicationId: action.applicationId,
    };
  });
  if (values.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(formatTable(rows, now));
  // P16: each offer's deadline and when the app will remind to decide, so a script-free user sees both.
  for (const offer of pendingOffers(doc.applications)) {
    const remind = decideReminderAt(offer.deadline, doc.settings.policy.notifyAtHour, doc.settings.policy.workingDays);
    io.stdout(`\n${offer.app.company} offer: answer by ${toLocalIso(offer.deadline)}; reminder to decide ${toLocalIso(remind)} (P16).\n`);
  }
  const advice = boardAdvice(doc, now);
  if (advice) io.stdout(`\n${advice.why}\n`);
  return EXIT.ok;
}

export const dueCommand: Subcommand = { summary: 'list the follow-ups that are due, soonest first', run: runDue };
