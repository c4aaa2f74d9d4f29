// How a due time reads on a card and in Today: short, in words, relative to now
// ("in 3 h", "tomorrow 09:00", "2 days overdue"). Local time, 24-hour clock.
import type { ActionStatus } from '../../../shared/model/types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:00" in local time. */
export function clockTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole local calendar days from a's day to b's day (DST safe: counts dates, not hours). */
export function calendarDaysBetween(a: Date, b: Date): number {
  const da = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const db = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((db - da) / DAY);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A due time in words, relative to now. Null (no due time) reads as an empty string. */
export function formatDue(due: string | null, now: Date): string {
  if (due === null) return '';
  const at = new Date(due);
  const diff = at.getTime() - now.getTime();
  if (Math.abs(diff) < MINUTE) return 'due now';
  if (diff < 0) {
    const late = -diff;
    if (late < HOUR) return `${Math.floor(late / MINUTE)} min overdue`;
    if (late < DAY) return `${Math.floor(late / HOUR)} h overdue`;
    return `${plural(Math.floor(late / DAY), 'day', 'days')} overdue`;
  }
  if (diff < HOUR) return `in ${Math.floor(diff / MINUTE)} min`;
  const days = calendarDaysBetween(now, at);
  if (diff < 12 * HOUR && days <= 1) return `in ${Math.floor(diff / HOUR)} h`;
  if (days === 0) return `today ${clockTime(at)}`;
  if (days === 1) return `tomorrow ${clockTime(at)}`;
  if (days < 7) return `${WEEKDAYS[at.getDay()]} ${clockTime(at)}`;
  const sameYear = at.getFullYear() === now.getFullYear();
  return `${at.getDate()} ${MONTHS_SHORT[at.getMonth()]}${sameYear ? '' : ` ${at.getFullYear()}`}`;
}

/** The words that go with a status colour, so colour never carries the meaning alone. */
export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case 'overdue':
      return 'Overdue';
    case 'due_today':
      return 'Due today';
    case 'upcoming':
      return 'Upcoming';
  }
}

/** An absolute moment for timelines: "Fri 14 Jan 2022, 10:00" (year only when not this year). */
export function formatMoment(iso: string, now: Date): string {
  const d = new Date(iso);
  const year = d.getFullYear() === now.getFullYear() ? '' : ` ${d.getFullYear()}`;
  return `${WEEKDAYS_SHORT[d.getDay()]} ${d.getDate()} ${MONTHS_SHORT[d.getMonth()]}${year}, ${clockTime(d)}`;
}

/** A local calendar day "YYYY-MM-DD" in words: "Friday, 21 January". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return `${WEEKDAYS[date.getDay()]}, ${d} ${MONTHS_SHORT[m - 1]}`;
}

/** The value a datetime-local input shows for an instant: "2022-01-14T10:00" in local time. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${clockTime(d)}`;
}

/** Back from a datetime-local value to an ISO instant; null when the field is incomplete. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
