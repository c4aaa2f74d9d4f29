// The scheduler's memory, kept in its own small file (<dataDir>/reminders.json) and not in
// the document, so that undo, restore or import never make a reminder show again:
// - shown: which reminders were actually seen (a notification appeared, or a banner showed
//   it), by reminder id (its key and the time it fell due), and how;
// - dismissed: which ones the user closed in the banner;
// - snoozed: which reminder keys wait until when.
// A reminder that was only handed to a notifier is not in here: if the app dies before the
// notification appears, the reminder is still owed and is shown at the next start.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../storage/atomic-file.ts';

export type ShownVia = 'notification' | 'banner';

export interface ReminderState {
  /** reminder id -> when and how it was seen. */
  shown: Record<string, { at: string; via: ShownVia }>;
  /** reminder id -> when the user dismissed it. */
  dismissed: Record<string, string>;
  /** reminder key -> when it should be shown again (ISO). */
  snoozed: Record<string, string>;
}

/**
 * A marker whose reminder the engine no longer computes (the action was done, or moved) is
 * forgotten this long after it was set: long past any undo or re-import. A marker whose
 * reminder is still computed is never forgotten, however old, so an action left open for
 * months does not remind again just because time passed.
 */
export const MARKER_KEEP_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const reminderStatePath = (dataDir: string): string => path.join(dataDir, 'reminders.json');

export const emptyReminderState = (): ReminderState => ({ shown: {}, dismissed: {}, snoozed: {} });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const stringMap = (value: unknown): Record<string, string> =>
  isRecord(value)
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};

function shownMap(value: unknown): ReminderState['shown'] {
  if (!isRecord(value)) return {};
  const out: ReminderState['shown'] = {};
  for (const [id, entry] of Object.entries(value)) {
    if (isRecord(entry) && typeof entry.at === 'string' && (entry.via === 'notification' || entry.via === 'banner'))
      out[id] = { at: entry.at, via: entry.via };
  }
  return out;
}

export function loadReminderState(filePath: string): ReminderState {
  try {
    const raw = JSON.parse(fs.readFileSync(filePath, 'utf8')) as Record<string, unknown>;
    if (raw.version === 2) return { shown: shownMap(raw.shown), dismissed: stringMap(raw.dismissed), snoozed: stringMap(raw.snoozed) };
    // Version 1 kept "notified" by reminder key alone, set before the notification showed;
    // it cannot say what was seen, so those reminders count as seen once more at most.
    return { ...emptyReminderState(), snoozed: stringMap(raw.snoozed) };
  } catch {
    // Missing or damaged: start afresh. At worst a reminder still due shows once more.
    return emptyReminderState();
  }
}

/** Which reminder ids and keys the engine computes now (a Set, or the scheduler's counts). */
export interface LiveReminders {
  ids: { has(id: string): boolean };
  keys: { has(key: string): boolean };
}

/** Drops markers of reminders that are no longer computed and are older than the keep time. */
export function pruneReminderState(state: ReminderState, live: LiveReminders, now: Date): ReminderState {
  const cutoff = now.getTime() - MARKER_KEEP_DAYS * DAY_MS;
  const keep = (id: string, at: string) => live.ids.has(id) || Date.parse(at) >= cutoff;
  return {
    shown: Object.fromEntries(Object.entries(state.shown).filter(([id, m]) => keep(id, m.at))),
    dismissed: Object.fromEntries(Object.entries(state.dismissed).filter(([id, at]) => keep(id, at))),
    // A snooze of a reminder that is gone is meaningless once its time has passed.
    snoozed: Object.fromEntries(
      Object.entries(state.snoozed).filter(([key, until]) => live.keys.has(key) || Date.parse(until) >= now.getTime()),
    ),
  };
}

/**
 * The instant after which pruneReminderState would drop a marker of a shown or dismissed
 * reminder, or a snooze, that is not computed now (it drops one when `now` is past this).
 */
export const markerExpiry = (at: string): number => {
  const t = Date.parse(at);
  return Number.isNaN(t) ? -Infinity : t + MARKER_KEEP_DAYS * DAY_MS;
};
export const snoozeExpiry = (until: string): number => {
  const t = Date.parse(until);
  return Number.isNaN(t) ? -Infinity : t;
};

/** The earliest instant after which pruneReminderState would drop something (Infinity: never, while `live` holds). */
export function firstExpiry(state: ReminderState, live: LiveReminders): number {
  let first = Infinity;
  for (const [id, m] of Object.entries(state.shown)) if (!live.ids.has(id)) first = Math.min(first, markerExpiry(m.at));
  for (const [id, at] of Object.entries(state.dismissed)) if (!live.ids.has(id)) first = Math.min(first, markerExpiry(at));
  for (const [key, until] of Object.entries(state.snoozed)) if (!live.keys.has(key)) first = Math.min(first, snoozeExpiry(until));
  return first;
}

export function saveReminderState(filePath: string, state: ReminderState): void {
  writeFileAtomicSync(filePath, JSON.stringify({ version: 2, ...state }, null, 2));
}
