// One CSV row to one application: the dated columns become events in the order they happen,
// the interview becomes a round with its interviewers, and a stage that the dates do not
// explain is recorded the way a drag on the board would be, so stage and events agree.
import { startOfDay } from 'date-fns';
import { ApplicationSchema } from '../model/schema.ts';
import type { AppEvent, Application, Contact, EventKind, Outcome, Round, StageId } from '../model/types.ts';
import { deriveStage } from '../model/stage.ts';
import type { CsvColumn, HeaderMapping } from './columns.ts';
import { readDeadline } from './deadline.ts';
import { readDay, readInstant, readMinutes, readOutcome, readPeople, readStage, readUrl, type Read, type SlashOrder } from './values.ts';

export interface CsvError {
  /** The row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column's header as written in the file ('' for the file as a whole). */
  column: string;
  message: string;
}

export interface RowInput {
  cells: readonly string[];
  row: number;
  headers: readonly string[];
  mapping: HeaderMapping;
  now: Date;
  /** Ids already taken by earlier rows; the row's id is added to it. */
  usedIds: Set<string>;
  makeId: (seed: string) => string;
  /** How this file writes slashed dates (see slashOrderOf). */
  slashOrder: SlashOrder;
}

/** Spreadsheets guard a formula-like cell with a leading apostrophe; export adds one (see guard), import takes it off. */
function unguard(value: string): string {
  return /^'+[=+\-@]/.test(value) ? value.slice(1) : value;
}

const ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function rowToApplication(input: RowInput): { app: Application } | { errors: CsvError[] } {
  const { cells, row, headers, mapping, now } = input;
  const errors: CsvError[] = [];
  const header = (column: CsvColumn) => headers[mapping.indexOf[column] ?? -1] ?? column;
  const get = (column: CsvColumn): string => {
    const index = mapping.indexOf[column];
    return index === undefined ? '' : unguard((cells[index] ?? '').trim());
  };
  function read<T>(column: CsvColumn, reader: (text: string) => Read<T>): T | undefined {
    const text = get(column);
    if (!text) return undefined;
    const result = reader(text);
    if (result.ok) return result.value;
    errors.push({ row, column: header(column), message: result.problem });
    return undefined;
  }

  const company = get('company');
  const role = get('role');
  if (!company) errors.push({ row, column: header('company'), message: 'a company name is needed' });
  if (!role) errors.push({ row, column: header('role'), message: 'a role is needed' });
  const givenId = get('id');
  if (givenId && !ID.test(givenId))
    errors.push({
      row,
      column: header('id'),
      message: `"${givenId}" is not a usable id (letters, digits, . _ : - and at most 64 characters)`,
    });
  const stageRead = read('stage', readStage);
  const outcomeRead = read('outcome', readOutcome);
  const url = read('url', readUrl) ?? '';
  const instant = (text: string) => readInstant(text, input.slashOrder);
  const applied = read('applied_on', instant);
  const interviewAt = read('interview_at', instant);
  const minutes = read('interview_minutes', readMinutes) ?? 60;
  const people = read('interviewers', readPeople) ?? [];
  const decisionBy = read('decision_by', (text) => readDay(text, input.slashOrder)) ?? null;
  const dated = (column: CsvColumn) => read(column, instant);
  const thankYou = dated('thank_you_sent_at');
  const followUp = dated('follow_up_sent_at');
  const secondFollowUp = dated('second_follow_up_sent_at');
  const replied = dated('employer_replied_at');
  const offer = dated('offer_at');
  const offerDeadline = read('offer_deadline', (text) => readDeadline(text, input.slashOrder));
  const rejected = dated('rejected_at');
  const feedback = dated('feedback_requested_at');
  const closedAt = dated('closed_at');
  if (errors.length) return { errors };

  let id = givenId || input.makeId(`${company}\u0000${role}\u0000${get('applied_on')}`);
  if (input.usedIds.has(id)) {
    if (givenId) return { errors: [{ row, column: header('id'), message: `the id "${givenId}" is used by an earlier row` }] };
    let n = 2;
    while (input.usedIds.has(`${id}-${n}`)) n += 1;
    id = `${id}-${n}`;
  }
  input.usedIds.add(id);

  const contacts: Contact[] = people.map((p, i) => ({ id: `c${i + 1}`, name: p.name, title: '', email: p.email, linkedin: '' }));
  const rounds: Round[] = interviewAt
    ? [
        {
          id: 'r1',
          startsAt: interviewAt.toISOString(),
          minutes,
          kind: 'video',
          interviewerIds: contacts.map((c) => c.id),
          topics: get('topic'),
        },
      ]
    : [];

  const events: AppEvent[] = [];
  const add = (eventId: string, kind: EventKind, at: Date | undefined, extra: Partial<AppEvent> = {}) => {
    if (at) events.push({ id: eventId, kind, at: at.toISOString(), note: '', ...extra });
  };
  add('applied', 'applied', applied);
  if (interviewAt) {
    // Scheduled no later than the interview's day began, so a thank-you dated that day sorts after it,
    // and no later than the import: an interview still to come was already arranged, so an offer
    // accepted before it must still withdraw this card (P10).
    const dayBegan = Math.min(startOfDay(interviewAt).getTime(), now.getTime());
    const scheduled = applied && applied.getTime() < dayBegan ? applied : new Date(dayBegan);
    add('interview', 'interview_scheduled', scheduled, { roundId: 'r1' });
  }
  add('thank_you', 'thank_you_sent', thankYou, interviewAt ? { roundId: 'r1' } : {});
  // The earlier of the two is the first follow-up, whichever column it was written in.
  const [touch1, touch2] = [followUp, secondFollowUp].filter((d): d is Date => d !== undefined).sort((a, b) => a.getTime() - b.getTime());
  add('follow_up_1', 'follow_up_sent', touch1);
  add('follow_up_2', 'follow_up_sent', touch2);
  add('reply', 'employer_replied', replied);
  add('offer', 'offer', offer);
  add('rejected', 'rejected', rejected);
  add('feedback', 'feedback_requested', feedback);

  const latest = () => events.reduce<Date | undefined>((a, e) => (!a || Date.parse(e.at) > a.getTime() ? new Date(e.at) : a), undefined);
  const wanted: StageId | undefined = stageRead?.stage;
  const closing = Boolean(closedAt) || wanted === 'closed' || (!stageRead && Boolean(outcomeRead));
  if (closing) {
    const outcome: Outcome = outcomeRead ?? stageRead?.outcome ?? (rejected ? 'rejected' : 'no_response');
    const at = closedAt ?? latest() ?? now;
    const kind: EventKind = outcome === 'accepted' || outcome === 'declined' || outcome === 'withdrawn' ? outcome : 'closed';
    add('closed', kind, at, kind === 'closed' ? { outcome } : {});
  }
  if (wanted && deriveStage({ events, stage: 'applied' }) !== wanted) {
    add('stage', 'moved', latest() ?? now, { stage: wanted });
  }

  const createdAt = events.length ? new Date(Math.min(...events.map((e) => Date.parse(e.at)))) : now;
  const draft = {
    id,
    company,
    role,
    location: get('location'),
    url,
    notes: get('notes'),
    skills: get('skills'),
    stage: 'applied' as StageId,
    outcome: null,
    decisionBy,
    ...(offerDeadline ? { offerDeadline: offerDeadline.toISOString() } : {}),
    contacts,
    rounds,
    events,
    createdAt: createdAt.toISOString(),
    updatedAt: now.toISOString(),
  };
  const parsed = ApplicationSchema.safeParse(draft);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => ({ row, column: columnOfPath(issue.path, header), message: issue.message })),
    };
  }
  const app = parsed.data;
  const stage = deriveStage(app);
  return { app: { ...app, stage, outcome: stage === 'closed' ? closingOutcome(app) : null } };
}

function closingOutcome(app: Application): Outcome | null {
  const closing = app.events.find((e) => e.id === 'closed');
  if (!closing) return null;
  return closing.kind === 'closed' ? (closing.outcome ?? 'no_response') : (closing.kind as Outcome);
}

function columnOfPath(path: PropertyKey[], header: (c: CsvColumn) => string): string {
  const [first, , third] = path;
  if (first === 'contacts') return header('interviewers');
  if (first === 'rounds') return third === 'topics' ? header('topic') : header('interview_at');
  const known: Partial<Record<string, CsvColumn>> = {
    company: 'company',
    role: 'role',
    location: 'location',
    url: 'url',
    notes: 'notes',
    skills: 'skills',
    decisionBy: 'decision_by',
    offerDeadline: 'offer_deadline',
  };
  const column = typeof first === 'string' ? known[first] : undefined;
  return column ? header(column) : String(first ?? '');
}
