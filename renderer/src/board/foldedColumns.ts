// Which columns are folded into slim strips. The board alone folds Closed by default; beside
// the open panel it also folds Rejected, so Applied to Offer keep a readable width on a
// laptop (issue 10). Each arrangement remembers the user's own choice separately.
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { StageId } from '../../../shared/model/types.ts';

/** The columns a user may fold: the ones where nothing more is usually sent. */
export const FOLDABLE: ReadonlySet<StageId> = new Set<StageId>(['rejected', 'closed']);

const KEYS = { alone: 'afterview.collapsedColumns', besidePanel: 'afterview.collapsedColumnsBesidePanel' } as const;
const DEFAULTS: Record<keyof typeof KEYS, StageId[]> = { alone: ['closed'], besidePanel: ['rejected', 'closed'] };

export type Arrangement = keyof typeof KEYS;

export function loadFolded(arrangement: Arrangement): Set<StageId> {
  try {
    const raw = localStorage.getItem(KEYS[arrangement]);
    const saved = raw === null ? DEFAULTS[arrangement] : (JSON.parse(raw) as unknown);
    return new Set(
      Array.isArray(saved) ? saved.filter((s): s is StageId => (STAGE_IDS as readonly string[]).includes(s)) : DEFAULTS[arrangement],
    );
  } catch {
    return new Set(DEFAULTS[arrangement]);
  }
}

export function saveFolded(arrangement: Arrangement, folded: ReadonlySet<StageId>): void {
  try {
    localStorage.setItem(KEYS[arrangement], JSON.stringify([...folded]));
  } catch {
    // Not kept across restarts; the board still folds for now.
  }
}
