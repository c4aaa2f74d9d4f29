// P1 (ask for the decision date while it can still be asked) and P2 (thank each interviewer
// within thankYouWithinHours of the interview's end), for a card in Interviewing.
import { addHours } from 'date-fns';
import type { Action, Application } from '../model/types.ts';
import { dayForSentence, localDayOf, parseLocalDay, timeOfDay, countOf } from '../dates/local.ts';
import { firstNamesOf, makeAction, type EngineContext } from './action.ts';
import { interviewsOf, thankYouCovers, type Interview } from './timeline.ts';

function p1(app: Application, next: Interview | undefined, ctx: EngineContext): Action[] {
  // A promised date on or after the coming interview's day already answers the question.
  const promised = app.decisionBy ? parseLocalDay(app.decisionBy) : null;
  if (promised && (!next || promised.getTime() >= localDayOf(next.start).getTime())) return [];
  const why = next
    ? `Before the interview on ${dayForSentence(next.start)} ends, ask when they expect to decide and note the date here; it sets when to follow up (P1).`
    : 'Before the interview ends, ask when they expect to decide and note the date here; adding the interview time also starts the thank-you reminder (P1).';
  return [
    makeAction(
      app,
      { rule: 'P1', situation: next?.roundId ?? 'interview', title: 'Ask when they expect to decide', due: null, why, template: null, ...(next?.roundId ? { roundId: next.roundId } : {}) },
      ctx.now,
    ),
  ];
}

function p2(app: Application, interview: Interview, ctx: EngineContext): Action {
  const hours = ctx.policy.thankYouWithinHours;
  const names = firstNamesOf(app, interview.interviewerIds);
  const onlyContact = interview.interviewerIds.length === 1 ? interview.interviewerIds[0] : undefined;
  return makeAction(
    app,
    {
      rule: 'P2',
      situation: interview.roundId ?? `held-${interview.end.getTime()}`,
      title: names ? `Send a thank-you note to ${names}` : 'Send a thank-you note',
      due: addHours(interview.end, hours),
      why: `The interview ended at ${timeOfDay(interview.end)} on ${dayForSentence(interview.end)}; a thank-you within ${countOf(hours, 'hour')} keeps you fresh in their mind (P2).`,
      template: 'thank_you_email',
      ...(onlyContact ? { contactId: onlyContact } : {}),
      ...(interview.roundId ? { roundId: interview.roundId } : {}),
    },
    ctx.now,
  );
}

export function interviewActions(app: Application, ctx: EngineContext): Action[] {
  const interviews = interviewsOf(app);
  const now = ctx.now.getTime();
  const ended = interviews.filter((i) => i.end.getTime() <= now);
  const coming = interviews.find((i) => i.end.getTime() > now);
  const actions: Action[] = [];
  const lastEnded = ended.at(-1);
  if (lastEnded && !thankYouCovers(app, lastEnded)) actions.push(p2(app, lastEnded, ctx));
  // P1 shows until the interview time passes: for the coming round, or while no time is known.
  if (coming || interviews.length === 0) actions.push(...p1(app, coming, ctx));
  return actions;
}
