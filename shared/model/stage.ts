// A card's stage follows from its event log (playbook, "Stages"). The board never stores a
// stage that its events contradict: every command recomputes it with deriveStage.
import { STAGE_IDS } from './schema.ts';
import type { AppEvent, Application, EventKind, Outcome, StageId } from './types.ts';

/** Events in the order they happened; ties keep the order in which they were logged. */
export function eventsInOrder(events: readonly AppEvent[]): AppEvent[] {
  return events
    .map((event, index) => ({ event, index, t: Date.parse(event.at) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.event);
}

/** The stage one event leads to from `current`, or `current` when it says nothing about stage. */
function stageAfter(current: StageId | null, event: AppEvent): StageId | null {
  switch (event.kind) {
    case 'applied':
      return 'applied';
    case 'interview_scheduled':
    case 'interview_held':
      return 'interviewing';
    case 'thank_you_sent':
      return 'waiting';
    case 'follow_up_sent':
      return 'followed_up';
    // A call counts as a follow-up only once a thank-you is out (the P8 "second touch").
    case 'call_made':
      return current === 'waiting' || current === 'followed_up' ? 'followed_up' : current;
    case 'offer':
      return 'offer';
    case 'rejected':
      return 'rejected';
    case 'accepted':
    case 'declined':
    case 'withdrawn':
    case 'closed':
      return 'closed';
    case 'moved':
      return event.stage ?? current;
    case 'employer_replied':
    case 'feedback_requested':
    case 'connected':
    case 'note':
      return current;
  }
}

/**
 * The stage the event log puts the card in. An application whose log says nothing about
 * its stage (a bare import, a sample) keeps the stage it was recorded with.
 */
export function deriveStage(app: Pick<Application, 'events' | 'stage'>): StageId {
  let stage: StageId | null = null;
  for (const event of eventsInOrder(app.events)) stage = stageAfter(stage, event);
  return stage ?? app.stage;
}

/** How a closed card ended, from the event that closed it; null while it is not closed. */
export function deriveOutcome(app: Pick<Application, 'events' | 'stage' | 'outcome'>): Outcome | null {
  const ordered = eventsInOrder(app.events);
  if (deriveStage(app) !== 'closed') return null;
  let outcome: Outcome | null = null;
  let previous: StageId | null = null;
  let sawClosing = false;
  for (const event of ordered) {
    if (event.kind === 'accepted') outcome = 'accepted';
    else if (event.kind === 'declined') outcome = 'declined';
    else if (event.kind === 'withdrawn') outcome = 'withdrawn';
    else if (event.kind === 'closed') outcome = event.outcome ?? (previous === 'rejected' ? 'rejected' : 'no_response');
    if (['accepted', 'declined', 'withdrawn', 'closed'].includes(event.kind)) sawClosing = true;
    previous = stageAfter(previous, event);
  }
  return sawClosing ? outcome : app.outcome;
}

/** Position of a stage on the board, left to right. */
export function stageIndex(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}

/**
 * The event a drag into `to` logs. Forward moves record what the column means (a drag to
 * "Thank-you sent" is a thank-you); a drag to an earlier column records the move itself.
 */
export function stageEventFor(to: StageId, from?: StageId): EventKind {
  if (from !== undefined && stageIndex(to) <= stageIndex(from)) return 'moved';
  switch (to) {
    case 'applied':
      return 'applied';
    case 'interviewing':
      return 'interview_scheduled';
    case 'waiting':
      return 'thank_you_sent';
    case 'followed_up':
      return 'follow_up_sent';
    case 'offer':
      return 'offer';
    case 'rejected':
      return 'rejected';
    case 'closed':
      return 'closed';
  }
}

/** Stages in which the search with this employer is still going on. */
export const OPEN_STAGES: readonly StageId[] = ['applied', 'interviewing', 'waiting', 'followed_up', 'offer'];

export function isOpenStage(stage: StageId): boolean {
  return OPEN_STAGES.includes(stage);
}
