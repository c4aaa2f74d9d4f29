// Numbers as the Insights view says them: days with at most one decimal, local days in words.
import { format } from 'date-fns';
import { parseLocalDay } from '../../../shared/dates/local.ts';
import type { Spread } from '../../../shared/insights/index.ts';

export function daysText(n: number | null): string {
  if (n === null) return '–';
  const value = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${value} ${n === 1 ? 'day' : 'days'}`;
}

export function rangeText(a: number | null, b: number | null): string {
  if (a === null || b === null) return '–';
  return a === b ? daysText(a) : `${Number.isInteger(a) ? a : a.toFixed(1)} to ${daysText(b)}`;
}

/** "Fri 20 Nov" in the year of `now`, "Fri 20 Nov 2025" otherwise. */
export function dayText(day: string | null, now: Date): string {
  const date = day ? parseLocalDay(day) : null;
  if (!date) return '–';
  return format(date, date.getFullYear() === now.getFullYear() ? 'EEE d MMM' : 'EEE d MMM yyyy');
}

export function spreadSentence(label: string, s: Spread): string {
  if (s.count === 0) return `${label}: nothing to measure yet.`;
  return `${label}: median ${daysText(s.median)}, the middle half ${rangeText(s.q1, s.q3)}, over ${s.count} ${s.count === 1 ? 'application' : 'applications'}.`;
}
