// How long employers took, in local calendar days: from sending the application to their
// first sign of life, and from the last interview before a decision to that decision.
import { differenceInCalendarDays } from 'date-fns';
import type { History } from './history.ts';
import { spreadOf, type Spread } from './spread.ts';

export interface ResponseDays {
  applicationToFirstReply: Spread;
  interviewToDecision: Spread;
}

export function responseDaysOf(histories: readonly History[]): ResponseDays {
  const toReply: number[] = [];
  const toDecision: number[] = [];
  for (const h of histories) {
    if (h.firstReplyAt) toReply.push(Math.max(0, differenceInCalendarDays(h.firstReplyAt, h.appliedAt)));
    if (h.decision) {
      const before = h.interviews.filter((start) => start.getTime() <= h.decision!.at.getTime()).at(-1);
      if (before) toDecision.push(differenceInCalendarDays(h.decision.at, before));
    }
  }
  return { applicationToFirstReply: spreadOf(toReply), interviewToDecision: spreadOf(toDecision) };
}
