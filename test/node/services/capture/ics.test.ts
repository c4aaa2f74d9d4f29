// Invitations as calendar programs send them, read in London; every start is pinned as an
// instant and named with its weekday.
import { useTimeZone } from '../../../shared/support/tz.ts';
useTimeZone('Europe/London');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInvites } from '../../../../node/services/capture/ics.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/capture/${name}`, import.meta.url)), 'utf8');

describe('readInvites', () => {
  it('Google Calendar with its VTIMEZONE: Tuesday 8 December 2026 10:00 New York is 15:00 UTC, 45 minutes, the Meet link, without the candidate', () => {
    const [invite] = readInvites(fixture('google-calendar.ics'));
    expect(invite).toMatchObject({
      uid: '7kq2m9c1b5rj3n8v@google.com',
      sequence: 0,
      cancelled: false,
      start: '2026-12-08T15:00:00.000Z',
      minutes: 45,
      location: 'https://meet.google.com/xyz-abcd-efg',
      attendees: [
        { name: 'Dana Reyes', email: 'dana@northwind.io' },
        { name: 'Sam Ortiz', email: 'sam@northwind.io' },
      ],
    });
  });

  it('the update (SEQUENCE 1) moves it to Wednesday 9 December 2026 14:00 New York = 19:00 UTC; the cancel says cancelled', () => {
    expect(readInvites(fixture('google-calendar-update.ics'))[0]).toMatchObject({ sequence: 1, start: '2026-12-09T19:00:00.000Z' });
    expect(readInvites(fixture('google-calendar-cancel.ics'))[0]).toMatchObject({ method: 'CANCEL', cancelled: true, sequence: 2 });
  });

  it('Outlook/Teams with a Windows zone name: Thursday 10 December 2026 15:00 Amsterdam = 14:00 UTC, room left out, Teams link kept', () => {
    const [invite] = readInvites(fixture('outlook-teams.ics'));
    expect(invite!.start).toBe('2026-12-10T14:00:00.000Z');
    expect(invite!.minutes).toBe(60);
    expect(invite!.location).toMatch(/^Microsoft Teams Meeting: https:\/\/teams\.microsoft\.com\//);
    expect(invite!.attendees.map((p) => p.name)).toEqual(['Mira Janssen', 'Joost de Vries']);
  });

  it('Zoom in UTC with DURATION: Friday 11 December 2026 17:00 UTC, 30 minutes, the organiser as the interviewer', () => {
    expect(readInvites(fixture('zoom.ics'))[0]).toMatchObject({
      start: '2026-12-11T17:00:00.000Z',
      minutes: 30,
      attendees: [{ name: 'Priya Shah', email: 'priya@northwind.io' }],
    });
  });

  it('a TZID without VTIMEZONE and a DURATION: Monday 14 December 2026 09:30 Berlin = 08:30 UTC, 90 minutes', () => {
    expect(readInvites(fixture('ats-no-vtimezone.ics'))[0]).toMatchObject({
      start: '2026-12-14T08:30:00.000Z',
      minutes: 90,
      attendees: [{ name: 'Lena Vogel', email: 'lena@fjordlabs.de' }],
    });
  });

  it("floating time is the user's (Tuesday 15 December 2026 11:00 London) and an all-day event starts at local midnight", () => {
    const [floating, allDay] = readInvites(fixture('floating-and-all-day.ics'));
    expect(floating).toMatchObject({ start: '2026-12-15T11:00:00.000Z', minutes: 30, allDay: false });
    expect(allDay).toMatchObject({ start: '2026-12-16T00:00:00.000Z', minutes: 1440, allDay: true });
  });

  it('leaves out the addresses it is told are the user', () => {
    expect(readInvites(fixture('google-calendar.ics'), ['sam@northwind.io'])[0]!.attendees.map((p) => p.email)).toEqual([
      'dana@northwind.io',
      'alex.candidate@gmail.com',
    ]);
  });

  it('says what was expected for an event without a start and for text that is no calendar', () => {
    expect(() => readInvites(fixture('no-start.ics'))).toThrow(
      'This invitation has no start time (DTSTART), so there is no interview to add.',
    );
    expect(() => readInvites('hello')).toThrow(/^This is not a calendar file/);
  });
});
