// The weekly application goal (P14's "keep applying", as a number the user picks). Stored
// optional in the settings so older documents need no schema bump; this is its one default.
import type { Settings } from '../model/types.ts';

export const DEFAULT_WEEKLY_APPLICATION_GOAL = 5;

export function weeklyGoalOf(settings: Pick<Settings, 'weeklyApplicationGoal'>): number {
  return settings.weeklyApplicationGoal ?? DEFAULT_WEEKLY_APPLICATION_GOAL;
}
