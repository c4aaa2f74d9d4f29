// Search and filter: every word typed must appear in the company, the role, the location,
// the notes, a contact's name or the column title. Pure, so the board and tests use the same rule.
import type { Application } from '../../../shared/model/types.ts';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';

function haystack(app: Application): string {
  return [app.company, app.role, app.location, app.notes, STAGE_TITLES[app.stage], ...app.contacts.map((c) => c.name)]
    .join('\n')
    .toLowerCase();
}

export function matchesQuery(app: Application, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(app);
  return words.every((w) => text.includes(w));
}
