// What the board says about its seven columns (playbook, "Stages"): the hint in an empty
// column and the words for what a drop records. The titles themselves are domain words and
// live in shared/model/stage-titles.ts.
import type { StageId } from '../../../shared/model/types.ts';

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
