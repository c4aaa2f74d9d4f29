// The period Insights looks at: two local days, both included, either one open-ended. An
// application belongs to the period when it was sent in it, so a search's story is told
// whole (a reply that came after the period still counts for an application sent inside it).
import { addCalendarDays, parseLocalDay } from '../dates/local.ts';

export interface Period {
  /** Local midnight of the first day, or null for "from the start". */
  from: Date | null;
  /** Local midnight of the last day, or null for "up to now". */
  to: Date | null;
}

export const ALL_TIME: Period = { from: null, to: null };

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** Days as people type them ("2026-11-02"); the message is one sentence that says how to fix it. */
export function parsePeriod(from: string | undefined, to: string | undefined): PeriodResult {
  const read = (text: string | undefined, name: string): Date | null | string => {
    if (text === undefined || text.trim() === '') return null;
    return parseLocalDay(text.trim()) ?? `The ${name} date "${text}" is not a day; write it like 2026-11-02.`;
  };
  const start = read(from, 'from');
  if (typeof start === 'string') return { ok: false, message: start };
  const end = read(to, 'to');
  if (typeof end === 'string') return { ok: false, message: end };
  if (start && end && start.getTime() > end.getTime()) {
    return { ok: false, message: `The period starts after it ends (${from} is after ${to}); swap the two dates.` };
  }
  return { ok: true, period: { from: start, to: end } };
}

/** Whether an instant falls on one of the period's days. */
export function inPeriod(period: Period, instant: Date): boolean {
  if (period.from && instant.getTime() < period.from.getTime()) return false;
  // The last day is included up to its end, which is the next day's local midnight.
  if (period.to && instant.getTime() >= addCalendarDays(period.to, 1).getTime()) return false;
  return true;
}
