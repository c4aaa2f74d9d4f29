// What a card shows, reduced to plain values so a memoised card re-renders only when
// something it displays changed (a drag must not re-render the board).
import { doneReason } from '../../../shared/engine/actions.ts';
import type { Action, ActionStatus, Application, Outcome } from '../../../shared/model/types.ts';
import { formatDue } from '../format/due.ts';
import { initials } from '../format/initials.ts';
import { interviewLine, offerDeadlineLine } from './interviewWhen.ts';
import { isExample } from './examples.ts';

export interface CardModel {
  id: string;
  company: string;
  role: string;
  /** The earliest open action as a verb phrase, or null when there is nothing to do. */
  actionTitle: string | null;
  /** When nothing is left to send (P13): "Done", or how a closed application ended. */
  doneText: string | null;
  /** The due time in words with its status in words, so colour never carries it alone. */
  dueLine: string;
  status: ActionStatus | null;
  /** Interviewers' initials and full names, for the small badges and their tooltips. */
  people: readonly { initials: string; name: string }[];
  /** "Interview Thu 15:00" while an interview is still to come, or an offer's "Answer by Fri 17:00" (P16); null otherwise. */
  interview: string | null;
  /** One of the first-run examples, marked so on the card. */
  example: boolean;
}

/**
 * "2 days overdue", "Due today, in 3 h", "Due tomorrow 09:00": the words carry the status
 * (overdue, due today, upcoming) that the card's coloured edge also shows.
 */
export function dueWords(dueText: string, status: ActionStatus): string {
  // Due today with its moment passed (P10, calm on its day): no minutes counting up.
  if (status === 'due_today' && (dueText === 'due now' || dueText.endsWith('overdue'))) return 'Due today';
  if (status === 'overdue' || dueText === 'due now') return dueText.charAt(0).toUpperCase() + dueText.slice(1);
  if (status === 'due_today') return dueText.startsWith('today') ? `Due ${dueText}` : `Due today, ${dueText}`;
  return `Due ${dueText}`;
}

const NO_PEOPLE: CardModel['people'] = [];

const OUTCOME_WORDS: Record<Outcome, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  no_response: 'No response',
  rejected: 'Not this time',
};

/** What a card with nothing left to send says instead of an action (P13). */
export function doneWords(app: Application): string | null {
  if (doneReason(app) === null) return null;
  return app.stage === 'closed' && app.outcome ? OUTCOME_WORDS[app.outcome] : 'Done';
}

export function buildCardModel(app: Application, actions: readonly Action[] | undefined, now: Date): CardModel {
  const next = actions?.[0] ?? null;
  const status = next && next.due !== null ? next.status : null;
  const dueLine = next && status ? dueWords(formatDue(next.due, now), status) : '';
  const people = app.contacts.length === 0 ? NO_PEOPLE : app.contacts.map((c) => ({ initials: initials(c.name), name: c.name }));
  const doneText = next ? null : doneWords(app);
  return {
    id: app.id,
    company: app.company,
    role: app.role,
    actionTitle: next?.title ?? null,
    doneText,
    dueLine,
    status,
    people,
    interview: interviewLine(app, now) ?? offerDeadlineLine(app, now),
    example: isExample(app.id),
  };
}

function samePeople(a: CardModel['people'], b: CardModel['people']): boolean {
  return a.length === b.length && a.every((p, i) => p.initials === b[i]!.initials && p.name === b[i]!.name);
}

export function sameCardModel(a: CardModel, b: CardModel): boolean {
  return (
    a.id === b.id &&
    a.company === b.company &&
    a.role === b.role &&
    a.actionTitle === b.actionTitle &&
    a.doneText === b.doneText &&
    a.dueLine === b.dueLine &&
    a.status === b.status &&
    a.interview === b.interview &&
    a.example === b.example &&
    samePeople(a.people, b.people)
  );
}
