// Merging imported applications into the board. Nothing is ever removed: an application
// the board already has (same id) is updated, one that looks like an existing one (same
// company, role and applied date) is a duplicate and is skipped, anything else is added.
import type { AfterviewDocument, Application } from '../model/types.ts';
import { normaliseColumns } from '../board/columns.ts';
import { eventsInOrder } from '../model/stage.ts';
import { formatLocalDay } from '../dates/local.ts';

export interface MergeCounts {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * 'replace': an update takes the imported application whole (a full JSON backup).
 * 'fields': an update only takes the typed fields (a CSV carries less than the card has,
 * so its events, rounds and contacts are kept rather than lost).
 */
export type UpdateMode = 'replace' | 'fields';

const UPDATABLE_FIELDS = ['company', 'role', 'location', 'url', 'notes', 'skills', 'decisionBy'] as const;

const squash = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The local day an application was sent: its "applied" event, else when it was created. */
export function appliedDayOf(app: Application): string {
  const applied = eventsInOrder(app.events).find((e) => e.kind === 'applied');
  return formatLocalDay(new Date(applied?.at ?? app.createdAt));
}

/** Same company, role and applied date, whatever the case and spacing. */
export function duplicateKey(app: Application): string {
  return `${squash(app.company)}\u0000${squash(app.role)}\u0000${appliedDayOf(app)}`;
}

function updateFields(existing: Application, incoming: Application, now: Date): Application | null {
  const changes: Partial<Application> = {};
  for (const field of UPDATABLE_FIELDS) {
    const value = incoming[field];
    if (value === null || value === '' || value === existing[field]) continue;
    Object.assign(changes, { [field]: value });
  }
  return Object.keys(changes).length === 0 ? null : { ...existing, ...changes, updatedAt: now.toISOString() };
}

export function mergeApplications(
  doc: AfterviewDocument,
  incoming: readonly Application[],
  options: { mode: UpdateMode; now: Date },
): { doc: AfterviewDocument } & MergeCounts {
  const applications = [...doc.applications];
  const indexById = new Map(applications.map((a, i) => [a.id, i]));
  const keys = new Set(applications.map(duplicateKey));
  const counts: MergeCounts = { added: 0, updated: 0, skipped: 0 };

  for (const app of incoming) {
    const at = indexById.get(app.id);
    if (at !== undefined) {
      const existing = applications[at]!;
      const next =
        options.mode === 'replace'
          ? JSON.stringify(existing) === JSON.stringify(app)
            ? null
            : app
          : updateFields(existing, app, options.now);
      if (next) {
        applications[at] = next;
        counts.updated++;
      } else counts.skipped++;
      continue;
    }
    const key = duplicateKey(app);
    if (keys.has(key)) {
      counts.skipped++;
      continue;
    }
    keys.add(key);
    indexById.set(app.id, applications.length);
    applications.push(app);
    counts.added++;
  }
  const columns = normaliseColumns({ applications, columns: doc.columns });
  return { doc: { ...doc, applications, columns }, ...counts };
}
