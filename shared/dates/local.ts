// Calendar arithmetic in the user's local time zone (the process's TZ), through date-fns so
// daylight-saving changes are handled by the platform's time zone data, not by us. A
// "local day" is a Date at local midnight; instants are plain Dates.
import { addDays, format, formatISO, getDay, isSameDay, isValid, parse, parseISO, setHours, startOfDay } from 'date-fns';

/** "2022-01-21" as local midnight of that day; null when it is not a real date. */
export function parseLocalDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  // parseISO reads a bare date as local midnight and refuses days that do not exist.
  const date = parseISO(day);
  return isValid(date) ? date : null;
}

/** The local calendar day of an instant, as local midnight. */
export function localDayOf(instant: Date): Date {
  return startOfDay(instant);
}

/** "YYYY-MM-DD" of the local day an instant falls on. */
export function formatLocalDay(instant: Date): string {
  return format(instant, 'yyyy-MM-dd');
}

/** The given local day at `hour`:00 local time (for rules counted in days, at notifyAtHour). */
export function atHour(day: Date, hour: number): Date {
  return setHours(startOfDay(day), hour);
}

export function addCalendarDays(day: Date, days: number): Date {
  return addDays(day, days);
}

/**
 * `count` working days after `day`. The start day itself never counts, so a date on a
 * weekend counts from there: Saturday + 2 working days is Tuesday (playbook, P4).
 */
export function addWorkingDays(day: Date, count: number, workingDays: readonly number[]): Date {
  if (workingDays.length === 0) return addDays(day, count);
  let current = startOfDay(day);
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (workingDays.includes(getDay(current))) left -= 1;
  }
  return current;
}

export function sameLocalDay(a: Date, b: Date): boolean {
  return isSameDay(a, b);
}

/** "Friday, 14 January", the form templates use. */
export function dayInWords(date: Date): string {
  return format(date, 'EEEE, d MMMM');
}

/** "Friday 14 January", the form "why" sentences use. */
export function dayForSentence(date: Date): string {
  return format(date, 'EEEE d MMMM');
}

/** "11:00", local. */
export function timeOfDay(date: Date): string {
  return format(date, 'HH:mm');
}

/** ISO 8601 with the local offset: "2022-01-25T09:00:00+01:00". */
export function toLocalIso(date: Date): string {
  // date-fns writes "Z" for a zero offset; a local time reads better with "+00:00".
  return formatISO(date).replace(/Z$/, '+00:00');
}

/**
 * A date-time a person typed or a spreadsheet holds: "YYYY-MM-DD HH:MM" (or with a "T", or
 * seconds) in local time, or ISO 8601 with an offset. A bare date means local midnight.
 */
export function parseLocalDateTime(text: string): Date | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseLocalDay(value);
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (local) {
    const date = parse(`${local[1]} ${local[2]}:${local[3]}:${local[4] ?? '00'}`, 'yyyy-MM-dd HH:mm:ss', new Date(0));
    return isValid(date) ? date : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const date = parseISO(value);
    return isValid(date) ? date : null;
  }
  return null;
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two working days", "14 days": small counts in words, as people say them. */
export function countOf(n: number, unit: string): string {
  const number = SMALL_NUMBERS[n] ?? String(n);
  return `${number} ${unit}${n === 1 ? '' : 's'}`;
}
