// What one application went through, read from its event log rather than its current column:
// a rejection after two interviews still counts the two interviews. Everything Insights counts
// is derived from this one summary, so the Sankey, the funnel and the response times agree.
import type { AppEvent, Application } from '../model/types.ts';
import { deriveStage, eventsInOrder } from '../model/stage.ts';
import { interviewsOf } from '../engine/timeline.ts';

export type Ending = 'offer' | 'rejected' | 'withdrawn' | 'no_response' | 'open';

export interface History {
  app: Application;
  /** When it was sent: the "applied" event, or when the card was made if none was logged. */
  appliedAt: Date;
  /** The employer's first sign of life: a reply, an interview arranged, an offer, a rejection. */
  firstReplyAt: Date | null;
  /** Starts of the interviews that had begun by now, earliest first. */
  interviews: Date[];
  /** The offer or rejection, whichever came first. */
  decision: { kind: 'offer' | 'rejected'; at: Date } | null;
  ending: Ending;
  /** When the candidate or the app closed it without a decision (withdrawn, no response). */
  closedAt: Date | null;
  ordered: AppEvent[];
}

const REPLIES = new Set<AppEvent['kind']>([
  'employer_replied',
  'interview_scheduled',
  'interview_held',
  'offer',
  'accepted',
  'declined',
  'rejected',
]);
const OFFERS = new Set<AppEvent['kind']>(['offer', 'accepted', 'declined']);

const isRejection = (e: AppEvent) => e.kind === 'rejected' || (e.kind === 'closed' && e.outcome === 'rejected');
const isWithdrawal = (e: AppEvent) => e.kind === 'withdrawn' || (e.kind === 'closed' && e.outcome === 'withdrawn');
const isOffer = (e: AppEvent) => OFFERS.has(e.kind) || (e.kind === 'closed' && (e.outcome === 'accepted' || e.outcome === 'declined'));

export function historyOf(app: Application, now: Date): History {
  const ordered = eventsInOrder(app.events);
  const appliedAt = new Date(ordered.find((e) => e.kind === 'applied')?.at ?? app.createdAt);
  const interviews = interviewsOf(app)
    .map((i) => i.start)
    .filter((start) => start.getTime() <= now.getTime());
  const stage = deriveStage(app);

  const offer = ordered.find(isOffer);
  const rejection = ordered.find(isRejection);
  const firstDecision = [offer, rejection].filter((e) => e !== undefined).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  const decision = firstDecision
    ? { kind: firstDecision === offer ? ('offer' as const) : ('rejected' as const), at: new Date(firstDecision.at) }
    : null;

  // An interview "arranged" the moment the application went out says nothing about when they
  // answered: a spreadsheet import writes it so when it only knows the interview's date.
  const replyEvent = ordered.find(
    (e) =>
      (REPLIES.has(e.kind) || isRejection(e) || isOffer(e)) &&
      !(e.kind === 'interview_scheduled' && Date.parse(e.at) <= appliedAt.getTime()),
  );
  // An interview held with nothing logged before it is still the employer answering.
  const replyTimes = [replyEvent ? Date.parse(replyEvent.at) : Infinity, interviews[0]?.getTime() ?? Infinity];
  const firstReply = Math.min(...replyTimes);

  // A card dragged into Offer or Rejected says so through its stage even with no event for it.
  let ending: Ending = 'open';
  if (offer || stage === 'offer') ending = 'offer';
  else if (rejection || stage === 'rejected') ending = 'rejected';
  else if (ordered.some(isWithdrawal)) ending = 'withdrawn';
  else if (stage === 'closed') ending = 'no_response';
  const closing = [...ordered].reverse().find((e) => e.kind === 'withdrawn' || e.kind === 'closed');

  return {
    app,
    appliedAt,
    firstReplyAt: Number.isFinite(firstReply) ? new Date(firstReply) : null,
    interviews,
    decision,
    ending,
    closedAt: ending === 'withdrawn' || ending === 'no_response' ? (closing ? new Date(closing.at) : null) : null,
    ordered,
  };
}

/** Heard back at all: a reply, an interview, or a decision (offer or rejection) reached the candidate. */
export function heardBack(h: History): boolean {
  return h.firstReplyAt !== null || h.ending === 'offer' || h.ending === 'rejected';
}
