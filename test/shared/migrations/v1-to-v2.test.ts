// Schema version 2 (P16's offerDeadline, P7's likedAboutCompany, the send-time check's timeZone,
// P3's per-interviewer topics): a version-1 file comes through unchanged in meaning.
import { describe, expect, it } from 'vitest';
import { migrateDocument } from '../../../shared/migrations/index.ts';
import { SCHEMA_VERSION } from '../../../shared/model/schema.ts';

const v1 = {
  schemaVersion: 1,
  applications: [
    {
      id: 'a',
      company: 'Acme',
      role: 'Designer',
      stage: 'interviewing',
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
      contacts: [{ id: 'c1', name: 'Dana Whitfield' }],
      rounds: [{ id: 'r1', startsAt: '2026-12-01T10:00:00.000Z', interviewerIds: ['c1'], topics: 'the design system' }],
    },
  ],
};

describe('migration 1 -> 2', () => {
  it('P16: a version-1 document becomes version 2 with no offer deadline and its rounds as they were', () => {
    expect(SCHEMA_VERSION).toBe(2);
    const outcome = migrateDocument(v1);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome).toMatchObject({ migrated: true, fromVersion: 1, doc: { schemaVersion: 2 } });
    const app = outcome.doc.applications[0]!;
    expect(app.offerDeadline ?? null).toBeNull();
    expect(app.rounds[0]!.topics).toBe('the design system');
  });

  it('P16: version 2 keeps the new fields, and rejects a deadline that is not a date-time', () => {
    const v2 = {
      ...v1,
      schemaVersion: 2,
      applications: [
        {
          ...v1.applications[0]!,
          offerDeadline: '2026-12-11T16:00:00.000Z',
          likedAboutCompany: 'the research culture',
          timeZone: 'Europe/London',
          rounds: [{ ...v1.applications[0]!.rounds[0]!, interviewerTopics: { c1: 'the design system' } }],
        },
      ],
    };
    const outcome = migrateDocument(v2);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.doc.applications[0]).toMatchObject({
      offerDeadline: '2026-12-11T16:00:00.000Z',
      likedAboutCompany: 'the research culture',
      timeZone: 'Europe/London',
    });
    expect(outcome.doc.applications[0]!.rounds[0]!.interviewerTopics).toEqual({ c1: 'the design system' });
    const bad = migrateDocument({ ...v2, applications: [{ ...v2.applications[0]!, offerDeadline: 'next friday' }] });
    expect(bad).toMatchObject({ ok: false, path: 'applications.0.offerDeadline' });
  });
});
