// The end of a process: withdraw everywhere else once an offer is accepted (P10); after a
// rejection ask for feedback once (P11) and connect with the people met (P12); after the
// feedback request, or once the card is closed, there is nothing more to send (P13).
import type { Action, Application } from '../model/types.ts';
import { eventsInOrder, isOpenStage } from '../model/stage.ts';
import { addCalendarDays, atHour, dayForSentence, localDayOf } from '../dates/local.ts';
import { firstNamesOf, makeAction, type EngineContext } from './action.ts';
import { latestEvent } from './timeline.ts';
import type { Acceptance } from './board-facts.ts';

export type { Acceptance } from './board-facts.ts';

const acceptanceCache = new WeakMap<readonly Application[], Acceptance | null>();

/** The latest accepted offer on the board (computed once per applications array). */
export function latestAcceptance(applications: readonly Application[]): Acceptance | null {
  const cached = acceptanceCache.get(applications);
  if (cached !== undefined) return cached;
  let best: Acceptance | null = null;
  for (const app of applications) {
    for (const event of app.events) {
      if (event.kind === 'accepted' && (!best || Date.parse(event.at) > Date.parse(best.event.at))) {
        best = { applicationId: app.id, company: app.company, event };
      }
    }
  }
  acceptanceCache.set(applications, best);
  return best;
}

/** P10 for an open application that was under way when an offer elsewhere was accepted. */
export function withdrawalAction(app: Application, ctx: EngineContext): Action | null {
  if (!ctx.applications || !isOpenStage(app.stage)) return null;
  const acceptance = ctx.acceptance !== undefined ? ctx.acceptance : latestAcceptance(ctx.applications);
  if (!acceptance || acceptance.applicationId === app.id) return null;
  const acceptedAt = new Date(acceptance.event.at);
  // A search started after that acceptance is a new search, not one to withdraw from.
  const started = Math.min(Date.parse(app.createdAt), ...app.events.map((e) => Date.parse(e.at)));
  if (started > acceptedAt.getTime()) return null;
  return makeAction(
    app,
    {
      rule: 'P10',
      situation: acceptance.event.id,
      title: app.stage === 'offer' ? `Decline the offer from ${app.company}` : `Tell ${app.company} you are withdrawing`,
      due: acceptedAt,
      why: `You accepted the offer from ${acceptance.company}; telling everyone else now, politely, is kind and keeps doors open (P10).`,
      template: app.stage === 'offer' ? 'decline_offer' : 'withdrawal',
    },
    ctx.now,
  );
}

/** The people met during the process: the interviewers of every round, else every contact. */
function peopleMet(app: Application): string[] {
  const interviewers = [...new Set(app.rounds.flatMap((r) => r.interviewerIds))].filter((id) => app.contacts.some((c) => c.id === id));
  return interviewers.length ? interviewers : app.contacts.map((c) => c.id);
}

export function rejectionActions(app: Application, ctx: EngineContext): Action[] {
  const rejection = latestEvent(app, 'rejected');
  if (!rejection) return [];
  const rejectedAt = Date.parse(rejection.at);
  const after = eventsInOrder(app.events).filter((e) => Date.parse(e.at) >= rejectedAt);
  // P13: once feedback has been asked for, the card is done.
  if (after.some((e) => e.kind === 'feedback_requested')) return [];
  const { policy, now } = ctx;
  const day = localDayOf(new Date(rejection.at));
  const actions: Action[] = [
    makeAction(
      app,
      {
        rule: 'P11',
        situation: rejection.id,
        title: 'Ask for feedback, once',
        due: atHour(addCalendarDays(day, 2), policy.notifyAtHour),
        why: `They said no on ${dayForSentence(day)}; asking once, graciously, within two days what would have made the difference helps the next interview (P11).`,
        template: 'feedback_request',
      },
      now,
    ),
  ];
  const connected = after.filter((e) => e.kind === 'connected');
  if (connected.some((e) => !e.contactId)) return actions;
  const due = atHour(addCalendarDays(day, 7), policy.notifyAtHour);
  // P12 needs someone to connect with: with no interviewer or contact on the card it does not open.
  const people = peopleMet(app).filter((id) => !connected.some((e) => e.contactId === id));
  for (const contactId of people) {
    const name = firstNamesOf(app, [contactId]);
    actions.push(
      makeAction(
        app,
        {
          rule: 'P12',
          situation: rejection.id,
          contactId,
          title: `Connect with ${name} on LinkedIn`,
          due,
          why: `A personal note on LinkedIn within a week keeps ${name} in your network for future roles at ${app.company} and elsewhere (P12).`,
          template: 'linkedin_connect',
        },
        now,
      ),
    );
  }
  return actions;
}
