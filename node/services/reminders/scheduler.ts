// The reminder scheduler, restart-safe in the way Signal Desktop's expiring-entity service
// is: reminders have absolute times; a catch-up pass runs at start, on resume from sleep and
// on a slow safety interval; only the earliest next reminder is armed; any document change
// re-plans. Clock and timers are injected.
//
// Reminders are state, not fire-and-forget events. What has fallen due is kept in a feed
// that every window or page reads when it opens and is pushed when it changes. A reminder
// leaves the "owed" state only when something confirms it was seen: the desktop
// notification's "show" event, or the page saying its notification or banner showed it.
// Until then nothing is lost: not at start before a window exists, not while no tab is
// open, not if the process dies between handing a notification over and its appearing.
import type { ReminderFeed, ReminderItem } from '../../../shared/ipc/contract.ts';
import type { AfterviewDocument, Policy, Reminder } from '../../../shared/model/types.ts';
import { addCalendarDays, atHour, localDayOf } from '../../../shared/dates/local.ts';
import { outsideQuietHours } from '../../../shared/engine/reminders.ts';
import type { Clock } from '../../../shared/time/clock.ts';
import { groupReminders, type ReminderGroup } from './group.ts';
import { DueIndex, type Entry, type Judge } from './due-index.ts';
import {
  emptyReminderState,
  firstExpiry,
  loadReminderState,
  markerExpiry,
  pruneReminderState,
  reminderStatePath,
  saveReminderState,
  snoozeExpiry,
  type ReminderState,
  type ShownVia,
} from './reminder-state.ts';
import { realTimers, timeoutAt, type Timers } from './timers.ts';

export type { ReminderGroup } from './group.ts';

export interface ReminderSchedulerOptions {
  /** Where reminders.json lives (the data folder). */
  dataDir: string;
  /** The current document (the store's or the app service's). */
  getDoc: () => AfterviewDocument;
  /** The engine's reminders (computeReminders in shared/engine/reminders.ts, or an incremental pass's). */
  computeReminders: (doc: AfterviewDocument, now: Date) => readonly Reminder[];
  clock: Clock;
  timers?: Timers;
  /** The slow catch-up pass that covers missed timers and clock changes. */
  safetyIntervalMs?: number;
  /**
   * A host that shows notifications itself (the desktop app). It must call `confirmShown`
   * once the notification has appeared, or `handOver` when it cannot show it. Without one
   * (the web host) every reminder is the page's to show.
   */
  deliver?: (group: ReminderGroup) => void;
  /** The feed changed: push it to every window or page. */
  onFeedChanged?: (feed: ReminderFeed) => void;
}

export interface ReminderScheduler {
  /** Loads the markers, puts whatever fell due while the app was closed in the feed, arms the next. */
  start(): void;
  /**
   * Call after every document change, with the engine pass made for it when there is one
   * (app-runtime.ts), so the change is worked out once for everything that reads the engine.
   */
  replan(pass?: ReminderPass): void;
  /** Call when the computer wakes or unlocks (powerMonitor 'resume', 'unlock-screen'). */
  resume(): void;
  /** What is due now: read by a window or page when it opens. */
  feed(): ReminderFeed;
  /** Something really showed these reminders: they are seen and never shown again. */
  confirmShown(ids: readonly string[], via: ShownVia): void;
  /** The host could not show these (notifications off or failed): the page shows them, saying why. */
  handOver(ids: readonly string[], reason: string): void;
  /** The user closed them in the banner. */
  dismiss(ids: readonly string[]): void;
  /** Shows the reminder again in an hour, or tomorrow at the notify hour (local time). */
  snooze(key: string, until: 'hour' | 'tomorrow'): void;
  stop(): void;
  /** When the armed timer will fire next, or null (diagnostics and tests). */
  nextAt(): Date | null;
}

/** What the scheduler reads of an engine pass (shared/engine/incremental.ts). */
export interface ReminderPass {
  readonly doc: AfterviewDocument;
  readonly now: Date;
  readonly reminders: readonly Reminder[];
}

export const SAFETY_INTERVAL_MS = 15 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** A reminder is identified by its key and the time it falls due: a moved due time is a new reminder. */
export const reminderId = (r: Pick<Reminder, 'key' | 'at'>): string => `${r.key}@${r.at}`;

/**
 * A reminder's id and time, worked out once per reminder object: an incremental engine pass
 * hands the same objects back while their card is unchanged, and the same id string each
 * tick makes the marker lookups by id cheap.
 */
const facts = new WeakMap<Reminder, { id: string; at: number }>();
function factsOf(r: Reminder): { id: string; at: number } {
  let known = facts.get(r);
  if (!known) facts.set(r, (known = { id: reminderId(r), at: Date.parse(r.at) }));
  return known;
}

/** The end of the quiet hours `at` falls in, or null when it is outside them. */
export function quietHoursEnd(at: Date, quiet: Policy['quietHours']): Date | null {
  const end = outsideQuietHours(at, quiet);
  return end.getTime() === at.getTime() ? null : end;
}

/** "Tomorrow" is the next local calendar day at the notify hour, never a UTC day. */
export function snoozeUntil(now: Date, until: 'hour' | 'tomorrow', notifyAtHour: number): Date {
  return until === 'hour' ? new Date(now.getTime() + HOUR_MS) : atHour(addCalendarDays(localDayOf(now), 1), notifyAtHour);
}

const EMPTY_FEED: ReminderFeed = { items: [], reason: null };

const markerCount = (state: ReminderState): number =>
  Object.keys(state.shown).length + Object.keys(state.dismissed).length + Object.keys(state.snoozed).length;

/** Items hold only strings and nulls, so field by field is equality. */
function sameItem(a: ReminderItem, b: ReminderItem): boolean {
  const fields = Object.keys(a) as (keyof ReminderItem)[];
  return fields.length === Object.keys(b).length && fields.every((field) => a[field] === b[field]);
}

/** Whether two feeds say the same (cheaper than comparing their JSON on every tick). */
function sameFeed(a: ReminderFeed, b: ReminderFeed): boolean {
  return (
    a.reason === b.reason &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item === b.items[i] || sameItem(item, b.items[i]!))
  );
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { clock } = options;
  const timers = options.timers ?? realTimers;
  const statePath = reminderStatePath(options.dataDir);
  let state: ReminderState = emptyReminderState();
  let armed: { at: Date; cancel(): void } | null = null;
  let interval: unknown = null;
  let running = false;
  let feed: ReminderFeed = EMPTY_FEED;
  /** Handed to the host's notifier in this process and not yet confirmed: not handed again. */
  const offered = new Set<string>();
  /** The host could not show these; the page shows them instead (this process only). */
  const handedOver = new Map<string, string>();

  const persist = () => saveReminderState(statePath, state);

  /** When a reminder should show: its own time, or later if the user snoozed it. */
  const effectiveAt = (r: Reminder): number => {
    const snoozedUntil = state.snoozed[r.key];
    const at = factsOf(r).at;
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

  const publish = (next: ReminderFeed) => {
    if (sameFeed(next, feed)) return;
    feed = next;
    options.onFeedChanged?.(feed);
  };

  /** The last item made for each reminder object, handed out again while it would read the same. */
  const madeItems = new WeakMap<Reminder, ReminderItem>();
  const itemOf = (r: Reminder, id: string): ReminderItem => {
    const delivery = options.deliver && !handedOver.has(id) ? 'host' : 'page';
    const shown = state.shown[id]?.via ?? null;
    const known = madeItems.get(r);
    if (known?.delivery === delivery && known.shown === shown) return known;
    const item: ReminderItem = {
      id,
      key: r.key,
      applicationId: r.applicationId,
      title: r.title,
      body: r.body,
      at: r.at,
      due: r.due ?? null,
      delivery,
      shown,
    };
    madeItems.set(r, item);
    return item;
  };

  /** How a reminder stands against the markers (the rules of what is due, held or gone). */
  const judge: Judge = {
    entry(r, now, quietEnd) {
      const id = factsOf(r).id;
      const entry: Entry = {
        reminder: r,
        id,
        key: r.key,
        at: effectiveAt(r),
        seen: Boolean(state.shown[id]),
        status: 'gone',
        alive: true,
        item: null,
        entered: -1,
      };
      if (!state.dismissed[id]) entry.status = entry.at > now ? 'future' : judge.due(entry, quietEnd);
      return entry;
    },
    due(entry, quietEnd) {
      const seen = state.shown[entry.id];
      // Seen as a notification: done. Seen in a banner: it stays there while it is live.
      if (seen?.via === 'notification') return 'gone';
      // In the user's quiet hours nothing new is shown; what fell due waits for their end,
      // unless waiting would let the action's own due time pass (the playbook's quiet-hours
      // decision: then it is better said now than after it is overdue).
      if (!seen && quietEnd !== null && !(entry.reminder.due && Date.parse(entry.reminder.due) < quietEnd)) return 'held';
      return 'feed';
    },
    item: (entry) => itemOf(entry.reminder, entry.id),
  };

  /**
   * What every reminder is, kept between ticks (due-index.ts); null when it must be built
   * afresh: at start, after a marker changed or a reminder was handed over, on resume and
   * on the safety pass, and while notifications are off.
   */
  let index: DueIndex | null = null;
  /** Nothing before this instant can be pruned (while the reminders computed stay the same or grow). */
  let pruneAfter = Infinity;
  let ticks = 0;

  /** Drops the markers of reminders no longer computed once they are old (as pruneReminderState says). */
  const prune = (live: DueIndex, now: Date) => {
    const markers = markerCount(state);
    if (markers > 0) {
      const pruned = pruneReminderState(state, live, now);
      if (markerCount(pruned) !== markers) {
        state = pruned;
        persist();
      }
    }
    pruneAfter = firstExpiry(state, live);
  };

  /**
   * Works out the feed of what is due now, hands new reminders to the host, arms the next.
   * After a change it costs what changed: the index moves the reminders that came, went or
   * fell due, and the feed is pushed only when it reads differently.
   */
  const tick = (given?: ReminderPass, afresh = false) => {
    if (!running) return;
    disarm();
    // A pass of an older document than the current one is not used: the current one is planned.
    const pass = given && given.doc === options.getDoc() ? given : null;
    const doc = pass?.doc ?? options.getDoc();
    if (!doc.settings.notificationsEnabled) {
      index = null;
      publish(EMPTY_FEED);
      return;
    }
    const now = pass?.now ?? clock();
    const reminders = pass ? pass.reminders : options.computeReminders(doc, now);
    const quietEnd = quietHoursEnd(now, doc.settings.policy.quietHours)?.getTime() ?? null;
    const stamp = ++ticks;

    let feedChanged = true;
    let current: DueIndex;
    if (afresh || !index || now.getTime() < index.now || quietEnd !== index.quietEnd) {
      current = index = DueIndex.build(judge, (r) => factsOf(r).at, reminders, now.getTime(), quietEnd, stamp);
      prune(current, now);
    } else {
      current = index;
      const update = current.update(reminders, now.getTime(), stamp);
      feedChanged = update.feedChanged;
      // Markers of reminders that are no longer computed may be pruned from now on.
      for (const id of update.goneIds) {
        const shown = state.shown[id];
        const dismissed = state.dismissed[id];
        if (shown) pruneAfter = Math.min(pruneAfter, markerExpiry(shown.at));
        if (dismissed !== undefined) pruneAfter = Math.min(pruneAfter, markerExpiry(dismissed));
      }
      for (const key of update.goneKeys) {
        const until = state.snoozed[key];
        if (until !== undefined) pruneAfter = Math.min(pruneAfter, snoozeExpiry(until));
      }
      if (now.getTime() > pruneAfter) prune(current, now);
    }

    const next = current.nextAt();
    if (next !== null) arm(new Date(next));

    let entered: ReminderItem[] = [];
    if (feedChanged) {
      const made = current.items(stamp);
      entered = made.entered;
      const reason =
        handedOver.size === 0 ? null : (made.items.map((i) => handedOver.get(i.id)).find((r): r is string => Boolean(r)) ?? null);
      publish({ items: made.items, reason });
    }

    // Last: the host may confirm at once, which ticks again (afresh) from inside deliver;
    // what a page or a tick from inside the push already handed over is not handed again.
    if (!running) return;
    const toHost = entered.filter((i) => i.delivery === 'host' && i.shown === null && !offered.has(i.id));
    if (toHost.length > 0 && options.deliver) {
      for (const i of toHost) offered.add(i.id);
      options.deliver(groupReminders(toHost));
    }
  };

  const change = (mutate: () => void) => {
    mutate();
    persist();
    tick(undefined, true);
  };

  return {
    start() {
      if (running) return;
      running = true;
      state = loadReminderState(statePath);
      index = null;
      // The safety pass works everything out afresh, as a start does.
      interval = timers.setInterval(() => tick(undefined, true), options.safetyIntervalMs ?? SAFETY_INTERVAL_MS);
      tick(undefined, true);
    },
    replan: (pass) => tick(pass),
    resume: () => tick(undefined, true),
    feed: () => feed,
    confirmShown(ids, via) {
      const at = clock().toISOString();
      change(() => {
        for (const id of ids) {
          if (!state.shown[id]) state.shown[id] = { at, via };
          offered.delete(id);
        }
      });
    },
    handOver(ids, reason) {
      for (const id of ids) {
        handedOver.set(id, reason);
        offered.delete(id);
      }
      tick(undefined, true);
    },
    dismiss(ids) {
      const at = clock().toISOString();
      change(() => {
        for (const id of ids) state.dismissed[id] = at;
      });
    },
    snooze(key, until) {
      const at = snoozeUntil(clock(), until, options.getDoc().settings.policy.notifyAtHour);
      change(() => {
        state.snoozed[key] = at.toISOString();
        // The snoozed reminder comes back as a new one: forget that its current one was seen.
        for (const id of Object.keys(state.shown)) if (id.startsWith(`${key}@`)) delete state.shown[id];
        for (const id of Object.keys(state.dismissed)) if (id.startsWith(`${key}@`)) delete state.dismissed[id];
      });
    },
    stop() {
      running = false;
      index = null;
      disarm();
      if (interval !== null) timers.clearInterval(interval);
      interval = null;
    },
    nextAt: () => armed?.at ?? null,
  };
}
