// P16: an offer that must be answered by a deadline while other applications are still in
// progress. The offering card counts down to the deadline (overdue after it) and, when the
// deadline comes before another card's promised date, asks for a few more days
// (extension_request); every other card in progress is told and asked for its timeline
// (expedite_request), one draft each, exported in bulk like P10's withdrawals.
import type { Action, AppEvent, Application, StageId } from '../model/types.ts';
import { eventsInOrder } from '../model/stage.ts';
import { addCalendarDays, atHour, dayForSentence, localDayOf, parseLocalDay } from '../dates/local.ts';
import { format, getDay } from 'date-fns';
import { makeAction, type EngineContext } from './action.ts';
import type { PendingOffer } from './board-facts.ts';

/** The stages P16 calls "in progress": someone there is still deciding about the candidate. */
export const P16_IN_PROGRESS: readonly StageId[] = ['interviewing', 'waiting', 'followed_up'];

export type { PendingOffer } from './board-facts.ts';

/** When the offer arrived: its latest "offer" event (a drag into Offer logs one), else the card's last change. */
function offerLoggedAt(app: Application): Date {
  const offer = eventsInOrder(app.events)
    .filter((e) => e.kind === 'offer' || (e.kind === 'moved' && e.stage === 'offer'))
    .at(-1);
  return new Date(offer?.at ?? app.updatedAt);
}

const offersCache = new WeakMap<readonly Application[], PendingOffer[]>();

/** Offers still open with a deadline, soonest deadline first (once per applications array: every card asks). */
export function pendingOffers(applications: readonly Application[]): PendingOffer[] {
  const cached = offersCache.get(applications);
  if (cached) return cached;
  const offers = applications
    .filter((a) => a.stage === 'offer' && a.offerDeadline)
    .map((app) => ({ app, deadline: new Date(app.offerDeadline!), loggedAt: offerLoggedAt(app) }))
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
  offersCache.set(applications, offers);
  return offers;
}

/** Whether this ask has been made since the offer: "mark as sent" logs a note with the ask's template. */
function asked(app: Application, template: 'expedite_request' | 'extension_request', since: Date): boolean {
  return app.events.some((e: AppEvent) => e.template === template && Date.parse(e.at) >= since.getTime());
}

/** "Fri 11 Dec", the countdown's short form. */
export function deadlineInShort(deadline: Date): string {
  return format(deadline, 'EEE d MMM');
}

/** `count` working days before `day` (the day itself never counts), for the decide reminder. */
export function workingDaysBefore(day: Date, count: number, workingDays: readonly number[]): Date {
  let current = localDayOf(day);
  let left = count;
  while (left > 0) {
    current = addCalendarDays(current, -1);
    if (workingDays.length === 0 || workingDays.includes(getDay(current))) left -= 1;
  }
  return current;
}

export const P16_DECIDE_WORKING_DAYS_BEFORE = 2;

/** P16's decide reminder: 2 business days before the deadline, at notifyAtHour. */
export function decideReminderAt(deadline: Date, notifyAtHour: number, workingDays: readonly number[]): Date {
  return atHour(workingDaysBefore(deadline, P16_DECIDE_WORKING_DAYS_BEFORE, workingDays), notifyAtHour);
}

/** The other cards in progress whose promised date ends after the offer's deadline: they may decide too late. */
function laterPromises(offer: PendingOffer, applications: readonly Application[]): Application[] {
  return applications.filter((a) => {
    if (a.id === offer.app.id || !P16_IN_PROGRESS.includes(a.stage) || !a.decisionBy) return false;
    const promised = parseLocalDay(a.decisionBy);
    // A date promised "by Friday" may come at any time that day, so the day's end is what counts.
    return promised !== null && addCalendarDays(promised, 1).getTime() > offer.deadline.getTime();
  });
}

function offeringCardActions(offer: PendingOffer, ctx: EngineContext): Action[] {
  const { app, deadline } = offer;
  const day = dayForSentence(deadline);
  const actions = [
    makeAction(
      app,
      {
        rule: 'P16',
        situation: `decide:${app.offerDeadline}`,
        title: `Decide by ${deadlineInShort(deadline)}`,
        due: deadline,
        why: `${app.company} asked for your answer by ${day}; weigh it while the others reply, and answer on time (P16).`,
        template: null,
      },
      ctx.now,
    ),
  ];
  const later = laterPromises(offer, ctx.applications ?? []);
  if (later.length > 0 && !asked(app, 'extension_request', offer.loggedAt) && ctx.now.getTime() <= deadline.getTime()) {
    const names = later.map((a) => a.company).join(', ');
    actions.push(
      makeAction(
        app,
        {
          rule: 'P16',
          situation: `extension:${app.offerDeadline}`,
          title: `Ask ${app.company} for a few more days`,
          due: offer.loggedAt,
          why: `${names} expect${later.length === 1 ? 's' : ''} to decide after ${day}; asking now, kindly, for a little more time lets you choose with every answer in hand (P16).`,
          template: 'extension_request',
        },
        ctx.now,
      ),
    );
  }
  return actions;
}

function expediteAction(app: Application, offer: PendingOffer, ctx: EngineContext): Action | null {
  // Once the deadline has passed, asking another company to hurry can no longer help.
  if (ctx.now.getTime() > offer.deadline.getTime() || asked(app, 'expedite_request', offer.loggedAt)) return null;
  return makeAction(
    app,
    {
      rule: 'P16',
      situation: `expedite:${offer.app.id}:${offer.app.offerDeadline}`,
      title: `Ask ${app.company} for their timeline`,
      // Due the moment the offer was logged, even on a card added after it: the ask is "at once".
      due: offer.loggedAt,
      why: `You have an offer to answer by ${dayForSentence(offer.deadline)}; telling ${app.company} now, and asking where things stand, gives them the chance to answer in time (P16).`,
      template: 'expedite_request',
    },
    ctx.now,
  );
}

/** Every P16 action on this card: the countdown and extension ask on an offer, the expedite ask elsewhere. */
export function offerDeadlineActions(app: Application, ctx: EngineContext): Action[] {
  const offers = ctx.offers ?? pendingOffers(ctx.applications ?? [app]);
  const own = offers.find((o) => o.app.id === app.id);
  if (own) return offeringCardActions(own, ctx);
  if (!P16_IN_PROGRESS.includes(app.stage)) return [];
  // The soonest deadline is the one the others must hear about.
  const first = offers.find((o) => o.app.id !== app.id);
  const action = first ? expediteAction(app, first, ctx) : null;
  return action ? [action] : [];
}

/** P16: one expedite request per card in progress, for a bulk export (the counterpart of P10's withdrawals). */
export function isExpediteAction(action: Action): boolean {
  return action.rule === 'P16' && action.template === 'expedite_request';
}

export function isDecideAction(action: Action): boolean {
  return action.rule === 'P16' && action.template === null;
}
