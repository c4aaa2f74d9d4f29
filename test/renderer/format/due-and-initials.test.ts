import { describe, expect, it } from 'vitest';
import { formatDue, formatDay, formatMoment, fromLocalInput, statusLabel, toLocalInput } from '../../../renderer/src/format/due.ts';
import { initials } from '../../../renderer/src/format/initials.ts';

// Local-time constructors keep these tests true in any TZ.
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);
const iso = (d: Date) => d.toISOString();

describe('formatDue', () => {
  const now = local(2022, 1, 14, 10, 0); // Friday

  it('reads minutes and hours ahead as "in ..."', () => {
    expect(formatDue(iso(local(2022, 1, 14, 10, 25)), now)).toBe('in 25 min');
    expect(formatDue(iso(local(2022, 1, 14, 13, 0)), now)).toBe('in 3 h');
  });

  it('names later today, tomorrow and the weekday with a clock time', () => {
    expect(formatDue(iso(local(2022, 1, 14, 23, 0)), now)).toBe('today 23:00');
    expect(formatDue(iso(local(2022, 1, 15, 9, 0)), now)).toBe('tomorrow 09:00');
    expect(formatDue(iso(local(2022, 1, 18, 9, 0)), now)).toBe('Tuesday 09:00');
  });

  it('gives a date further ahead, with the year only when it differs', () => {
    expect(formatDue(iso(local(2022, 1, 25, 9, 0)), now)).toBe('25 Jan');
    expect(formatDue(iso(local(2023, 2, 3, 9, 0)), now)).toBe('3 Feb 2023');
  });

  it('counts overdue time in minutes, hours, then days', () => {
    expect(formatDue(iso(local(2022, 1, 14, 9, 50)), now)).toBe('10 min overdue');
    expect(formatDue(iso(local(2022, 1, 14, 5, 0)), now)).toBe('5 h overdue');
    expect(formatDue(iso(local(2022, 1, 13, 9, 0)), now)).toBe('1 day overdue');
    expect(formatDue(iso(local(2022, 1, 12, 9, 0)), now)).toBe('2 days overdue');
  });

  it('says "due now" within a minute and nothing for no due time', () => {
    expect(formatDue(iso(new Date(now.getTime() + 20_000)), now)).toBe('due now');
    expect(formatDue(null, now)).toBe('');
  });
});

describe('other formatters', () => {
  it('labels every status in words', () => {
    expect(statusLabel('overdue')).toBe('Overdue');
    expect(statusLabel('due_today')).toBe('Due today');
    expect(statusLabel('upcoming')).toBe('Upcoming');
  });

  it('writes a moment and a calendar day', () => {
    const now = local(2022, 3, 1);
    expect(formatMoment(iso(local(2022, 1, 14, 10, 0)), now)).toBe('Fri 14 Jan, 10:00');
    expect(formatMoment(iso(local(2021, 1, 14, 10, 0)), now)).toBe('Thu 14 Jan 2021, 10:00');
    expect(formatDay('2022-01-21')).toBe('Friday, 21 Jan');
  });

  it('round-trips a datetime-local value', () => {
    const at = iso(local(2022, 1, 14, 10, 5));
    expect(toLocalInput(at)).toBe('2022-01-14T10:05');
    expect(fromLocalInput('2022-01-14T10:05')).toBe(at);
    expect(fromLocalInput('2022-01-14')).toBeNull();
  });

  it('makes initials from first and last names', () => {
    expect(initials('Dana Scully')).toBe('DS');
    expect(initials('  ada  de  lovelace ')).toBe('AL');
    expect(initials('Prince')).toBe('P');
    expect(initials('')).toBe('?');
  });
});
