// Calendar invitations (.ics) as Google Calendar, Outlook/Teams, Zoom and applicant-tracking
// systems send them, read with ical.js: the start in its own zone (TZID with its VTIMEZONE,
// UTC, floating = the user's zone), the length from DTEND or DURATION, and the people.
import ICAL from 'ical.js';
import type { CapturedInvite, Person } from '../../../shared/capture/types.ts';
import { isTimeZone } from '../../../shared/checks/time-zones.ts';
import { instantInZone } from './zoned-time.ts';

export class CaptureReadError extends Error {}

const mailto = (value: unknown) =>
  String(value ?? '')
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();

function personOf(prop: ICAL.Property | null): Person | null {
  if (!prop) return null;
  const email = mailto(prop.getFirstValue());
  const cn = prop.getParameter('cn');
  const name = (Array.isArray(cn) ? cn[0] : cn) ?? '';
  return { name: String(name).replace(/^"|"$/g, '').trim(), email };
}

/** The people on the invite other than the user and the rooms. */
function interviewers(event: ICAL.Component, organizer: Person | null, userEmails: readonly string[]): Person[] {
  const people = event
    .getAllProperties('attendee')
    .filter((p) => !/^(ROOM|RESOURCE)$/i.test(String(p.getParameter('cutype') ?? '')))
    .map(personOf)
    .filter((p): p is Person => p !== null && (p.email !== '' || p.name !== ''));
  const mine = userEmails.map((e) => e.toLowerCase());
  const others = mine.length > 0 ? people.filter((p) => !mine.includes(p.email)) : withoutCandidate(people, organizer);
  // A Zoom invite lists no guests: the person who set it up is the one the user will meet.
  if (others.length === 0 && organizer && organizer.email && !SYSTEM_SENDER.test(organizer.email)) return [organizer];
  return others;
}

const PERSONAL_MAIL = /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|gmx|aol)\./i;
const SYSTEM_SENDER =
  /^(?:no-?reply|noreply|notifications?|calendar|recruiting)@|@(?:greenhouse|lever|ashbyhq|workday|myworkday|smartrecruiters|icims|zoom)\./i;

/**
 * Without the user's address: the one guest on a personal mail domain is the candidate, or
 * else the one guest from outside the organiser's domain.
 */
function withoutCandidate(people: Person[], organizer: Person | null): Person[] {
  const personal = people.filter((p) => PERSONAL_MAIL.test(p.email));
  if (personal.length === 1) return people.filter((p) => p !== personal[0]);
  const domain = organizer && !SYSTEM_SENDER.test(organizer.email) ? organizer.email.split('@')[1] : undefined;
  const outsiders = domain ? people.filter((p) => p.email.split('@')[1] !== domain) : [];
  return outsiders.length === 1 ? people.filter((p) => p !== outsiders[0]) : people;
}

/** ical.js reads a TZID it has no VTIMEZONE for as floating; a known IANA name is used instead. */
function instantOf(time: ICAL.Time, tzid: string | undefined): Date {
  const known = time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid !== 'floating';
  if (!known && tzid && isTimeZone(tzid)) return instantInZone(time, tzid);
  return time.toJSDate();
}

/** Teams and Zoom name the meeting in LOCATION and put its link in the description. */
function placeOf(location: string, link: string): string {
  if (!link || /https?:\/\//.test(location)) return location || link;
  return location ? `${location}: ${link}` : link;
}

function localMidnight(time: ICAL.Time): Date {
  return new Date(time.year, time.month - 1, time.day);
}

function eventOf(component: ICAL.Component, method: string, userEmails: readonly string[]): CapturedInvite {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  if (!start) throw new CaptureReadError('This invitation has no start time (DTSTART), so there is no interview to add.');
  const allDay = start.isDate;
  const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
  const startDate = allDay ? localMidnight(start) : instantOf(start, typeof tzid === 'string' ? tzid : undefined);
  const end = event.endDate;
  const minutes = end ? Math.round(end.subtractDate(start).toSeconds() / 60) : allDay ? 24 * 60 : 60;
  const organizer = personOf(component.getFirstProperty('organizer'));
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const description = String(component.getFirstPropertyValue('description') ?? '');
  // Zoom and Teams put the link in the description when LOCATION is empty or a room name.
  const link = /https:\/\/[^\s<>"]*(?:zoom\.us|teams\.microsoft\.com|meet\.google\.com|webex\.com)[^\s<>"]*/i.exec(description)?.[0] ?? '';
  return {
    uid: String(component.getFirstPropertyValue('uid') ?? ''),
    sequence: Number(component.getFirstPropertyValue('sequence') ?? 0) || 0,
    method,
    cancelled: method === 'CANCEL' || status === 'CANCELLED',
    summary: String(component.getFirstPropertyValue('summary') ?? ''),
    start: startDate.toISOString(),
    allDay,
    minutes: Math.min(24 * 60, Math.max(allDay ? 24 * 60 : 5, minutes)),
    location: placeOf(String(component.getFirstPropertyValue('location') ?? '').trim(), link),
    organizer,
    attendees: interviewers(component, organizer, userEmails),
  };
}

/**
 * Every event in the file, the latest SEQUENCE of each UID only. Throws CaptureReadError
 * with a sentence when the text is not a calendar or has no event.
 */
export function readInvites(text: string, userEmails: readonly string[] = []): CapturedInvite[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch {
    throw new CaptureReadError('This is not a calendar file: an invitation starts with BEGIN:VCALENDAR.');
  }
  const zones = root.getAllSubcomponents('vtimezone').map((vtz) => new ICAL.Timezone(vtz));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    const method = String(root.getFirstPropertyValue('method') ?? 'PUBLISH').toUpperCase();
    const events = root.getAllSubcomponents('vevent');
    if (events.length === 0) throw new CaptureReadError('This calendar file holds no event (VEVENT), so there is no interview in it.');
    const latest = new Map<string, CapturedInvite>();
    for (const invite of events.map((e) => eventOf(e, method, userEmails))) {
      const seen = latest.get(invite.uid);
      if (!seen || invite.sequence >= seen.sequence) latest.set(invite.uid, invite);
    }
    return [...latest.values()];
  } finally {
    for (const zone of zones) ICAL.TimezoneService.remove(zone.tzid);
  }
}
