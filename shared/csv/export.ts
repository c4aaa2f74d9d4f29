// applicationsToCsv: the applications as the CSV interchange format, one row each. What a row
// cannot hold (several rounds, notes on events) is summarised: the latest interview, the
// first two follow-ups. Importing the result gives back the same applications for anything
// the format can hold.
import Papa from 'papaparse';
import type { AppEvent, Application, Outcome } from '../model/types.ts';
import { eventsInOrder } from '../model/stage.ts';
import { CSV_COLUMNS, type CsvColumn } from './columns.ts';
import { writeInstant, writePeople } from './values.ts';

const CLOSING = new Set<AppEvent['kind']>(['accepted', 'declined', 'withdrawn', 'closed']);

function outcomeOf(closing: AppEvent): Outcome {
  return closing.kind === 'closed' ? (closing.outcome ?? 'no_response') : (closing.kind as Outcome);
}

function rowOf(app: Application): Record<CsvColumn, string> {
  const ordered = eventsInOrder(app.events);
  const first = (test: (e: AppEvent) => boolean) => ordered.find(test);
  const last = (test: (e: AppEvent) => boolean) => [...ordered].reverse().find(test);
  const when = (e: AppEvent | undefined) => (e ? writeInstant(e.at) : '');
  const closing = last((e) => CLOSING.has(e.kind));
  const round = [...app.rounds].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)).at(-1);
  const touches = ordered.filter((e) => e.kind === 'follow_up_sent' || e.kind === 'call_made');
  const interviewerIds = round?.interviewerIds.length ? round.interviewerIds : [];
  const people = (
    interviewerIds.length ? interviewerIds.map((id) => app.contacts.find((c) => c.id === id)).filter((c) => c !== undefined) : app.contacts
  ).map((c) => ({ name: c.name, email: c.email }));
  return {
    id: app.id,
    company: app.company,
    role: app.role,
    stage: app.stage,
    location: app.location,
    url: app.url,
    applied_on: when(first((e) => e.kind === 'applied')),
    interview_at: round ? writeInstant(round.startsAt) : '',
    interview_minutes: round ? String(round.minutes) : '',
    interviewers: writePeople(people),
    decision_by: app.decisionBy ?? '',
    thank_you_sent_at: when(last((e) => e.kind === 'thank_you_sent')),
    follow_up_sent_at: when(touches[0]),
    second_follow_up_sent_at: when(touches[1]),
    employer_replied_at: when(last((e) => e.kind === 'employer_replied')),
    offer_at: when(last((e) => e.kind === 'offer')),
    offer_deadline: app.offerDeadline ? writeInstant(app.offerDeadline) : '',
    rejected_at: when(last((e) => e.kind === 'rejected')),
    feedback_requested_at: when(last((e) => e.kind === 'feedback_requested')),
    closed_at: when(closing),
    outcome: closing ? outcomeOf(closing) : '',
    topic: round?.topics ?? '',
    skills: app.skills,
    notes: app.notes,
  };
}

/**
 * A cell that starts like a formula (=, +, -, @, after any apostrophes) gets one more leading
 * apostrophe, so a spreadsheet shows it as text and never runs it; import takes exactly one off.
 */
function guard(value: string): string {
  return /^'*[=+\-@]/.test(value) ? `'${value}` : value;
}

export function applicationsToCsv(apps: readonly Application[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: apps.map((app) => {
        const row = rowOf(app);
        return CSV_COLUMNS.map((c) => guard(row[c]));
      }),
    },
    { newline: '\r\n' },
  );
}
