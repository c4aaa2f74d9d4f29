// Fixtures and a harness for the reminder scheduler's tests: applications at fixed local
// times, and a scheduler over a fresh data folder with a fake clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createReminderScheduler, type ReminderGroup, type ReminderScheduler } from '../../../../node/services/reminders/scheduler.ts';
import type { ReminderFeed } from '../../../../shared/ipc/contract.ts';
import { computeReminders } from '../../../../shared/engine/reminders.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import type { AfterviewDocument, Application } from '../../../../shared/model/types.ts';
import { FakeTime } from './fake-time.ts';

// All times are local (new Date(y, m, d, h)), so the tests hold in any time zone.
export const HOUR = 3_600_000;
export const interviewStart = new Date(2024, 2, 11, 10, 0); // Monday 11 March 2024, 10:00
export const interviewEnd = new Date(interviewStart.getTime() + HOUR);

export function interviewing(id: string, startsAt: Date = interviewStart): Application {
  return {
    id,
    company: `Company ${id}`,
    role: 'Designer',
    location: '',
    url: '',
    notes: '',
    skills: '',
    stage: 'interviewing',
    outcome: null,
    decisionBy: null,
    contacts: [{ id: `${id}-c`, name: 'Dana Ruiz', title: '', email: '', linkedin: '' }],
    rounds: [{ id: `${id}-r`, startsAt: startsAt.toISOString(), minutes: 60, kind: 'video', interviewerIds: [`${id}-c`], topics: '' }],
    events: [
      { id: `${id}-e1`, kind: 'applied', at: new Date(2024, 2, 1, 9).toISOString(), note: '' },
      { id: `${id}-e2`, kind: 'interview_scheduled', at: new Date(2024, 2, 4, 9).toISOString(), note: '', roundId: `${id}-r` },
    ],
    createdAt: new Date(2024, 2, 1, 9).toISOString(),
    updatedAt: new Date(2024, 2, 4, 9).toISOString(),
  };
}

/** Thank-you sent on the interview day: the follow-up clock runs from the decision date (P4). */
export function waiting(id: string, decisionBy: string): Application {
  const app = interviewing(id);
  return {
    ...app,
    stage: 'waiting',
    decisionBy,
    events: [
      ...app.events,
      { id: `${id}-e3`, kind: 'thank_you_sent', at: new Date(2024, 2, 11, 15).toISOString(), note: '', roundId: `${id}-r` },
    ],
  };
}

/** The same interview with its thank-you logged at `at`: P2 is done. */
export function thanked(id: string, at: Date): Application {
  const app = interviewing(id);
  return {
    ...app,
    stage: 'waiting',
    events: [...app.events, { id: `${id}-ty`, kind: 'thank_you_sent', at: at.toISOString(), note: '', roundId: `${id}-r` }],
  };
}

export function docWith(apps: Application[], settings: Partial<AfterviewDocument['settings']> = {}): AfterviewDocument {
  const doc = emptyDocument();
  return { ...doc, applications: apps, settings: { ...doc.settings, ...settings } };
}

/** The state of the test that is running; reset before each test. */
export const t = {
  dataDir: '',
  time: new FakeTime(0),
  doc: emptyDocument() as AfterviewDocument,
  /** What the scheduler handed to the desktop notifier (a desktop host). */
  shown: [] as ReminderGroup[],
  /** Every feed it pushed to pages. */
  feeds: [] as ReminderFeed[],
  schedulers: [] as ReminderScheduler[],
};

/**
 * A desktop host by default: reminders are handed to a notifier that shows them at once and
 * confirms (as the real one does on the notification's "show" event). `confirm: false`
 * models a process that dies before the notification appears; `host: false` is the web host.
 */
export function makeScheduler(
  opts: { host?: boolean; confirm?: boolean; deliver?: (group: ReminderGroup, self: ReminderScheduler) => void } = {},
): ReminderScheduler {
  const { host = true, confirm = true } = opts;
  const scheduler: ReminderScheduler = createReminderScheduler({
    dataDir: t.dataDir,
    getDoc: () => t.doc,
    computeReminders,
    clock: t.time.clock,
    timers: t.time,
    ...(host
      ? {
          deliver: (group: ReminderGroup) => {
            t.shown.push(group);
            if (opts.deliver) opts.deliver(group, scheduler);
            else if (confirm) scheduler.confirmShown(group.ids, 'notification');
          },
        }
      : {}),
    onFeedChanged: (feed) => t.feeds.push(feed),
  });
  t.schedulers.push(scheduler);
  return scheduler;
}

/** Stops the running scheduler, as a quit or a crash would, and starts a new one on the same folder. */
export function restart(opts: Parameters<typeof makeScheduler>[0] = {}): ReminderScheduler {
  for (const s of t.schedulers) s.stop();
  const next = makeScheduler(opts);
  next.start();
  return next;
}

/** The newest feed pushed to pages. */
export const lastFeed = (): ReminderFeed => t.feeds.at(-1) ?? { items: [], reason: null };

export function useSchedulerHarness(): void {
  beforeEach(() => {
    t.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-reminders-'));
    t.shown = [];
    t.feeds = [];
    t.schedulers = [];
  });
  afterEach(() => {
    for (const s of t.schedulers) s.stop();
    fs.rmSync(t.dataDir, { recursive: true, force: true });
  });
}
