// The seven stages' names as the user reads them (playbook, "Stages"): the board's column
// titles, the card panel, search, the CSV preview and the command line all say the same.
import { STAGE_IDS } from './schema.ts';
import type { StageId } from './types.ts';

export const STAGE_TITLES: Record<StageId, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  waiting: 'Thank-you sent',
  followed_up: 'Followed up',
  offer: 'Offer',
  rejected: 'Rejected',
  closed: 'Closed',
};

export const STAGES = STAGE_IDS.map((id) => ({ id, title: STAGE_TITLES[id] }));

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}
