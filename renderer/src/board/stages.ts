// The seven columns of the playbook ("Stages"), with what each empty column should say.
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { StageId } from '../../../shared/model/types.ts';

export const STAGE_TITLES: Record<StageId, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  waiting: 'Thank-you sent',
  followed_up: 'Followed up',
  offer: 'Offer',
  rejected: 'Rejected',
  closed: 'Closed',
};

export const EMPTY_COLUMN_HINTS: Record<StageId, string> = {
  applied: 'Press n to add an application you have sent.',
  interviewing: 'Drag a card here when an interview is booked.',
  waiting: 'Cards arrive here once a thank-you note is sent.',
  followed_up: 'Cards arrive here after the first follow-up.',
  offer: 'Drag a card here when an offer comes in.',
  rejected: 'A no is not the end: you can still ask for feedback.',
  closed: 'Finished applications rest here.',
};

/** What dropping a card on a column records, in words for the toast (playbook, "Stages"). */
export const STAGE_EVENT_WORDS: Record<StageId, string> = {
  applied: 'an application',
  interviewing: 'an interview',
  waiting: 'a thank-you note',
  followed_up: 'a follow-up',
  offer: 'an offer',
  rejected: 'a rejection',
  closed: 'the close',
};

export const STAGES = STAGE_IDS.map((id) => ({ id, title: STAGE_TITLES[id] }));

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}
