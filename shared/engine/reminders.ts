// The moments a notification should appear, derived from the open actions: P2 once the
// interview has ended and again when 4 hours are left; P6 a day before a follow-up is due,
// to draft it; and every action's own due time. P14 is board advice, never a notification.
import { getISOWeek, getISOWeekYear, subHours } from 'date-fns';
import type { Action, AfterviewDocument, Application, Policy, Reminder } from '../model/types.ts';
import { isOpenStage } from '../model/stage.ts';
import { addCalendarDays, atHour, localDayOf } from '../dates/local.ts';
import { computeActions, type EngineContext } from './actions.ts';
import { latestAcceptance } from './rules-closing.ts';
import { deadlineInShort, decideReminderAt, isDecideAction } from './rules-offer.ts';
import { draftFromOf } from './rules-follow-up.ts';
import { interviewsOf } from './timeline.ts';

const P2_LAST_CALL_HOURS = 4;

/** "Send a thank-you note to Tom" inside a sentence: only the first letter changes, never a name. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function inQuietHours(at: Date, quiet: NonNullable<Policy['quietHours']>): boolean {
  const hour = at.getHours();
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}

/** Moves a time that falls in quiet hours to the moment they end. */
export function outsideQuietHours(at: Date, quiet: Policy['quietHours']): Date {
  if (!quiet || quiet.start === quiet.end) return at;
  if (!inQuietHours(at, quiet)) return at;
  const endToday = atHour(at, quiet.end);
  return endToday.getTime() > at.getTime() ? endToday : atHour(addCalendarDays(localDayOf(at), 1), quiet.end);
}

const JUST_BEFORE_MS = 60_000;

/**
 * When a reminder meant for `at` should fire, given quiet hours and its action's due time
 * (playbook, "Due times, exactly"): a time inside quiet hours moves to their end, unless
 * that is after `due`; then it fires a minute before that quiet period began, so the user
 * still hears of it in time. The scheduler calls this for every reminder time it plans.
 */
export function reminderTime(at: Date, due: Date | null, quiet: Policy['quietHours']): Date {
  const moved = outsideQuietHours(at, quiet);
  if (!quiet || !due || moved.getTime() === at.getTime() || moved.getTime() <= due.getTime()) return moved;
  // The quiet period holding `at` began at quiet.start that day, or the day before for an overnight period after midnight.
  const startsToday = atHour(at, quiet.start);
  const began = startsToday.getTime() <= at.getTime() ? startsToday : atHour(addCalendarDays(localDayOf(at), -1), quiet.start);
  return new Date(began.getTime() - JUST_BEFORE_MS);
}

function remindersFor(app: Application, action: Action, policy: Policy): Reminder[] {
  if (!action.due) return [];
  const due = new Date(action.due);
  const who = `${app.company}, ${app.role}`;
  const list: Reminder[] = [];
  const add = (suffix: string, at: Date, title: string, body: string) =>
    list.push({
      key: `${action.key}:${suffix}`,
      applicationId: app.id,
      rule: action.rule,
      at: reminderTime(at, due, policy.quietHours).toISOString(),
      due: action.due,
      title,
      body,
    });

  if (action.rule === 'P2') {
    const ended = subHours(due, policy.thankYouWithinHours);
    add('ended', ended, `${action.title}`, `The interview at ${who} is over; a few warm lines today are enough.`);
    const lastCall = subHours(due, P2_LAST_CALL_HOURS);
    if (lastCall.getTime() > ended.getTime()) {
      add('4h-left', lastCall, `Thank-you note due in ${P2_LAST_CALL_HOURS} hours`, `${who}: ${lowerFirst(action.title)}.`);
    }
  }
  if ((action.rule === 'P4' || action.rule === 'P5') && policy.draftReminderDaysBefore > 0) {
    add('draft', draftFromOf(due, policy), 'Draft your follow-up today', `${who}: write it now and send it on the due day (P6).`);
  }
  if (isDecideAction(action)) {
    add(
      'decide',
      decideReminderAt(due, policy.notifyAtHour, policy.workingDays),
      `Decide on the ${app.company} offer`,
      `${who}: they asked for your answer by ${deadlineInShort(due)} (P16).`,
    );
  }
  add('due', due, action.title, `${who}. ${action.why}`);
  return list;
}

/**
 * The open actions, plus the thank-you (P2) each interview still to come will open when it
 * ends: its first reminder is at that end, so the scheduler must know it in advance.
 */
function actionsToRemind(app: Application, open: readonly Action[], ctx: EngineContext): Action[] {
  const actions = [...open];
  if (app.stage !== 'interviewing') return actions;
  const keys = new Set(actions.map((a) => a.key));
  for (const interview of interviewsOf(app)) {
    if (interview.end.getTime() <= ctx.now.getTime()) continue;
    for (const later of computeActions(app, { ...ctx, now: interview.end })) {
      if (later.rule === 'P2' && !keys.has(later.key)) {
        actions.push(later);
        keys.add(later.key);
      }
    }
  }
  return actions;
}

/**
 * Every reminder of one application, one list per action, before catching up: `open` is
 * computeActions(app, ctx). The incremental engine reads the times to know when they change.
 */
export function reminderGroupsOf(app: Application, open: readonly Action[], ctx: EngineContext): Reminder[][] {
  return actionsToRemind(app, open, ctx).map((action) => remindersFor(app, action, ctx.policy));
}

/**
 * Of an action's reminders whose time has already passed only the latest is kept, so
 * catching up after a night off shows one notification per action, not a burst.
 */
export function catchUp(groups: readonly Reminder[][], now: Date): Reminder[] {
  const kept: Reminder[] = [];
  for (const reminders of groups) {
    const past = reminders.filter((r) => Date.parse(r.at) <= now.getTime());
    const latestPast = past.reduce<Reminder | null>((a, r) => (!a || Date.parse(r.at) >= Date.parse(a.at) ? r : a), null);
    kept.push(...reminders.filter((r) => Date.parse(r.at) > now.getTime() || r === latestPast));
  }
  return kept;
}

/** Soonest first; the key breaks ties, so the order is the same on every computation. */
export const compareReminders = (a: Reminder, b: Reminder): number => Date.parse(a.at) - Date.parse(b.at) || (a.key < b.key ? -1 : 1);

/**
 * Every reminder of every open action, soonest first, with keys that stay the same while the
 * situation does, so a scheduler can mark them notified (caught up: see catchUp).
 */
export function computeReminders(doc: AfterviewDocument, now: Date): Reminder[] {
  const ctx: EngineContext = { now, policy: doc.settings.policy, applications: doc.applications };
  const all: Reminder[] = [];
  for (const app of doc.applications) all.push(...catchUp(reminderGroupsOf(app, computeActions(app, ctx), ctx), now));
  return all.sort(compareReminders);
}

export interface BoardAdvice {
  /** Changes each ISO week, so the board can show it once a week and remember a dismissal. */
  key: string;
  rule: 'P14';
  title: string;
  why: string;
}

const IN_PROGRESS_TARGET = 3;

/** P14: fewer than three applications in progress and no accepted offer: keep applying. */
export function boardAdvice(doc: AfterviewDocument, now: Date): BoardAdvice | null {
  if (latestAcceptance(doc.applications)) return null;
  const inProgress = doc.applications.filter((a) => isOpenStage(a.stage)).length;
  if (inProgress >= IN_PROGRESS_TARGET) return null;
  const week = `${getISOWeekYear(now)}-W${String(getISOWeek(now)).padStart(2, '0')}`;
  const count = inProgress === 0 ? 'no applications' : inProgress === 1 ? 'one application' : `${inProgress} applications`;
  return {
    key: `P14:${week}`,
    rule: 'P14',
    title: 'Keep applying this week',
    why: `You have ${count} in progress; sending a few more means no single company holds your whole search (P14).`,
  };
}
