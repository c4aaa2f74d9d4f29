// Reading and writing single CSV cells: dates, date-times, stages, outcomes, interviewers.
// Each reader returns the value or a one-line problem the error report shows with its cell.
import { isValid, parse } from 'date-fns';
import { z } from 'zod';
import { OUTCOMES, STAGE_IDS } from '../model/schema.ts';
import type { Outcome, StageId } from '../model/types.ts';
import { formatLocalDay, parseLocalDateTime, toLocalIso } from '../dates/local.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (problem: string): Read<never> => ({ ok: false, problem });

// Spellings spreadsheets and other trackers use for a day, besides YYYY-MM-DD.
const DAY_FORMATS = ['yyyy/MM/dd', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy'];

/** How a file writes slashed dates: month first (US), day first, or not known. */
export type SlashOrder = 'month-first' | 'day-first' | null;

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/;

/**
 * Reads the file's slashed dates together: a first number over 12 means day first, a second
 * over 12 means month first; with neither (or both) the order cannot be told.
 */
export function slashOrderOf(cells: Iterable<string>): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/**
 * The first slashed date that reads two ways (both numbers 12 or under and not equal, like
 * 10/02/2026), or null when every slashed date in the file reads only one way.
 */
export function ambiguousSlashDate(cells: Iterable<string>): string | null {
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim());
    if (m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2])) return cell.trim();
  }
  return null;
}

function readSlashed(text: string, order: SlashOrder): Read<Date> | null {
  const m = SLASHED.exec(text.trim());
  if (!m) return null;
  if (!order) return fail(`"${text}" could be read day-first or month-first; write it as YYYY-MM-DD`);
  const [day, month] = order === 'day-first' ? [m[1], m[2]] : [m[2], m[1]];
  const date = parse(
    `${m[3]}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')} ${(m[4] ?? '0').padStart(2, '0')}:${m[5] ?? '00'}`,
    'yyyy-MM-dd HH:mm',
    new Date(0),
  );
  return isValid(date) ? ok(date) : fail(`"${text}" is not a date`);
}

/** A date or a date-time, as the instant it means in local time. */
export function readInstant(text: string, order: SlashOrder = null): Read<Date> {
  const direct = parseLocalDateTime(text);
  if (direct) return ok(direct);
  const slashed = readSlashed(text, order);
  if (slashed) return slashed;
  for (const format of DAY_FORMATS) {
    const date = parse(text.trim(), format, new Date(0));
    if (isValid(date) && date.getFullYear() > 1900) return ok(date);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return fail(`"${text}" is not a day on the calendar`);
  return fail(`"${text}" is not a date; write YYYY-MM-DD or YYYY-MM-DD HH:MM`);
}

/** A calendar day, "YYYY-MM-DD" (a date-time is taken for its local day). */
export function readDay(text: string, order: SlashOrder = null): Read<string> {
  const read = readInstant(text, order);
  return read.ok ? ok(formatLocalDay(read.value)) : read;
}

/**
 * How an instant is written: always local "YYYY-MM-DD HH:MM", to the minute, so a column reads
 * one way from top to bottom (issue 10: bare dates, minutes and ISO seconds were mixed in one
 * column). Only a time that the short form cannot give back (a daylight-saving overlap) is
 * written as ISO with its offset.
 */
export function writeInstant(iso: string): string {
  const date = new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000);
  const local = toLocalIso(date); // 2022-01-14T10:00:00+01:00
  const hhmm = `${formatLocalDay(date)} ${local.slice(11, 16)}`;
  return parseLocalDateTime(hhmm)?.getTime() === date.getTime() ? hhmm : local;
}

const STAGE_WORDS: [RegExp, StageId][] = [
  [/^(applied|application sent|submitted|sent|wishlist|saved|bookmarked|to apply)$/, 'applied'],
  [/^(interviewing|interview(s|ed)?|phone screen|screen(ing)?|onsite|technical|in progress)$/, 'interviewing'],
  [/^(waiting|thank you sent|thankyou sent|awaiting|awaiting response|pending)$/, 'waiting'],
  [/^(followed up|follow up|followup|follow up sent)$/, 'followed_up'],
  [/^(offer|offer received|offered|negotiating)$/, 'offer'],
  [/^(rejected|rejection|declined by employer|not selected|turned down)$/, 'rejected'],
  [/^(closed|accepted|declined|withdrawn|withdrew|ghosted|no response|archived)$/, 'closed'],
];

/** Outcomes other trackers imply through their status word. */
const OUTCOME_OF_STATUS: Record<string, Outcome> = {
  accepted: 'accepted',
  declined: 'declined',
  withdrawn: 'withdrawn',
  withdrew: 'withdrawn',
  ghosted: 'no_response',
  'no response': 'no_response',
};

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-–]+/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readStage(text: string): Read<{ stage: StageId; outcome?: Outcome }> {
  const w = words(text);
  if ((STAGE_IDS as readonly string[]).includes(w.replace(/ /g, '_'))) return ok({ stage: w.replace(/ /g, '_') as StageId });
  for (const [pattern, stage] of STAGE_WORDS) {
    if (pattern.test(w)) {
      const outcome = OUTCOME_OF_STATUS[w];
      return ok(outcome ? { stage, outcome } : { stage });
    }
  }
  return fail(`"${text}" is not a stage; use one of ${STAGE_IDS.join(', ')}`);
}

export function readOutcome(text: string): Read<Outcome> {
  const w = words(text).replace(/ /g, '_');
  if ((OUTCOMES as readonly string[]).includes(w)) return ok(w as Outcome);
  return fail(`"${text}" is not an outcome; use one of ${OUTCOMES.join(', ')}`);
}

export function readMinutes(text: string): Read<number> {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 5 || n > 24 * 60) return fail(`"${text}" is not a length in minutes between 5 and 1440`);
  return ok(n);
}

export interface Person {
  name: string;
  email: string;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Splits on semicolons, except inside a name written in double quotes at the start of an entry. */
function splitPeople(text: string): string[] {
  return (text.match(/\s*(?:"[^"]*"[^;]*|[^;]+)/g) ?? []).map((p) => p.trim()).filter(Boolean);
}

/** "Dana Whitfield <dana@acme.example>; Sam Ortiz": people separated by semicolons. */
export function readPeople(text: string): Read<Person[]> {
  const people: Person[] = [];
  for (const part of splitPeople(text)) {
    const match = /^(.*?)\s*<([^<>]*)>$/.exec(part);
    const raw = (match ? match[1]! : part).trim();
    // A name may be quoted ("Ortiz; Sam" <sam@...>); one pair of quotes is taken off.
    const name = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    const email = match ? match[2]!.trim() : '';
    if (email && !EMAIL.test(email)) return fail(`"${email}" is not an email address`);
    if (!name.trim() && !email) return fail(`"${part}" has no name`);
    people.push({ name: name.trim() ? name : email, email });
  }
  return ok(people);
}

export function writePeople(people: readonly Person[]): string {
  const quoted = (name: string) => (/[;<>]|^"/.test(name) ? `"${name}"` : name);
  return people.map((p) => (p.email ? `${quoted(p.name)} <${p.email}>` : quoted(p.name))).join('; ');
}

const WEB_ADDRESS = z.url({ protocol: /^https?$/ });

/** Web addresses without a scheme ("acme.example/jobs/1") get https://. */
export function readUrl(text: string): Read<string> {
  const value = /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()) ? text.trim() : `https://${text.trim()}`;
  return WEB_ADDRESS.safeParse(value).success ? ok(value) : fail(`"${text}" is not a web address`);
}
