// The follow-up clock for a card in "Thank-you sent" or "Followed up": the first follow-up
// (P4 with a promised date, P5 without), one more touch (P8), then stop (P9). A reply from
// the employer restarts the clock and a new promised date moves every due time (P15).
import type { Action, Application, Policy } from '../model/types.ts';
import { format } from 'date-fns';
import { addCalendarDays, addWorkingDays, atHour, countOf, dayForSentence, localDayOf, sameLocalDay } from '../dates/local.ts';
import { makeAction, type EngineContext } from './action.ts';
import { followUpClock, type FollowUpClock } from './timeline.ts';

export interface FirstFollowUp {
  rule: 'P4' | 'P5';
  due: Date;
  why: string;
}

/** When the first follow-up after the thank-you (or after the employer's latest reply) is due. */
export function firstFollowUp(clock: FollowUpClock, policy: Policy): FirstFollowUp {
  const restarted = clock.anchorKind === 'reply';
  if (clock.decisionDay) {
    const days = policy.followUpBusinessDaysAfterDecision;
    const due = atHour(addWorkingDays(clock.decisionDay, days, policy.workingDays), policy.notifyAtHour);
    const said = restarted ? 'They now expect to decide by' : 'They said they would decide by';
    return {
      rule: 'P4',
      due,
      why: `${said} ${dayForSentence(clock.decisionDay)}; ${countOf(days, 'working day')} later it is fair to ask (${restarted ? 'P4, P15' : 'P4'}).`,
    };
  }
  const days = policy.followUpDaysWithoutDecisionDate;
  const due = atHour(addCalendarDays(clock.fallbackDay, days), policy.notifyAtHour);
  const why = restarted
    ? `They replied on ${dayForSentence(clock.fallbackDay)} without a date, so the clock starts again: ${countOf(days, 'day')} on, a short note asking for news is fair (P5, P15).`
    : `No decision date was given, so ${countOf(days, 'day')} after the interview on ${dayForSentence(clock.fallbackDay)} is a good time to ask for an update (P5).`;
  return { rule: 'P5', due, why };
}

/** P6: when drafting a follow-up due at `due` should start (draftReminderDaysBefore ahead, at notifyAtHour). */
export function draftFromOf(due: Date, policy: Policy): Date {
  return atHour(addCalendarDays(localDayOf(due), -policy.draftReminderDaysBefore), policy.notifyAtHour);
}

/** P6: from draftReminderDaysBefore ahead of the due day, the card says to draft it now. */
function followUpTitle(due: Date, policy: Policy, now: Date): string {
  const draftFrom = draftFromOf(due, policy);
  const inWindow =
    policy.draftReminderDaysBefore > 0 && now.getTime() >= draftFrom.getTime() && now.getTime() < due.getTime() && !sameLocalDay(now, due);
  return inWindow ? `Draft the follow-up now, send it ${format(due, 'EEEE')}` : 'Send a follow-up note';
}

/** The day itself when it is a working day, else the first working day after it. */
function nextWorkingDay(day: Date, workingDays: readonly number[]): Date {
  return workingDays.includes(day.getDay()) ? day : addWorkingDays(day, 1, workingDays);
}

function touchWord(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function followUpActions(app: Application, ctx: EngineContext): Action[] {
  const clock = followUpClock(app);
  if (!clock) return [];
  const { policy, now } = ctx;
  const count = clock.touches.length;
  const limitReached = policy.maxFollowUps !== null && count >= policy.maxFollowUps;
  const last = clock.touches.at(-1);

  if (count === 0) {
    const first = firstFollowUp(clock, policy);
    if (limitReached) {
      return [
        makeAction(
          app,
          {
            rule: 'P9',
            situation: clock.anchor.id,
            title: 'Move on: close it as "no response"',
            due: first.due,
            why: 'Your settings allow no follow-ups, so if nothing has come by then, close this one and put the energy into other applications (P9).',
            template: null,
          },
          now,
        ),
      ];
    }
    return [
      makeAction(
        app,
        {
          rule: first.rule,
          situation: `${clock.anchor.id}:${app.decisionBy ?? 'none'}`,
          title: followUpTitle(first.due, policy, now),
          due: first.due,
          why: first.why,
          template: 'follow_up_email',
        },
        now,
      ),
    ];
  }

  if (limitReached) {
    // P9 counts from the last follow-up the limit allows, even if more were sent after it.
    const allowed = clock.touches[Math.max(0, policy.maxFollowUps! - 1)] ?? last!;
    const due = atHour(addCalendarDays(localDayOf(new Date(allowed.at)), policy.secondTouchAfterDays), policy.notifyAtHour);
    return [
      makeAction(
        app,
        {
          rule: 'P9',
          situation: allowed.id,
          title: 'Move on: close it as "no response"',
          due,
          why: `You have followed up ${touchWord(count)} with no answer; if nothing comes by then, close this one and put the energy into other applications (P9).`,
          template: null,
        },
        now,
      ),
    ];
  }
  // P8 is often a phone call, so a day outside workingDays moves to the next working day.
  // Under "persistent" (no limit) it repeats this way after every touch; P9 never opens.
  const lastDay = localDayOf(new Date(last!.at));
  const counted = addCalendarDays(lastDay, policy.secondTouchAfterDays);
  const touchDay = nextWorkingDay(counted, policy.workingDays);
  const due = atHour(touchDay, policy.notifyAtHour);
  const later =
    touchDay.getTime() === counted.getTime()
      ? `${countOf(policy.secondTouchAfterDays, 'day')} later`
      : `on the first working day after ${countOf(policy.secondTouchAfterDays, 'day')}`;
  const what = last!.kind === 'call_made' ? 'call' : 'follow-up';
  return [
    makeAction(
      app,
      {
        rule: 'P8',
        situation: last!.id,
        title: 'One more touch: a short call or a brief email',
        due,
        why: `Your ${what} on ${dayForSentence(lastDay)} has had no answer; ${later}, one short call or email is still polite (P8).`,
        template: 'follow_up_call_script',
      },
      now,
    ),
  ];
}
