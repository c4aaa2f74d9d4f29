// When a card's next interview is, in the card's own short words ("Interview Thu 15:00"),
// and the week's interviews across the board for Today (issue 10: P1 is shown "until the
// interview time passes", so the interview itself must be visible too); and an offer's
// deadline to answer by (P16), in the same words.
import { interviewsOf, type Interview } from '../../../shared/engine/timeline.ts';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { Application } from '../../../shared/model/types.ts';
import { calendarDaysBetween, clockTime } from '../format/due.ts';

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "now, until 16:00", "today 15:00", "tomorrow 15:00", "Thu 15:00", "Thu 24 Dec 15:00". */
export function interviewWhen(interview: Interview, now: Date): string {
  if (interview.start.getTime() <= now.getTime()) return `now, until ${clockTime(interview.end)}`;
  const days = calendarDaysBetween(now, interview.start);
  const time = clockTime(interview.start);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `tomorrow ${time}`;
  if (days < 7) return `${weekday.format(interview.start)} ${time}`;
  return `${weekday.format(interview.start)} ${dayMonth.format(interview.start)} ${time}`;
}

/** The interview still to come (or going on) on an open card, soonest first. */
export function nextInterview(app: Application, now: Date): Interview | null {
  if (!isOpenStage(app.stage)) return null;
  return interviewsOf(app).find((i) => i.end.getTime() > now.getTime()) ?? null;
}

/** "Interview Thu 15:00", or null when none is coming. */
export function interviewLine(app: Application, now: Date): string | null {
  const next = nextInterview(app, now);
  return next ? `Interview ${interviewWhen(next, now)}` : null;
}

export interface ComingInterview {
  application: Application;
  interview: Interview;
}

/** Every interview on an open card from now to `days` ahead, soonest first. */
export function interviewsAhead(apps: readonly Application[], now: Date, days = 7): ComingInterview[] {
  const until = now.getTime() + days * 24 * 3_600_000;
  return apps
    .filter((a) => isOpenStage(a.stage))
    .flatMap((application) =>
      interviewsOf(application)
        .filter((i) => i.end.getTime() > now.getTime() && i.start.getTime() < until)
        .map((interview) => ({ application, interview })),
    )
    .sort((a, b) => a.interview.start.getTime() - b.interview.start.getTime());
}

/** On an offer card with a date to answer by (P16): "Answer by Fri 4 Dec 17:00"; null otherwise. */
export function offerDeadlineLine(app: Application, now: Date): string | null {
  if (app.stage !== 'offer' || !app.offerDeadline) return null;
  const deadline = new Date(app.offerDeadline);
  if (deadline.getTime() <= now.getTime())
    return `Answer was due ${weekday.format(deadline)} ${dayMonth.format(deadline)} ${clockTime(deadline)}`;
  return `Answer by ${interviewWhen({ start: deadline, end: deadline, interviewerIds: [] }, now)}`;
}
