import { describe, expect, it } from 'vitest';
import { createWriteCheck } from '../../../../node/services/storage/write-check.ts';
import { sampleApplication, sampleDocument } from '../../../fixtures/data/generate.ts';

describe('the check before each write', () => {
  it('accepts a valid document and then only re-checks applications that are new objects', () => {
    const check = createWriteCheck();
    const doc = sampleDocument(5);
    expect(check(doc)).toEqual({ ok: true });
    const broken = { ...sampleApplication(3), company: '' };
    const next = { ...doc, applications: doc.applications.map((a, i) => (i === 3 ? broken : a)) };
    expect(check(next)).toEqual({ ok: false, path: 'applications.3.company', message: 'a company name is needed' });
  });

  it('still checks the rest of the document (settings, columns, templates)', () => {
    const check = createWriteCheck();
    const doc = sampleDocument(2);
    check(doc);
    const bad = { ...doc, settings: { ...doc.settings, policy: { ...doc.settings.policy, notifyAtHour: 30 } } };
    expect(check(bad)).toMatchObject({ ok: false, path: 'settings.policy.notifyAtHour' });
  });
});

describe('the check a save runs, from the change alone', () => {
  it('refuses a twin id wherever the change puts it, and lets an edit in place through', async () => {
    const { openDocumentStore } = await import('../../../../node/services/storage/document-store.ts');
    const { newDataDir, clock } = await import('./service-harness.ts');
    const dataDir = newDataDir();
    const store = await openDocumentStore({ dataDir, clock });
    const doc = sampleDocument(5);
    await store.save(doc);
    const twin = { ...sampleApplication(9), id: doc.applications[3]!.id };
    expect(() => store.save({ ...doc, applications: [twin, ...doc.applications] })).toThrow(
      /two applications would have the same id \(app-3\)/,
    );
    expect(() => store.save({ ...doc, applications: [...doc.applications, twin] })).toThrow(/same id/);
    const edited = doc.applications.map((a, i) => (i === 2 ? { ...a, notes: 'edited' } : a));
    await store.save({ ...doc, applications: edited });
    expect(store.doc.applications[2]!.notes).toBe('edited');
    await store.close();
  });
});
