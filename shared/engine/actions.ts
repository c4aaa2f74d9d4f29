// computeActions: every open recommendation for one application, by stage (playbook,
// "Stages" and "Rules"). It reads no clock: "now" and the policy come in the context.
import type { Action, AfterviewDocument, Application } from '../model/types.ts';
import type { EngineContext } from './action.ts';
import { interviewActions, thankYouActions } from './rules-interview.ts';
import { followUpActions } from './rules-follow-up.ts';
import { rejectionActions, withdrawalAction } from './rules-closing.ts';
import { offerDeadlineActions } from './rules-offer.ts';
import { latestEvent } from './timeline.ts';

export type { EngineContext } from './action.ts';
export { statusOf } from './action.ts';

/** Soonest first; advice with no due time last; then by company, for a steady order. */
export function compareActions(a: Action, b: Action): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    const diff = Date.parse(a.due) - Date.parse(b.due);
    if (diff !== 0) return diff;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function computeActions(app: Application, ctx: EngineContext): Action[] {
  // P10 outranks everything else on a card: once an offer is accepted, the next message is the withdrawal.
  const withdrawal = withdrawalAction(app, ctx);
  if (withdrawal) return [withdrawal];
  let actions: Action[];
  switch (app.stage) {
    case 'interviewing':
      actions = interviewActions(app, ctx);
      break;
    case 'waiting':
    case 'followed_up':
      // P2 per interviewer: the first note moves the card on; the others' notes stay due.
      actions = [...thankYouActions(app, ctx), ...followUpActions(app, ctx)];
      break;
    case 'rejected':
      actions = rejectionActions(app, ctx);
      break;
    // Applied and Offer wait on the employer; Closed is done (P13).
    case 'applied':
    case 'offer':
    case 'closed':
      actions = [];
      break;
  }
  // P16 adds to whatever the stage asks: the countdown on the offer, the timeline ask elsewhere.
  actions.push(...offerDeadlineActions(app, ctx));
  return actions.sort(compareActions);
}

/** Something ordered by a time parsed once (Infinity for none) and then by its key. */
export interface Timed {
  t: number;
  key: string;
}

/** compareActions' order over times parsed once rather than per comparison. */
export const byTimeThenKey = (a: Timed, b: Timed): number => a.t - b.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export const actionTime = (action: Action): number => (action.due === null ? Infinity : Date.parse(action.due));

/** Every open action on the board, soonest first. */
export function computeAllActions(doc: AfterviewDocument, now: Date): Action[] {
  const ctx: EngineContext = { now, policy: doc.settings.policy, applications: doc.applications };
  const keyed = doc.applications
    .flatMap((app) => computeActions(app, ctx))
    .map((action) => ({ action, t: actionTime(action), key: action.key }));
  keyed.sort(byTimeThenKey);
  return keyed.map((k) => k.action);
}

/** Why a card has nothing left to do, when that is so (P13); null while something may still come. */
export function doneReason(app: Application): string | null {
  if (app.stage === 'closed') return 'This one is closed; there is nothing more to send (P13).';
  const rejection = latestEvent(app, 'rejected');
  if (
    app.stage === 'rejected' &&
    rejection &&
    app.events.some((e) => e.kind === 'feedback_requested' && Date.parse(e.at) >= Date.parse(rejection.at))
  ) {
    return 'You have asked for feedback; the kind thing now is to leave the next message to them (P13).';
  }
  return null;
}
