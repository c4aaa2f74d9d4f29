// The weekly rhythm: applications, thank-yous and follow-ups sent in each ISO week (Monday to
// Sunday, local time), against the weekly application goal (P14 as a number).
import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import type { AppEvent } from '../model/types.ts';
import { addCalendarDays, formatLocalDay, localDayOf } from '../dates/local.ts';
import type { History } from './history.ts';
import type { Period } from './period.ts';

export interface RhythmWeek {
  /** "2026-W49". */
  week: string;
  /** The Monday it starts on, "YYYY-MM-DD". */
  start: string;
  applications: number;
  thankYous: number;
  followUps: number;
  metGoal: boolean;
}

export interface Rhythm {
  goal: number;
  weeks: RhythmWeek[];
}

/** More weeks than five years would make the chart a smear; the latest ones are kept. */
export const MAX_RHYTHM_WEEKS = 260;

const FOLLOW_UPS = new Set<AppEvent['kind']>(['follow_up_sent', 'call_made']);

const weekKey = (d: Date) => `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;

/** Quiet weeks up to today are worth seeing (P14), but not years of them after a search ended. */
const QUIET_WEEKS_SHOWN = 8;

function lastWeekDay(all: readonly History[], now: Date): Date {
  const today = localDayOf(now);
  const latest = all.reduce((t, h) => Math.max(t, h.appliedAt.getTime(), ...h.ordered.map((e) => Date.parse(e.at))), -Infinity);
  if (!Number.isFinite(latest) || latest >= addWeeks(today, -QUIET_WEEKS_SHOWN).getTime()) return today;
  return localDayOf(new Date(latest));
}

/** `all`: every application (the rhythm is what was sent in the period, whenever it was applied for). */
export function rhythmOf(all: readonly History[], period: Period, goal: number, now: Date): Rhythm {
  const earliest = all.reduce<Date | null>((a, h) => (!a || h.appliedAt < a ? h.appliedAt : a), null);
  const first = period.from ?? (earliest ? localDayOf(earliest) : null);
  const last = period.to ?? lastWeekDay(all, now);
  if (!first || first.getTime() > last.getTime()) return { goal, weeks: [] };

  const weeks: RhythmWeek[] = [];
  // Each week's Monday at local midnight, so an instant finds its week by search, DST-safe.
  const mondays: number[] = [];
  for (let monday = startOfISOWeek(first); monday.getTime() <= last.getTime(); monday = addWeeks(monday, 1)) {
    mondays.push(monday.getTime());
    weeks.push({ week: weekKey(monday), start: formatLocalDay(monday), applications: 0, thankYous: 0, followUps: 0, metGoal: false });
  }
  const from = first.getTime();
  const until = addCalendarDays(last, 1).getTime();
  const count = (at: number, field: 'applications' | 'thankYous' | 'followUps') => {
    if (at < from || at >= until) return;
    let low = 0;
    let high = mondays.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (mondays[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    weeks[low]![field] += 1;
  };
  for (const h of all) {
    count(h.appliedAt.getTime(), 'applications');
    for (const e of h.ordered) {
      if (e.kind === 'thank_you_sent') count(Date.parse(e.at), 'thankYous');
      else if (FOLLOW_UPS.has(e.kind)) count(Date.parse(e.at), 'followUps');
    }
  }
  const list = weeks.slice(-MAX_RHYTHM_WEEKS);
  for (const w of list) w.metGoal = w.applications >= goal;
  return { goal, weeks: list };
}
