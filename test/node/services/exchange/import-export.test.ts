import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { detectFormat, exportContent, importContent } from '../../../../node/services/exchange/import-export.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import type { AfterviewDocument, Application } from '../../../../shared/model/types.ts';
import { sampleApplication, sampleDocument } from '../../../fixtures/data/generate.ts';
import { computeAllActions } from '../../../../shared/engine/actions.ts';

const now = new Date('2024-03-10T12:00:00.000Z');

function customised(count: number): AfterviewDocument {
  const doc = sampleDocument(count);
  return {
    ...doc,
    settings: {
      ...doc.settings,
      candidateName: 'Ada Lovelace',
      preset: 'persistent',
      policy: { ...doc.settings.policy, maxFollowUps: null, quietHours: { start: 22, end: 7 } },
    },
    templates: [
      { id: 'mine-1', kind: 'follow_up_email', name: 'My follow-up', subject: 'Checking in', body: 'Hello {interviewer}', builtIn: false },
    ],
  };
}

function imported(doc: AfterviewDocument, fileName: string, content: string) {
  const result = importContent(doc, { fileName, content }, now);
  if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`);
  return result.value;
}

describe('JSON backup', () => {
  it('round-trips exactly onto an empty board (settings and templates included)', () => {
    const original = customised(25);
    const file = exportContent(original, 'json', now);
    expect(file).toMatchObject({
      fileName: expect.stringMatching(/^afterview-backup-\d{4}-\d{2}-\d{2}\.json$/),
      mimeType: 'application/json',
    });
    const { doc, summary } = imported(emptyDocument(), file.fileName, file.content);
    expect(doc).toEqual(original);
    expect(summary).toEqual({ added: 25, updated: 0, skipped: 0, usedColumns: [], ignoredColumns: [] });
  });

  it('re-importing the same backup changes nothing and counts every application as skipped', () => {
    const original = sampleDocument(10);
    const { doc, summary } = imported(original, 'x.json', exportContent(original, 'json', now).content);
    expect(doc).toBe(original);
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 10 });
  });

  it('merges into a board: new ones added, changed ones updated, duplicates (company, role, applied date) skipped', () => {
    const current = sampleDocument(5);
    const changed = { ...current.applications[0]!, notes: 'Changed in the backup' };
    const duplicate: Application = {
      ...current.applications[1]!,
      id: 'other-id',
      company: `  ${current.applications[1]!.company.toUpperCase()} `,
    };
    const fresh = [sampleApplication(100), sampleApplication(101), sampleApplication(102)];
    const backup = { ...current, applications: [changed, ...current.applications.slice(1), duplicate, ...fresh] };
    const { doc, summary } = imported(current, 'b.json', JSON.stringify(backup));
    expect(summary).toMatchObject({ added: 3, updated: 1, skipped: 5 });
    expect(doc.applications).toHaveLength(8);
    expect(doc.applications[0]!.notes).toBe('Changed in the backup');
    expect(doc.applications.some((a) => a.id === 'other-id')).toBe(false);
    // Every new card sits in the column of its stage.
    for (const app of fresh) expect(doc.columns[app.stage]).toContain(app.id);
    expect(doc.settings).toEqual(current.settings);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "applications": [', /not valid JSON/],
    ['a newer backup', JSON.stringify({ ...sampleDocument(1), schemaVersion: 99 }), /newer version of Afterview/],
    [
      'an invalid application',
      JSON.stringify({ ...sampleDocument(1), applications: [{ ...sampleApplication(0), company: '' }] }),
      /applications\.0\.company/,
    ],
  ])('refuses %s and leaves the data as it was', (_name, content, message) => {
    const current = sampleDocument(3);
    const snapshot = JSON.stringify(current);
    const result = importContent(current, { fileName: 'backup.json', content }, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('import_failed');
      expect(result.error.message).toMatch(message);
    }
    expect(JSON.stringify(current)).toBe(snapshot);
  });

  it('names the field of an invalid application in the error path', () => {
    const bad = JSON.stringify({ ...sampleDocument(1), applications: [{ ...sampleApplication(0), url: 'not a url' }] });
    const result = importContent(emptyDocument(), { fileName: 'b.json', content: bad }, now);
    expect(!result.ok && result.error.path).toBe('applications.0.url');
  });
});

describe('CSV import', () => {
  const csv = [
    'Company,Position,Date Applied,Status,Favourite colour',
    'Globex,Designer,2024-03-01,Applied,blue',
    'Initech,Analyst,2024-02-20,Applied,green',
  ].join('\n');

  it("reads another tracker's headers, adds the rows and reports used and ignored columns", () => {
    const { doc, summary } = imported(emptyDocument(), 'tracker.csv', csv);
    expect(doc.applications.map((a) => a.company)).toEqual(['Globex', 'Initech']);
    expect(summary.added).toBe(2);
    expect(summary.ignoredColumns).toEqual(['Favourite colour']);
    expect(summary.usedColumns).toEqual(expect.arrayContaining(['Company', 'Position', 'Date Applied']));
  });

  it('skips rows that duplicate an application already on the board', () => {
    const first = imported(emptyDocument(), 'tracker.csv', csv).doc;
    const again = imported(first, 'tracker-again.csv', csv);
    expect(again.summary).toMatchObject({ added: 0, skipped: 2 });
    expect(again.doc).toBe(first);
  });

  it('is all-or-nothing: one bad row names its row and column, and nothing is added', () => {
    const bad = `${csv}\n,Engineer,2024-03-02,Applied,red`;
    const current = sampleDocument(2);
    const result = importContent(current, { fileName: 'tracker.csv', content: bad }, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Nothing was imported\. Row 4, column "Company": /);
      expect(result.error.path).toBe('row 4, Company');
    }
    expect(current.applications).toHaveLength(2);
  });

  it('reads ambiguous slashed dates in the order the user chose in the preview (issue 10)', () => {
    const slashed = 'Company,Position,Date Applied\nGlobex,Designer,10/02/2024';
    const appliedDay = (order: 'dmy' | 'mdy') => {
      const result = importContent(emptyDocument(), { fileName: 't.csv', content: slashed, dateOrder: order }, now);
      if (!result.ok) throw new Error(result.error.message);
      const at = result.value.doc.applications[0]!.events.find((e) => e.kind === 'applied')!.at;
      return new Date(at).getMonth();
    };
    expect(appliedDay('dmy')).toBe(1);
    expect(appliedDay('mdy')).toBe(9);
    expect(importContent(emptyDocument(), { fileName: 't.csv', content: slashed }, now).ok).toBe(false);
  });
});

describe('format detection', () => {
  it('tells the format by content first, then by extension', () => {
    expect(detectFormat('data.csv', '{"schemaVersion":1}')).toBe('json');
    expect(detectFormat('data.txt', '\ufeff  {"a":1}')).toBe('json');
    expect(detectFormat('data.json', 'Company,Role')).toBe('json');
    expect(detectFormat('data', 'Company,Role')).toBe('csv');
    expect(detectFormat('cal.ics', 'BEGIN:VCALENDAR\r\n')).toBe('ics');
  });

  it('explains that calendars cannot be imported', () => {
    const result = importContent(emptyDocument(), { fileName: 'c.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' }, now);
    expect(!result.ok && result.error.message).toMatch(/cannot import them/);
  });
});

describe('ICS export (RFC 5545, parsed with ical.js)', () => {
  function board(): AfterviewDocument {
    const base = sampleApplication(1);
    const upcoming: Application = {
      ...base,
      id: 'up',
      company: 'Globex',
      role: 'Designer',
      stage: 'interviewing',
      location: 'Berlin',
      rounds: [
        { id: 'r1', startsAt: '2024-03-12T09:00:00.000Z', minutes: 45, kind: 'video', interviewerIds: [base.contacts[0]!.id], topics: '' },
      ],
      events: [base.events[0]!, { id: 'e2', kind: 'interview_scheduled', at: '2024-03-05T09:00:00.000Z', note: '', roundId: 'r1' }],
    };
    const past: Application = {
      ...upcoming,
      id: 'past',
      company: 'Initech',
      rounds: [{ ...upcoming.rounds[0]!, id: 'r0', startsAt: '2024-03-01T09:00:00.000Z' }],
      events: [base.events[0]!],
    };
    const waiting: Application = {
      ...base,
      id: 'wait',
      company: 'Hooli',
      stage: 'waiting',
      decisionBy: '2024-03-15',
      rounds: [{ id: 'r2', startsAt: '2024-03-08T09:00:00.000Z', minutes: 60, kind: 'video', interviewerIds: [], topics: '' }],
      events: [base.events[0]!, { id: 'e3', kind: 'thank_you_sent', at: '2024-03-08T15:00:00.000Z', note: '', roundId: 'r2' }],
    };
    return { ...emptyDocument(), applications: [upcoming, past, waiting] };
  }

  it('lists upcoming interviews and follow-up due times as valid VEVENTs', () => {
    const file = exportContent(board(), 'ics', now);
    expect(file.mimeType).toBe('text/calendar');
    expect(file.fileName).toMatch(/^afterview-calendar-.*\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const interview = events.find((e) => e.summary === 'Interview: Designer at Globex');
    expect(interview).toBeDefined();
    expect(interview!.startDate.toJSDate().toISOString()).toBe('2024-03-12T09:00:00.000Z');
    expect(interview!.endDate.toJSDate().toISOString()).toBe('2024-03-12T09:45:00.000Z');
    expect(interview!.location).toBe('Berlin');
    expect(interview!.uid).toBe('interview-up-r1@afterview.app');
    // The past interview is not listed as an interview (its open actions are, below); the P4 follow-up for Hooli is.
    expect(events.some((e) => e.summary.startsWith('Interview:') && e.summary.includes('Initech'))).toBe(false);
    const followUp = events.find((e) => e.summary.includes('(Hooli)'));
    expect(followUp).toBeDefined();
    expect(followUp!.description).toMatch(/P4/);
    expect(followUp!.startDate.toJSDate().getTime()).toBeGreaterThan(now.getTime());
  });

  it('holds every open action with a due time, overdue ones at their real time and marked (issue 10)', () => {
    const doc = board();
    const events = new ICAL.Component(ICAL.parse(exportContent(doc, 'ics', now).content))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    const due = computeAllActions(doc, now).filter((a) => a.due !== null);
    expect(due.length).toBeGreaterThan(0);
    for (const action of due) {
      const event = events.find((e) => e.uid === `${action.key}@afterview.app`);
      expect(event, action.key).toBeDefined();
      expect(event!.startDate.toJSDate().toISOString()).toBe(action.due);
      expect(event!.summary.startsWith('Overdue: '), action.key).toBe(action.status === 'overdue');
    }
  });

  it('uses CRLF line endings as RFC 5545 requires', () => {
    const { content } = exportContent(board(), 'ics', now);
    expect(content.split('\r\n').length).toBeGreaterThan(10);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});

describe('CSV export', () => {
  it('exports every application and imports back onto an empty board with nothing skipped', () => {
    const original = sampleDocument(12);
    const file = exportContent(original, 'csv', now);
    expect(file.mimeType).toBe('text/csv');
    expect(file.fileName).toMatch(/^afterview-applications-.*\.csv$/);
    const { doc, summary } = imported(emptyDocument(), file.fileName, file.content);
    expect(summary).toMatchObject({ added: 12, skipped: 0, ignoredColumns: [] });
    expect(doc.applications.map((a) => [a.id, a.company, a.role, a.stage])).toEqual(
      original.applications.map((a) => [a.id, a.company, a.role, a.stage]),
    );
  });

  it('re-importing its own CSV into the same board updates nothing and skips every row', () => {
    const original = sampleDocument(6);
    const { summary, doc } = imported(original, 'a.csv', exportContent(original, 'csv', now).content);
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 6 });
    expect(doc).toBe(original);
  });
});
