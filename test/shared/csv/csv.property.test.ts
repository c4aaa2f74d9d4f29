// Property: CSV export then import is the identity, for any applications the format can hold
// (built by importing random rows), in a zone with a daylight-saving change in range.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { applicationsToCsv, parseApplicationsCsv } from '../../../shared/csv/index.ts';
import { OUTCOMES, STAGE_IDS } from '../../../shared/model/schema.ts';

const now = new Date('2022-06-01T12:00:00.000Z');
const text = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '=', '-', '+', '@', ';', "'", 'é', '<', '>'),
  maxLength: 12,
});
const name = text.map((s) => `N${s}`.trim().replace(/[;<>]/g, ''));
// Inside the interviewers cell, people are separated by ";" with emails in <>; a name there
// has no quotes or separators of its own (a quoted name is covered by the example tests).
const person = name.map((s) => s.replace(/"/g, '').trim() || 'N');
const instantText = fc.integer({ min: 0, max: 200 * 24 * 60 }).map((m) => {
  const d = new Date(Date.parse('2022-01-01T00:00:00.000Z') + m * 60_000);
  return m % 7 === 0 ? d.toISOString() : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`;
});
const dayText = fc
  .integer({ min: 0, max: 200 })
  .map((d) => new Date(Date.parse('2022-01-01T00:00:00Z') + d * 864e5).toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: '' as const });

const row = fc.record({
  company: name,
  role: name,
  stage: maybe(fc.constantFrom(...STAGE_IDS)),
  location: text,
  url: maybe(fc.constantFrom('https://acme.example/jobs/1', 'acme.example/x')),
  applied_on: maybe(dayText),
  interview_at: maybe(instantText),
  interview_minutes: maybe(fc.integer({ min: 5, max: 600 }).map(String)),
  interviewers: fc
    .array(fc.record({ n: person, email: fc.option(fc.constantFrom('dana@acme.example', 'sam@b.example'), { nil: '' }) }), { maxLength: 3 })
    .map((ps) => ps.map((p) => (p.email ? `${p.n} <${p.email}>` : p.n)).join('; ')),
  decision_by: maybe(dayText),
  thank_you_sent_at: maybe(instantText),
  follow_up_sent_at: maybe(instantText),
  second_follow_up_sent_at: maybe(instantText),
  employer_replied_at: maybe(instantText),
  offer_at: maybe(instantText),
  rejected_at: maybe(instantText),
  feedback_requested_at: maybe(instantText),
  closed_at: maybe(instantText),
  outcome: maybe(fc.constantFrom(...OUTCOMES)),
  topic: text,
  skills: text,
  notes: text,
});

describe('CSV (property)', () => {
  it('export then import gives back the same applications', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        // Interview minutes only mean something with an interview time.
        const cleaned = rows.map((r) => (r.interview_at ? r : { ...r, interview_minutes: '' }));
        const first = parseApplicationsCsv(Papa.unparse(cleaned), { now });
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const second = parseApplicationsCsv(applicationsToCsv(first.applications), { now });
        if (!second.ok) throw new Error(JSON.stringify(second.errors));
        expect(second.applications).toEqual(first.applications);
      }),
      { numRuns: 300 },
    );
  });
});
