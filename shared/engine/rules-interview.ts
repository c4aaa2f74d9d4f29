// P1 (ask for the decision date while it can still be asked) and P2 (thank each interviewer
// within thankYouWithinHours of the interview's end), for a card in Interviewing; P2 also
// stays open after the first thank-you moved the card on, for the interviewers not yet thanked.
import { addHours } from 'date-fns';
import type { Action, Application } from '../model/types.ts';
import { dayForSentence, localDayOf, parseLocalDay, timeOfDay, countOf } from '../dates/local.ts';
import { firstNamesOf, makeAction, type EngineContext } from './action.ts';
import { interviewersNotThanked, interviewsOf, thankYouCovers, type Interview } from './timeline.ts';

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
      {
        rule: 'P1',
        situation: next?.roundId ?? 'interview',
        title: 'Ask when they expect to decide',
        due: null,
        why,
        template: null,
        ...(next?.roundId ? { roundId: next.roundId } : {}),
      },
      ctx.now,
    ),
  ];
}

/** P2 for the interviewers in `toThank` (all of the interview's until the first note is logged). */
function p2(app: Application, interview: Interview, toThank: readonly string[], ctx: EngineContext): Action {
  const hours = ctx.policy.thankYouWithinHours;
  const names = firstNamesOf(app, toThank);
  const onlyContact = toThank.length === 1 ? toThank[0] : undefined;
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

/** P2 for the latest interview that has ended, while anyone in it is still owed a note. */
export function thankYouActions(app: Application, ctx: EngineContext): Action[] {
  const lastEnded = interviewsOf(app)
    .filter((i) => i.end.getTime() <= ctx.now.getTime())
    .at(-1);
  if (!lastEnded) return [];
  if (!thankYouCovers(app, lastEnded)) return [p2(app, lastEnded, lastEnded.interviewerIds, ctx)];
  const waiting = interviewersNotThanked(app, lastEnded);
  return waiting.length ? [p2(app, lastEnded, waiting, ctx)] : [];
}

export function interviewActions(app: Application, ctx: EngineContext): Action[] {
  const interviews = interviewsOf(app);
  const now = ctx.now.getTime();
  const coming = interviews.find((i) => i.end.getTime() > now);
  const actions: Action[] = thankYouActions(app, ctx);
  // P1 shows until the interview time passes: for the coming round, or while no time is known.
  if (coming || interviews.length === 0) actions.push(...p1(app, coming, ctx));
  return actions;
}
