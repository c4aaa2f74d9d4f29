import { describe, expect, it } from 'vitest';
import { createWriteCheck } from '../../../../electron/services/storage/write-check.ts';
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
