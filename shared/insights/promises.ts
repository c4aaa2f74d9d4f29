// Promises kept: for each application whose employer gave a decision date (P1), whether they
// answered by then, and if not, by how many working days they were (or still are) late.
import { differenceInCalendarDays, getDay } from 'date-fns';
import type { AppEvent, Policy } from '../model/types.ts';
import { addCalendarDays, formatLocalDay, localDayOf, parseLocalDay } from '../dates/local.ts';
import type { History } from './history.ts';

export type PromiseStatus = 'kept' | 'late' | 'open';

export interface PromiseItem {
  applicationId: string;
  company: string;
  /** The day they said they would decide by, "YYYY-MM-DD". */
  decisionBy: string;
  status: PromiseStatus;
  /** The local day they answered, or null while they have not. */
  answeredOn: string | null;
  /** Working days after the promised day until the answer (or until now, or until the card was closed). */
  workingDaysLate: number;
}

export interface Promises {
  kept: number;
  late: number;
  open: number;
  items: PromiseItem[];
}

/** Working days d with day < d <= until: how late an answer on `until` is for a date of `day`. */
export function workingDaysAfter(day: Date, until: Date, workingDays: readonly number[]): number {
  const start = localDayOf(day);
  const days = differenceInCalendarDays(until, start);
  if (days <= 0) return 0;
  // Whole weeks at once (a search can wait years on a silent employer), then the days left over.
  const weeks = Math.floor(days / 7);
  let count = weeks * new Set(workingDays).size;
  for (let d = addCalendarDays(start, weeks * 7 + 1); d.getTime() <= until.getTime(); d = addCalendarDays(d, 1)) {
    if (workingDays.includes(getDay(d))) count += 1;
  }
  return count;
}

/** An answer: a decision, or a reply that did not just name a new date (that reply is the promise). */
const isAnswer = (e: AppEvent) =>
  e.kind === 'offer' ||
  e.kind === 'rejected' ||
  (e.kind === 'closed' && e.outcome === 'rejected') ||
  (e.kind === 'employer_replied' && !e.decisionBy);

function promiseOf(h: History, policy: Policy, today: Date): PromiseItem | null {
  const decisionBy = h.app.decisionBy;
  const promised = decisionBy ? parseLocalDay(decisionBy) : null;
  if (!decisionBy || !promised) return null;
  // The promise was given at the last interview before the date, or in the reply that named it;
  // anything the employer said before that answers an earlier question.
  const dayAfter = addCalendarDays(promised, 1).getTime();
  const interview = h.interviews.filter((start) => start.getTime() < dayAfter).at(-1);
  const naming = h.ordered.filter((e) => e.kind === 'employer_replied' && e.decisionBy === decisionBy).at(-1);
  const since = Math.max(h.appliedAt.getTime(), interview?.getTime() ?? -Infinity, naming ? Date.parse(naming.at) : -Infinity);
  const answer = h.ordered.find((e) => isAnswer(e) && Date.parse(e.at) >= since && e !== naming);

  const base = { applicationId: h.app.id, company: h.app.company, decisionBy };
  if (answer) {
    const answeredOn = localDayOf(new Date(answer.at));
    const late = workingDaysAfter(promised, answeredOn, policy.workingDays);
    return { ...base, status: late > 0 ? 'late' : 'kept', answeredOn: formatLocalDay(answeredOn), workingDaysLate: late };
  }
  // No answer: late until the candidate stopped waiting (closed or withdrew), or until today.
  const stoppedWaiting = h.closedAt ? localDayOf(h.closedAt) : today;
  const late = workingDaysAfter(promised, stoppedWaiting, policy.workingDays);
  if (late > 0) return { ...base, status: 'late', answeredOn: null, workingDaysLate: late };
  // Closed before the date came: nothing was left to keep.
  if (h.closedAt) return null;
  return { ...base, status: 'open', answeredOn: null, workingDaysLate: 0 };
}

export function promisesOf(histories: readonly History[], policy: Policy, now: Date): Promises {
  const today = localDayOf(now);
  const items = histories
    .map((h) => promiseOf(h, policy, today))
    .filter((p): p is PromiseItem => p !== null)
    .sort((a, b) => a.decisionBy.localeCompare(b.decisionBy) || a.company.localeCompare(b.company));
  const count = (status: PromiseStatus) => items.filter((p) => p.status === status).length;
  return { kept: count('kept'), late: count('late'), open: count('open'), items };
}
