// The full JSON backup: the whole document, exactly as stored, so exporting and importing
// it gives back the same data. Reading one goes through the same migrations and schema as
// the data file, so an older backup still imports and a damaged one is refused.
import type { AfterviewDocument } from '../model/types.ts';
import { migrateDocument } from '../migrations/index.ts';

export function encodeBackup(doc: AfterviewDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type DecodedBackup = { ok: true; doc: AfterviewDocument } | { ok: false; message: string; path?: string };

export function decodeBackup(text: string): DecodedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so nothing was imported.' };
  }
  const outcome = migrateDocument(raw);
  if (outcome.ok) return { ok: true, doc: outcome.doc };
  if (outcome.reason === 'newer') {
    return { ok: false, message: 'This backup was made by a newer version of Afterview; update Afterview to import it. Nothing was changed.' };
  }
  return {
    ok: false,
    message: `This is not an Afterview backup that can be read: ${outcome.message}. Nothing was changed.`,
    ...(outcome.path ? { path: outcome.path } : {}),
  };
}
