// The reminder scheduler, restart-safe in the way Signal Desktop's expiring-entity service
// is: reminders have absolute times; a persisted "notified" marker per reminder key means
// nothing fires twice (across restarts, undo, or re-import); a catch-up pass runs at start,
// on resume from sleep and on a slow safety interval; only the earliest next reminder is
// armed, and any document change re-plans. Clock and timers are injected.
import type { AfterviewDocument, Policy, Reminder } from '../../../shared/model/types.ts';
import { addCalendarDays, atHour, localDayOf } from '../../../shared/dates/local.ts';
import { outsideQuietHours } from '../../../shared/engine/reminders.ts';
import { groupReminders, type ReminderGroup } from './group.ts';
import { loadReminderState, reminderStatePath, saveReminderState, type ReminderState } from './reminder-state.ts';
import { realTimers, timeoutAt, type Timers } from './timers.ts';

export type { ReminderGroup } from './group.ts';

export interface ReminderSchedulerOptions {
  /** Where reminders.json lives (the data folder). */
  dataDir: string;
  /** The current document (the store's or the app service's). */
  getDoc: () => AfterviewDocument;
  /** The engine's computeReminders (shared/engine/reminders.ts). */
  computeReminders: (doc: AfterviewDocument, now: Date) => Reminder[];
  /** Shows one grouped notification. */
  notify: (group: ReminderGroup) => void;
  clock?: () => Date;
  timers?: Timers;
  /** The slow catch-up pass that covers missed timers and clock changes. */
  safetyIntervalMs?: number;
}

export interface ReminderScheduler {
  /** Loads the markers, fires whatever fell due while the app was closed, arms the next. */
  start(): void;
  /** Call after every document change. */
  replan(): void;
  /** Call when the computer wakes or unlocks (powerMonitor 'resume', 'unlock-screen'). */
  resume(): void;
  /** Shows the reminder again in an hour, or tomorrow at the notify hour. */
  snooze(key: string, until: 'hour' | 'tomorrow'): void;
  stop(): void;
  /** When the armed timer will fire next, or null (diagnostics and tests). */
  nextAt(): Date | null;
}

export const SAFETY_INTERVAL_MS = 15 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The end of the quiet hours `at` falls in, or null when it is outside them. */
export function quietHoursEnd(at: Date, quiet: Policy['quietHours']): Date | null {
  const end = outsideQuietHours(at, quiet);
  return end.getTime() === at.getTime() ? null : end;
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const clock = options.clock ?? (() => new Date());
  const timers = options.timers ?? realTimers;
  const statePath = reminderStatePath(options.dataDir);
  let state: ReminderState = { notified: {}, snoozed: {} };
  let armed: { at: Date; cancel(): void } | null = null;
  let interval: unknown = null;
  let running = false;

  const persist = () => saveReminderState(statePath, state, clock());

  /** When a reminder should show: its own time, or later if the user snoozed it. */
  const effectiveAt = (r: Reminder): number => {
    const snoozedUntil = state.snoozed[r.key];
    const at = Date.parse(r.at);
    return snoozedUntil ? Math.max(at, Date.parse(snoozedUntil)) : at;
  };

  const disarm = () => {
    armed?.cancel();
    armed = null;
  };

  const arm = (at: Date) => {
    disarm();
    const handle = timeoutAt(timers, clock, at, () => {
      armed = null;
      tick();
    });
    armed = { at, cancel: handle.cancel };
  };

  /** Fires everything due now as one notification, then arms the earliest next one. */
  const tick = () => {
    if (!running) return;
    disarm();
    const doc = options.getDoc();
    if (!doc.settings.notificationsEnabled) return;
    const now = clock();
    const pending = options.computeReminders(doc, now).filter((r) => !state.notified[r.key]);
    const quietEnd = quietHoursEnd(now, doc.settings.policy.quietHours);
    const due = pending.filter((r) => effectiveAt(r) <= now.getTime());
    if (due.length > 0 && quietEnd) {
      // Nothing is shown in the user's quiet hours (settings); what is due waits for their end.
      arm(quietEnd);
      return;
    }
    if (due.length > 0) {
      // Marked before showing: a crash in between loses one notification rather than
      // showing it twice, and the card still shows the action.
      for (const r of due) {
        state.notified[r.key] = now.toISOString();
        delete state.snoozed[r.key];
      }
      persist();
      options.notify(groupReminders(due));
    }
    const next = pending.filter((r) => effectiveAt(r) > now.getTime()).reduce<number | null>((min, r) => {
      const at = effectiveAt(r);
      return min === null || at < min ? at : min;
    }, null);
    if (next !== null) arm(new Date(next));
  };

  return {
    start() {
      if (running) return;
      running = true;
      state = loadReminderState(statePath);
      interval = timers.setInterval(tick, options.safetyIntervalMs ?? SAFETY_INTERVAL_MS);
      tick();
    },
    replan: tick,
    resume: tick,
    snooze(key, until) {
      const now = clock();
      const policy = options.getDoc().settings.policy;
      const at = until === 'hour' ? new Date(now.getTime() + HOUR_MS) : atHour(addCalendarDays(localDayOf(now), 1), policy.notifyAtHour);
      delete state.notified[key];
      state.snoozed[key] = at.toISOString();
      persist();
      tick();
    },
    stop() {
      running = false;
      disarm();
      if (interval !== null) timers.clearInterval(interval);
      interval = null;
    },
    nextAt: () => armed?.at ?? null,
  };
}
