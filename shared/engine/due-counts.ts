// How many open actions are due (today or overdue) and how many of those are overdue: the
// top bar's Today count, the tray badge and the first screen all count the same way.
import type { Action } from '../model/types.ts';

export interface DueCounts {
  /** Due today or overdue. */
  today: number;
  overdue: number;
}

/** Due today or overdue: on Today's list and in its count. */
export const isDue = (a: Action): boolean => a.due !== null && a.status !== 'upcoming';
/** Dated and still to come: Today's "Coming up". */
export const isComingUp = (a: Action): boolean => a.due !== null && a.status === 'upcoming';

export function dueCounts(actions: readonly Action[]): DueCounts {
  let today = 0;
  let overdue = 0;
  for (const a of actions) {
    if (!isDue(a)) continue;
    today += 1;
    if (a.status === 'overdue') overdue += 1;
  }
  return { today, overdue };
}
