// Our own document migrations (not electron-store's, whose author does not support them).
// Each step is a pure function from one integer schemaVersion to the next. The runner
// works on a deep copy and validates the result with the current schema, so a failed or
// wrong migration never reaches the disk: the caller decides what to write.
import { DocumentSchema, SCHEMA_VERSION } from '../model/schema.ts';
import type { AfterviewDocument } from '../model/types.ts';
import { toVersion2 } from './v1-to-v2.ts';
import type { RawDocument } from './raw-document.ts';

export type { RawDocument } from './raw-document.ts';

/** step[n] turns a version-n document into a version-(n+1) one; it may mutate its argument. */
export type MigrationTable = Readonly<Record<number, (doc: RawDocument) => RawDocument>>;

/** The real steps; the next schema change adds `2: (doc) => ...` here and bumps SCHEMA_VERSION. */
export const MIGRATIONS: MigrationTable = { 1: toVersion2 };

export type MigrationOutcome =
  | { ok: true; doc: AfterviewDocument; fromVersion: number; migrated: boolean }
  | { ok: false; reason: 'newer'; fromVersion: number; message: string }
  | { ok: false; reason: 'invalid'; message: string; path?: string };

const isRecord = (value: unknown): value is RawDocument => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the schemaVersion of a parsed file, or null if it is not one of our documents. */
export function versionOf(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Brings a parsed file up to SCHEMA_VERSION and validates it. The input is never changed.
 * A file from a newer version is reported as such (the caller opens it read-only).
 */
export function migrateDocument(raw: unknown, migrations: MigrationTable = MIGRATIONS, target: number = SCHEMA_VERSION): MigrationOutcome {
  const fromVersion = versionOf(raw);
  if (fromVersion === null || !isRecord(raw)) {
    return { ok: false, reason: 'invalid', message: 'it is not an Afterview data file (no schemaVersion)' };
  }
  if (fromVersion > target) {
    return {
      ok: false,
      reason: 'newer',
      fromVersion,
      message: `it was saved by a newer Afterview (data format ${fromVersion}, this version reads up to ${target})`,
    };
  }
  // The input came from JSON, so a JSON round trip is an exact deep copy; a current file
  // needs no copy, since validation does not change its input.
  let current = fromVersion < target ? (JSON.parse(JSON.stringify(raw)) as RawDocument) : raw;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations[version];
    if (!step) {
      return { ok: false, reason: 'invalid', message: `there is no way to update data format ${version}` };
    }
    try {
      current = { ...step(current), schemaVersion: version + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: 'invalid', message: `updating data format ${version} failed: ${detail}` };
    }
  }
  const parsed = DocumentSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return {
      ok: false,
      reason: 'invalid',
      message: `${path || 'the document'} ${issue?.message ?? 'is not valid'}`,
      ...(path ? { path } : {}),
    };
  }
  return { ok: true, doc: parsed.data, fromVersion, migrated: fromVersion !== target };
}
