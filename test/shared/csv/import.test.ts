// CSV interchange: our own columns, other trackers' headers, and errors with row and column.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('America/New_York');

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv, parseApplicationsCsv } from '../../../shared/csv/index.ts';
import { computeActions } from '../../../shared/engine/actions.ts';
import { deriveStage } from '../../../shared/model/stage.ts';
import { ApplicationSchema } from '../../../shared/model/schema.ts';
import { local, localDate, policy } from '../support/build.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
const now = new Date('2022-01-24T17:00:00.000Z');

function parseOk(text: string) {
  const result = parseApplicationsCsv(text, { now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('parseApplicationsCsv', () => {
  it('reads our own columns into valid applications whose stage follows from the dates', () => {
    const { applications, usedColumns, ignoredColumns } = parseOk(fixture('applications.csv'));
    expect(applications.map((a) => [a.company, a.stage])).toEqual([
      ['Northwind', 'waiting'],
      ['Birch & Co', 'interviewing'],
      ['Cobalt', 'followed_up'],
      ['Delta Labs', 'applied'],
    ]);
    for (const app of applications) {
      expect(ApplicationSchema.parse(app)).toEqual(app);
      expect(deriveStage(app)).toBe(app.stage);
    }
    expect(ignoredColumns).toEqual([]);
    expect(usedColumns).toContain('interview_at');
    const northwind = applications[0]!;
    expect(northwind.contacts.map((c) => [c.name, c.email])).toEqual([
      ['Dana Whitfield', 'dana@northwind.example'],
      ['Sam Ortiz', ''],
    ]);
    expect(northwind.rounds[0]).toMatchObject({
      startsAt: local('2022-01-14 10:00'),
      minutes: 60,
      interviewerIds: ['c1', 'c2'],
      topics: 'their move to a design system',
    });
    expect(northwind.decisionBy).toBe('2022-01-21');
    expect(applications[3]!.url).toBe('https://deltalabs.example/careers/7');
  });

  it('feeds the engine: the worked example row gives P4 on Tuesday 25 January 09:00', () => {
    const [northwind] = parseOk(fixture('applications.csv')).applications;
    const [p4] = computeActions(northwind!, { now: localDate('2022-01-24 12:00'), policy: policy() });
    expect(p4).toMatchObject({ rule: 'P4', due: local('2022-01-25 09:00') });
  });

  it("maps other trackers' headers and status words, and reports the columns it ignored", () => {
    const result = parseOk(fixture('other-tracker.csv'));
    expect(result.usedColumns).toEqual(['Company Name', 'Job Title', 'Status', 'Date Applied', 'Job URL', 'Contact', 'Notes']);
    expect(result.ignoredColumns).toEqual(['Salary']);
    expect(result.applications.map((a) => [a.company, a.stage, a.outcome])).toEqual([
      ['Acme', 'interviewing', null],
      ['Globex', 'offer', null],
      ['Initech', 'closed', 'no_response'],
      ['Umbrella', 'rejected', null],
    ]);
    expect(result.applications[1]!.events[0]).toMatchObject({ kind: 'applied', at: local('2022-01-05 00:00') });
    expect(result.applications[0]!.notes).toBe('First round went well');
  });

  it('names the row (header = row 1) and the column of each problem', () => {
    const result = parseApplicationsCsv(fixture('malformed.csv'), { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 3, column: 'applied_on', message: '"2022-02-30" is not a day on the calendar' },
      { row: 4, column: 'role', message: 'a role is needed' },
    ]);
  });

  it('reads slashed dates in the order the file shows, and asks for YYYY-MM-DD when it cannot tell', () => {
    const us = parseOk('Company,Position,Date Applied\nAcme,Engineer,01/14/2022\nGlobex,Designer,2/3/2022\n').applications;
    expect(us.map((a) => a.events[0]!.at)).toEqual([local('2022-01-14 00:00'), local('2022-02-03 00:00')]);
    const eu = parseOk('Company,Position,Date Applied\nAcme,Engineer,14/01/2022\nGlobex,Designer,2/3/2022\n').applications;
    expect(eu.map((a) => a.events[0]!.at)).toEqual([local('2022-01-14 00:00'), local('2022-03-02 00:00')]);
    const unclear = parseApplicationsCsv('Company,Position,Date Applied\nAcme,Engineer,01/02/2022\n', { now });
    expect(!unclear.ok && unclear.errors[0]).toMatchObject({
      row: 2,
      column: 'Date Applied',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
  });

  it('counts blank lines and multi-line cells the way a spreadsheet numbers rows', () => {
    const text = 'company,role,notes,applied_on\nA,B,"two\nlines",2022-01-01\n\nC,D,,not a date\n';
    const result = parseApplicationsCsv(text, { now });
    expect(!result.ok && result.errors).toEqual([{ row: 4, column: 'applied_on', message: expect.any(String) }]);
  });

  it('says clearly what is wrong with an empty, binary, headerless or huge file', () => {
    const first = (text: string) => {
      const r = parseApplicationsCsv(text, { now });
      return r.ok ? null : r.errors[0];
    };
    expect(first('')).toMatchObject({ row: 0, message: expect.stringContaining('empty') });
    expect(first('\ufeff  \n')).toMatchObject({ row: 0, message: expect.stringContaining('empty') });
    expect(first('PK\u0003\u0004\u0000\u0000binary')).toMatchObject({ row: 0, message: expect.stringContaining('binary') });
    expect(first('name,when\nx,y')).toMatchObject({ row: 1, column: 'company' });
    expect(first('company,role\n' + 'x'.repeat(21 * 1024 * 1024))).toMatchObject({ row: 0, message: expect.stringContaining('20 MB') });
  });

  it('accepts semicolon-separated files, a byte-order mark and headers in any case and order', () => {
    const { applications } = parseOk('\ufeffROLE;Company;Applied On\nEngineer;Acme;2022-01-03\n');
    expect(applications[0]).toMatchObject({ company: 'Acme', role: 'Engineer', stage: 'applied' });
  });

  it('rejects bad stages, outcomes, emails, lengths and duplicate ids with their column', () => {
    const text =
      'id,company,role,stage,interview_minutes,interviewers,outcome\nx,A,B,limbo,60,,\nx,C,D,applied,3,Sam <not-an-email>,\ny,E,F,closed,,,lost\n';
    const result = parseApplicationsCsv(text, { now });
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'stage'],
      [3, 'interview_minutes'],
      [3, 'interviewers'],
      [4, 'outcome'],
    ]);
  });

  it('reads quoted names with separators in them, and writes them back quoted', () => {
    const text = 'company,role,interviewers\nAcme,Engineer,"""Ortiz; Sam"" <sam@acme.example>; Dana ""DJ"" Lee"\n';
    const [app] = parseOk(text).applications;
    expect(app!.contacts.map((c) => [c.name, c.email])).toEqual([
      ['Ortiz; Sam', 'sam@acme.example'],
      ['Dana "DJ" Lee', ''],
    ]);
    expect(parseOk(applicationsToCsv([app!])).applications[0]!.contacts).toEqual(app!.contacts);
  });

  it('gives the same ids for the same file, and distinct ids for repeated rows', () => {
    const text = 'company,role\nAcme,Engineer\nAcme,Engineer\n';
    const a = parseOk(text).applications.map((x) => x.id);
    expect(a[0]).not.toBe(a[1]);
    expect(parseOk(text).applications.map((x) => x.id)).toEqual(a);
  });
});

describe('applicationsToCsv', () => {
  it('writes a header of our columns and local times, and guards formula-like cells', () => {
    const csv = applicationsToCsv([{ ...parseOk(fixture('applications.csv')).applications[0]!, notes: '=HYPERLINK("x")' }]);
    const [header, row] = csv.split('\r\n');
    expect(header!.startsWith('id,company,role,stage,')).toBe(true);
    expect(row).toContain('2022-01-14 10:00');
    expect(row).toContain('Dana Whitfield <dana@northwind.example>; Sam Ortiz');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseOk(csv).applications[0]!.notes).toBe('=HYPERLINK("x")');
  });

  it("export then import gives back the fixture's applications exactly", () => {
    const { applications } = parseOk(fixture('applications.csv'));
    expect(parseOk(applicationsToCsv(applications)).applications).toEqual(applications);
    const other = parseOk(fixture('other-tracker.csv')).applications;
    expect(parseOk(applicationsToCsv(other)).applications).toEqual(other);
  });
});
