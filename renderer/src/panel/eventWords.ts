// Event kinds in the words the timeline uses.
import type { EventKind, Outcome } from '../../../shared/model/types.ts';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';

export const EVENT_WORDS: Record<EventKind, string> = {
  applied: 'Applied',
  interview_scheduled: 'Interview booked',
  interview_held: 'Interview held',
  thank_you_sent: 'Thank-you sent',
  follow_up_sent: 'Follow-up sent',
  call_made: 'Call made',
  employer_replied: 'They replied',
  offer: 'Offer received',
  accepted: 'Offer accepted',
  declined: 'Offer declined',
  rejected: 'Rejected',
  feedback_requested: 'Feedback asked for',
  connected: 'Connected',
  withdrawn: 'Withdrew',
  closed: 'Closed',
  note: 'Note',
  moved: 'Moved',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  accepted: 'I accepted their offer',
  declined: 'I declined their offer',
  withdrawn: 'I withdrew',
  no_response: 'They never answered',
  rejected: 'They said no',
};

export function eventTitle(kind: EventKind, stage?: keyof typeof STAGE_TITLES): string {
  return kind === 'moved' && stage ? `Moved to ${STAGE_TITLES[stage]}` : EVENT_WORDS[kind];
}
