// The times quick add puts on a new card: the day the application went out and the
// interview's start, as instants. A past day is dated at 09:00 local, never after the
// interview it led to, so the card's events keep the order they happened in (issue 10).
import { atHour, formatLocalDay, parseLocalDay } from '../../../shared/dates/local.ts';
import { fromLocalInput } from '../format/due.ts';

type Timed = { ok: true; iso: string | null } | { ok: false; error: string };

export function interviewInstant(value: string): Timed {
  if (value === '') return { ok: true, iso: null };
  const iso = fromLocalInput(value);
  return iso ? { ok: true, iso } : { ok: false, error: 'Pick a day and a time for the interview, or leave it empty.' };
}

export function appliedInstant(
  day: string,
  now: number,
  interviewIso: string | null,
): { ok: true; iso: string } | { ok: false; error: string } {
  const parsed = parseLocalDay(day);
  if (!parsed) return { ok: false, error: 'Pick the day you applied; today is fine for a new one.' };
  const today = formatLocalDay(new Date(now));
  if (day > today) return { ok: false, error: 'The day you applied is in the future; pick today or an earlier day.' };
  const interview = interviewIso ? Date.parse(interviewIso) : Infinity;
  if (interviewIso && parsed.getTime() > interview)
    return { ok: false, error: 'The day you applied is after the interview; check the two dates.' };
  const at = day === today ? now : atHour(parsed, 9).getTime();
  return { ok: true, iso: new Date(Math.min(at, interview)).toISOString() };
}
