// `afterview capture FILE`: reads an employer's mail, an invitation, a posting page or a
// pasted mail and prints what it would change. Only --apply changes the data, and like
// import it refuses while the app holds the data (the app would not see the change).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyCaptureToDocument } from '../../shared/capture/apply.ts';
import type { CaptureProposal } from '../../shared/capture/types.ts';
import { CommandError } from '../../shared/board/errors.ts';
import { parseLocalDateTime } from '../../shared/dates/local.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import { fetchPostingPage } from '../services/capture/fetch-posting.ts';
import { CaptureReadError } from '../services/capture/ics.ts';
import { proposeFromFile, type HandedOver } from '../services/capture/propose-file.ts';
import { dataDirFor } from './import.ts';
import { openForChange } from './open-for-change.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { readDocumentForCli } from './read-data.ts';
import { cannotReadFile } from './sentences.ts';

export const CAPTURE_HELP = `Usage: afterview capture FILE [--data-dir DIR] [--now DATE-TIME] [--json] [--apply]
                        [--application ID]

Reads FILE and says what it would change on the board: a saved mail (.eml) from an
employer (a rejection, an invitation, an offer, a request, a reply with a new date), a
calendar invitation (.ics), a job posting page (.html or its https:// address) or a mail
pasted into a .txt file.
Nothing changes unless you pass --apply.

  --data-dir DIR      the data folder (default: the desktop app's, or AFTERVIEW_DATA_DIR)
  --now DATE-TIME     the moment to count from, e.g. 2026-12-01T10:00; default: now
  --json              print the proposal as one JSON object
  --apply             make the change (refused while Afterview is open)
  --application ID    the application it belongs to, when capture is not sure
  -h, --help          show this help

Exit status: 0 done, 1 the file or the data could not be read or nothing could be applied,
2 wrong usage, 3 Afterview is open and holds the data.`;

interface Options {
  file: string;
  /** FILE given as an https:// address: the posting page is fetched. */
  address: string | undefined;
  dataDir: string;
  now: Date;
  json: boolean;
  apply: boolean;
  applicationId: string | undefined;
}

function options(argv: string[], io: CliIo): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      now: { type: 'string' },
      json: { type: 'boolean' },
      apply: { type: 'boolean' },
      application: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new Error('name one file to capture');
  const now = values.now === undefined ? io.now() : parseLocalDateTime(values.now);
  if (!now) throw new Error(`--now "${values.now}" is not a date and time; write it like 2026-12-01T10:00`);
  const given = positionals[0]!;
  const address = /^https?:\/\//i.test(given) ? given : undefined;
  return {
    file: address ? 'posting.html' : path.resolve(io.cwd, given),
    address,
    dataDir: dataDirFor(values['data-dir'], io),
    now,
    json: values.json ?? false,
    apply: values.apply ?? false,
    applicationId: values.application,
  };
}

/** The --json object: the proposal's headline and its fields side by side, as scripts want them. */
export function proposalJson(proposal: CaptureProposal): Record<string, unknown> {
  const { kind, application, confidence, summary, reasons, fields } = proposal;
  return { kind, application, confidence, summary, reasons, ...fields };
}

function print(proposal: CaptureProposal, opts: Options, io: CliIo): void {
  if (opts.json) {
    io.stdout(`${JSON.stringify(proposalJson(proposal), null, 2)}\n`);
    return;
  }
  io.stdout(`${proposal.summary}\n`);
  if (proposal.reasons.length > 0) io.stdout(`Found: ${proposal.reasons.join('; ')}.\n`);
  if (proposal.confidence === 'low' && proposal.kind !== 'posting') {
    io.stdout('Not sure which application this is: pass --application ID to choose.\n');
  }
}

/** Why a proposal cannot be applied as it stands, or null when it can. */
function notApplicable(proposal: CaptureProposal, opts: Options): string | null {
  if (proposal.kind !== 'posting' && !proposal.application)
    return 'no application matches it; pass --application ID to choose one. Nothing was changed.';
  if (proposal.confidence === 'low' && !opts.applicationId)
    return `it may not be ${proposal.application!.company}'s; pass --application ${proposal.application!.id} to confirm. Nothing was changed.`;
  if (proposal.commands.length === 0) return 'there is nothing to change on the board. Nothing was changed.';
  return null;
}

async function readContent(file: string, io: CliIo): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    io.stderr(`afterview capture: ${cannotReadFile(file)}\n`);
    return null;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let opts: Options;
  try {
    const parsed = options(argv, io);
    if (parsed === 'help') {
      io.stdout(`${CAPTURE_HELP}\n`);
      return EXIT.ok;
    }
    opts = parsed;
  } catch (error) {
    io.stderr(`afterview capture: ${(error as Error).message}.\n\n${CAPTURE_HELP}\n`);
    return EXIT.usage;
  }
  let handed: HandedOver;
  if (opts.address) {
    try {
      const page = await fetchPostingPage(opts.address);
      handed = { name: 'posting.html', content: page.html, pageUrl: page.url };
    } catch (error) {
      if (!(error instanceof CaptureReadError)) throw error;
      io.stderr(`afterview capture: ${error.message}\n`);
      return EXIT.dataProblem;
    }
  } else {
    const content = await readContent(opts.file, io);
    if (!content) return EXIT.dataProblem;
    handed = { name: path.basename(opts.file), content };
  }
  const proposeOptions = { now: opts.now, ...(opts.applicationId ? { applicationId: opts.applicationId } : {}) };

  if (!opts.apply) {
    // A proposal only reads: no lock, so it works while the app is open. No data yet is an empty board.
    const data = readDocumentForCli(opts.dataDir);
    const doc = data.ok ? data.doc : emptyDocument();
    const result = await proposeFromFile(handed, doc, proposeOptions);
    if (!result.ok) {
      io.stderr(`afterview capture: ${result.message}\n`);
      return EXIT.dataProblem;
    }
    print(result.proposal, opts, io);
    return EXIT.ok;
  }

  const store = await openForChange(opts.dataDir, () => opts.now, io, 'capture', 'nothing was changed');
  if (typeof store === 'number') return store;
  try {
    const result = await proposeFromFile(handed, store.doc, proposeOptions);
    if (!result.ok) {
      io.stderr(`afterview capture: ${result.message}\n`);
      return EXIT.dataProblem;
    }
    print(result.proposal, opts, io);
    const refusal = notApplicable(result.proposal, opts);
    if (refusal) {
      io.stderr(`afterview capture: not applied, because ${refusal}\n`);
      return EXIT.dataProblem;
    }
    try {
      await store.save(applyCaptureToDocument(store.doc, result.proposal.commands));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      io.stderr(`afterview capture: not applied: ${error.message}\n`);
      return EXIT.dataProblem;
    }
    if (!opts.json) io.stdout('Applied.\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const captureSubcommand: Subcommand = {
  summary: 'read an employer mail, an invitation or a job posting and propose the update',
  run,
};
