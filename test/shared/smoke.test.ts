import { describe, expect, it } from 'vitest';
import { emptyDocument, DocumentSchema, SCHEMA_VERSION } from '../../shared/model/index.ts';

describe('emptyDocument', () => {
  it('is a valid document of the current schema with default policy', () => {
    const doc = emptyDocument();
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.settings.policy.thankYouWithinHours).toBe(24);
    expect(doc.settings.policy.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(doc.columns)).toHaveLength(7);
  });
});
