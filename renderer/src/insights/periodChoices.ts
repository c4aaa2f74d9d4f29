// The periods the Insights view offers, as local days counted back from the renderer's clock
// (never the system clock), plus a custom pair of days the user types.
import { addCalendarDays, formatLocalDay, localDayOf } from '../../../shared/dates/local.ts';

export type PeriodChoice = 'all' | 'last30' | 'last90' | 'year' | 'custom';

export const PERIOD_LABELS: Record<PeriodChoice, string> = {
  all: 'All time',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  year: 'This year',
  custom: 'Custom days',
};

/** The from/to days ("YYYY-MM-DD", '' for open-ended) a preset stands for on the day `now` falls on. */
export function daysOf(choice: Exclude<PeriodChoice, 'custom'>, now: Date): { from: string; to: string } {
  const today = localDayOf(now);
  switch (choice) {
    case 'all':
      return { from: '', to: '' };
    case 'last30':
      return { from: formatLocalDay(addCalendarDays(today, -29)), to: formatLocalDay(today) };
    case 'last90':
      return { from: formatLocalDay(addCalendarDays(today, -89)), to: formatLocalDay(today) };
    case 'year':
      return { from: `${today.getFullYear()}-01-01`, to: formatLocalDay(today) };
  }
}
