import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey, mergeApplications } from '../../../shared/exchange/merge.ts';
import { columnsAgree } from '../../../shared/board/columns.ts';
import { sampleApplication, sampleDocument } from '../../fixtures/data/generate.ts';

const now = new Date('2024-03-10T12:00:00.000Z');

describe('mergeApplications', () => {
  it('treats the same company, role and applied day as a duplicate, whatever the case or spacing', () => {
    const a = sampleApplication(3);
    expect(duplicateKey({ ...a, id: 'other', company: ` ${a.company.toUpperCase()}  `, role: a.role.toLowerCase() })).toBe(duplicateKey(a));
    const later = {
      ...a,
      events: a.events.map((e) => (e.kind === 'applied' ? { ...e, at: new Date(Date.parse(e.at) + 3 * 86_400_000).toISOString() } : e)),
    };
    expect(duplicateKey(later)).not.toBe(duplicateKey(a));
  });

  it("in 'fields' mode (CSV) updates typed fields but keeps the card's events, rounds and contacts", () => {
    const doc = sampleDocument(3);
    const existing = doc.applications[1]!;
    const fromCsv = { ...existing, notes: 'New note', location: '', events: [], rounds: [], contacts: [] };
    const merged = mergeApplications(doc, [fromCsv], { mode: 'fields', now });
    expect(merged).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    const result = merged.doc.applications[1]!;
    expect(result.notes).toBe('New note');
    expect(result.location).toBe(existing.location);
    expect(result.events).toEqual(existing.events);
    expect(result.contacts).toEqual(existing.contacts);
    expect(result.updatedAt).toBe(now.toISOString());
  });

  it('skips a duplicate inside the imported list itself', () => {
    const a = sampleApplication(50);
    const merged = mergeApplications(sampleDocument(0), [a, { ...a, id: 'copy' }], { mode: 'replace', now });
    expect(merged).toMatchObject({ added: 1, skipped: 1 });
  });

  it('never loses an application and keeps columns in step with stages (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        fc.boolean(),
        (existing, picks, fields) => {
          const doc = sampleDocument(existing);
          const incoming = picks.map((i) => sampleApplication(i));
          const merged = mergeApplications(doc, incoming, { mode: fields ? 'fields' : 'replace', now });
          const ids = new Set(merged.doc.applications.map((a) => a.id));
          for (const a of doc.applications) expect(ids.has(a.id)).toBe(true);
          expect(merged.added + merged.updated + merged.skipped).toBe(incoming.length);
          expect(merged.doc.applications.length).toBe(doc.applications.length + merged.added);
          expect(columnsAgree(merged.doc)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
