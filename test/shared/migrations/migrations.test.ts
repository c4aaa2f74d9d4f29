import { describe, expect, it } from 'vitest';
import { migrateDocument, MIGRATIONS, versionOf } from '../../../shared/migrations/index.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { SCHEMA_VERSION } from '../../../shared/model/schema.ts';

describe('migrateDocument', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `missing migration from ${v}`).toBeTypeOf('function');
  });

  it('passes a current document through unchanged and validated', () => {
    const doc = emptyDocument();
    const outcome = migrateDocument(JSON.parse(JSON.stringify(doc)));
    expect(outcome).toEqual({ ok: true, doc, fromVersion: SCHEMA_VERSION, migrated: false });
  });

  it('runs each step in order on a copy, never touching the input', () => {
    // Two steps need two versions below the target; the target is raised for the test, so
    // the final schema check fails, but the order and the copy are what is checked here.
    const from = SCHEMA_VERSION - 1;
    const input = { ...emptyDocument(), schemaVersion: from };
    const frozen = JSON.stringify(input);
    const seen: number[] = [];
    const step = (d: Record<string, unknown>) => {
      seen.push(d.schemaVersion as number);
      d.mutated = true;
      return d;
    };
    migrateDocument(input, { [from]: step, [from + 1]: step }, from + 2);
    expect(seen).toEqual([from, from + 1]);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('reports a migrated document as migrated, with its old version', () => {
    const from = SCHEMA_VERSION - 1;
    const outcome = migrateDocument({ ...emptyDocument(), schemaVersion: from }, { [from]: (d) => d });
    expect(outcome).toMatchObject({ ok: true, migrated: true, fromVersion: from, doc: { schemaVersion: SCHEMA_VERSION } });
  });

  it('reports a newer file as such, so it can open read-only', () => {
    const outcome = migrateDocument({ ...emptyDocument(), schemaVersion: SCHEMA_VERSION + 3 });
    expect(outcome).toMatchObject({ ok: false, reason: 'newer', fromVersion: SCHEMA_VERSION + 3 });
  });

  it('rejects a result that does not validate, naming the path', () => {
    const steps = { [SCHEMA_VERSION - 1]: (d: Record<string, unknown>) => ({ ...d, applications: [{ id: 'x' }] }) };
    const outcome = migrateDocument({ ...emptyDocument(), schemaVersion: SCHEMA_VERSION - 1 }, steps);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', path: expect.stringMatching(/^applications\.0\./) });
  });

  it('turns a throwing step into an error rather than a crash', () => {
    const steps = {
      [SCHEMA_VERSION - 1]: () => {
        throw new Error('boom');
      },
    };
    expect(migrateDocument({ ...emptyDocument(), schemaVersion: SCHEMA_VERSION - 1 }, steps)).toMatchObject({
      ok: false,
      message: expect.stringContaining('boom'),
    });
  });

  it('rejects files that are not documents, and versions with no step', () => {
    for (const raw of [null, [], 'text', { applications: [] }, { schemaVersion: 1.5 }, { schemaVersion: -1 }]) {
      expect(migrateDocument(raw)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(versionOf({ schemaVersion: 0 })).toBe(0);
    expect(migrateDocument({ ...emptyDocument(), schemaVersion: SCHEMA_VERSION - 1 }, {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('no way to update'),
    });
  });
});
