// How many open actions are due (today or overdue) and how many of those are overdue: the
// top bar's Today count, the tray badge and the first screen all count the same way.
import type { Action } from '../model/types.ts';

export interface DueCounts {
  /** Due today or overdue. */
  today: number;
  overdue: number;
}

export function dueCounts(actions: readonly Action[]): DueCounts {
  let today = 0;
  let overdue = 0;
  for (const a of actions) {
    if (a.due === null || a.status === 'upcoming') continue;
    today += 1;
    if (a.status === 'overdue') overdue += 1;
  }
  return { today, overdue };
}
