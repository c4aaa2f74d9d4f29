// The scheduler's memory, kept in its own small file (<dataDir>/reminders.json) and not in
// the document: which reminders were already shown ("notified", by key) and which were
// snoozed until when. Outside the document so that undo, restore or import never make a
// reminder fire again.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../storage/atomic-file.ts';

export interface ReminderState {
  /** key -> when it was shown (ISO). */
  notified: Record<string, string>;
  /** key -> when it should be shown again (ISO). */
  snoozed: Record<string, string>;
}

/** Markers are kept this long after they fired, long past any undo or re-import. */
export const MARKER_KEEP_DAYS = 90;

export const reminderStatePath = (dataDir: string): string => path.join(dataDir, 'reminders.json');

const stringMap = (value: unknown): Record<string, string> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};

export function loadReminderState(filePath: string): ReminderState {
  try {
    const raw = JSON.parse(fs.readFileSync(filePath, 'utf8')) as Partial<ReminderState>;
    return { notified: stringMap(raw.notified), snoozed: stringMap(raw.snoozed) };
  } catch {
    // Missing or damaged: start afresh. At worst an old reminder shows once more.
    return { notified: {}, snoozed: {} };
  }
}

export function saveReminderState(filePath: string, state: ReminderState, now: Date): void {
  const cutoff = now.getTime() - MARKER_KEEP_DAYS * 24 * 60 * 60 * 1000;
  const notified = Object.fromEntries(Object.entries(state.notified).filter(([, at]) => Date.parse(at) >= cutoff));
  writeFileAtomicSync(filePath, JSON.stringify({ version: 1, notified, snoozed: state.snoozed }, null, 2));
}
