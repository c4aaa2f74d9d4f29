// Reading a data or backup file and saying what it holds: a good document (migrated to
// the current format if it was older), one from a newer Afterview, or damage. Nothing here
// writes; the store decides what to do with each outcome.
import fs from 'node:fs';
import { DocumentSchema, SCHEMA_VERSION } from '../../../shared/model/schema.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { MIGRATIONS, migrateDocument, type MigrationTable } from '../../../shared/migrations/index.ts';

export type DocumentFileState =
  | { kind: 'missing' }
  | { kind: 'ok'; doc: AfterviewDocument; migratedFrom: number | null }
  /** `doc` is what could still be shown read-only, or null if even that is not possible. */
  | { kind: 'newer'; version: number; doc: AfterviewDocument | null }
  | { kind: 'damaged'; reason: string };

export function serializeDocument(doc: AfterviewDocument): string {
  return JSON.stringify(doc, null, 2);
}

/** Classifies file content; `null` content means the file does not exist. */
export function classifyDocumentText(text: string | null, migrations: MigrationTable = MIGRATIONS): DocumentFileState {
  if (text === null) return { kind: 'missing' };
  if (text.trim() === '') return { kind: 'damaged', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'the file is not complete JSON' };
  }
  const outcome = migrateDocument(raw, migrations);
  if (outcome.ok) return { kind: 'ok', doc: outcome.doc, migratedFrom: outcome.migrated ? outcome.fromVersion : null };
  if (outcome.reason === 'newer') {
    // Show what this version understands of it, without ever writing it back.
    const view = DocumentSchema.safeParse({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
    return { kind: 'newer', version: outcome.fromVersion, doc: view.success ? view.data : null };
  }
  return { kind: 'damaged', reason: outcome.message };
}

export function readDocumentFile(filePath: string, migrations?: MigrationTable): DocumentFileState {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  return classifyDocumentText(text, migrations);
}
