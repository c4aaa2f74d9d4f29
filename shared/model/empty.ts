// A new user's document: no applications, default settings, built-in templates unchanged.
import { DocumentSchema, SCHEMA_VERSION } from './schema.ts';
import type { AfterviewDocument } from './types.ts';

export function emptyDocument(): AfterviewDocument {
  return DocumentSchema.parse({ schemaVersion: SCHEMA_VERSION, applications: [] });
}
