// What the event log says about where an application stands: its interviews, the thank-you
// that covers the latest one, and the follow-up clock (P4-P9, P15). Shared by the engine,
// the reminders and the draft checks, so they all count the same way.
import type { AppEvent, Application, Policy } from '../model/types.ts';
import { eventsInOrder } from '../model/stage.ts';
import { localDayOf, parseLocalDay } from '../dates/local.ts';

export interface Interview {
  /** The round it belongs to; absent for an "interview held" logged without a round. */
  roundId?: string;
  start: Date;
  end: Date;
  interviewerIds: string[];
}

/** Interviews, earliest first: the rounds, and any "interview held" logged without a round. */
export function interviewsOf(app: Application): Interview[] {
  const fromRounds: Interview[] = app.rounds.map((round) => {
    const start = new Date(round.startsAt);
    return { roundId: round.id, start, end: new Date(start.getTime() + round.minutes * 60_000), interviewerIds: round.interviewerIds };
  });
  const loose: Interview[] = app.events
    .filter((e) => e.kind === 'interview_held' && (!e.roundId || !app.rounds.some((r) => r.id === e.roundId)))
    .map((e) => ({ start: new Date(e.at), end: new Date(e.at), interviewerIds: [] }));
  return [...fromRounds, ...loose].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether this thank-you is about this interview (its round, or sent after it began). */
function isAbout(e: AppEvent, interview: Interview): boolean {
  return (
    e.kind === 'thank_you_sent' &&
    (e.roundId !== undefined && interview.roundId !== undefined
      ? e.roundId === interview.roundId
      : Date.parse(e.at) >= interview.start.getTime())
  );
}

/** Whether a thank-you has been logged for this interview, to anyone. */
export function thankYouCovers(app: Application, interview: Interview): boolean {
  return app.events.some((e) => isAbout(e, interview));
}

/**
 * P2 is a note to each interviewer: those of this interview still waiting for theirs. A
 * thank-you logged without a recipient (by hand, "Sent a thank-you note") covers everyone;
 * one sent from a draft names its reader and covers only them.
 */
export function interviewersNotThanked(app: Application, interview: Interview): string[] {
  const about = app.events.filter((e) => isAbout(e, interview));
  if (about.some((e) => !e.contactId)) return [];
  const thanked = new Set(about.map((e) => e.contactId));
  return interview.interviewerIds.filter((id) => !thanked.has(id));
}

const TOUCHES = new Set<AppEvent['kind']>(['follow_up_sent', 'call_made']);

export interface FollowUpClock {
  /** What the clock counts from: the thank-you, the employer's latest reply, or a drag into the column. */
  anchor: AppEvent;
  anchorKind: 'thank_you' | 'reply' | 'moved';
  /** Follow-up emails and calls since the anchor, oldest first. */
  touches: AppEvent[];
  /** The promised date that still applies (null when none was given or it is stale). */
  decisionDay: Date | null;
  /** The day P5 counts from when there is no promised date: the interview's, or the reply's. */
  fallbackDay: Date;
}

/**
 * The follow-up clock. "No reply" means nothing from the employer since the candidate's
 * last message; a reply restarts the clock (P15), so touches are counted from it.
 */
export function followUpClock(app: Application): FollowUpClock | null {
  const ordered = eventsInOrder(app.events);
  let anchor: AppEvent | undefined;
  let anchorKind: FollowUpClock['anchorKind'] = 'thank_you';
  for (const e of ordered) {
    if (e.kind === 'thank_you_sent') [anchor, anchorKind] = [e, 'thank_you'];
    else if (e.kind === 'employer_replied' && anchor) [anchor, anchorKind] = [e, 'reply'];
  }
  if (!anchor) {
    // A card dragged straight into "Thank-you sent" or "Followed up" still deserves a clock.
    const firstTouch = ordered.find((e) => TOUCHES.has(e.kind));
    const moved = [...ordered].reverse().find((e) => e.kind === 'moved' && (e.stage === 'waiting' || e.stage === 'followed_up'));
    anchor = moved ?? firstTouch;
    anchorKind = 'moved';
    if (!anchor) return null;
  }
  const from = Date.parse(anchor.at);
  const touches = ordered.filter((e) => TOUCHES.has(e.kind) && Date.parse(e.at) >= from && e !== anchor);
  if (anchorKind === 'moved' && TOUCHES.has(anchor.kind)) touches.unshift(anchor);

  const anchorDay = localDayOf(new Date(anchor.at));
  const interviews = interviewsOf(app).filter((i) => i.start.getTime() <= from);
  const lastInterviewDay = interviews.length ? localDayOf(interviews[interviews.length - 1]!.start) : null;
  const fallbackDay = anchorKind === 'reply' ? anchorDay : (lastInterviewDay ?? anchorDay);

  // A promised date older than the day the clock starts from belongs to an earlier stage.
  const promised = app.decisionBy ? parseLocalDay(app.decisionBy) : null;
  const decisionDay = promised && promised.getTime() >= fallbackDay.getTime() ? promised : null;
  return { anchor, anchorKind, touches, decisionDay, fallbackDay };
}

/** Follow-ups still allowed before P9 says stop; null when there is no limit. */
export function followUpsLeft(app: Application, policy: Policy): number | null {
  if (policy.maxFollowUps === null) return null;
  const clock = followUpClock(app);
  return Math.max(0, policy.maxFollowUps - (clock?.touches.length ?? 0));
}

/** The latest event of a kind, in time order. */
export function latestEvent(app: Application, kind: AppEvent['kind']): AppEvent | undefined {
  return eventsInOrder(app.events)
    .filter((e) => e.kind === kind)
    .at(-1);
}
