// The full JSON backup: the whole document, exactly as stored, so exporting and importing
// it gives back the same data. Reading one goes through the same migrations and schema as
// the data file, so an older backup still imports and a damaged one is refused.
import type { AfterviewDocument } from '../model/types.ts';
import { migrateDocument } from '../migrations/index.ts';

export function encodeBackup(doc: AfterviewDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The first application id that appears twice, or null. */
export function firstTwinId(doc: Pick<AfterviewDocument, 'applications'>): string | null {
  const seen = new Set<string>();
  for (const app of doc.applications) {
    if (seen.has(app.id)) return app.id;
    seen.add(app.id);
  }
  return null;
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
  if (outcome.ok) {
    // Two applications with one id would be one card to every command: editing one would
    // change the other, deleting one delete both. Such a file is refused, not guessed at.
    const twin = firstTwinId(outcome.doc);
    if (twin !== null) {
      return {
        ok: false,
        message: `This backup holds two applications with the same id (${twin.slice(0, 64)}), so nothing was imported; it was probably edited by hand: give one of them a new id and import it again.`,
      };
    }
    return { ok: true, doc: outcome.doc };
  }
  if (outcome.reason === 'newer') {
    return {
      ok: false,
      message: 'This backup was made by a newer version of Afterview; update Afterview to import it. Nothing was changed.',
    };
  }
  return {
    ok: false,
    message: `This is not an Afterview backup that can be read: ${outcome.message}. Nothing was changed.`,
    ...(outcome.path ? { path: outcome.path } : {}),
  };
}
