// Version 2 adds, on each card, the offer deadline (P16), what the candidate liked about the
// company (P7) and the recipient's time zone (send-time check), and per-interviewer topics on
// each round (P3). All four are optional, so a version-1 document is already a valid
// version-2 one and this step changes nothing. The version is bumped anyway so that an older
// Afterview opens a newer file read-only instead of silently dropping these fields on save.
import type { RawDocument } from './raw-document.ts';

export function toVersion2(doc: RawDocument): RawDocument {
  return doc;
}
