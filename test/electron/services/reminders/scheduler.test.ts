import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderScheduler, type ReminderGroup, type ReminderScheduler } from '../../../../electron/services/reminders/scheduler.ts';
import { MAX_TIMEOUT_MS } from '../../../../electron/services/reminders/timers.ts';
import { computeReminders } from '../../../../shared/engine/reminders.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import type { AfterviewDocument, Application, Reminder } from '../../../../shared/model/types.ts';
import { FakeTime } from './fake-time.ts';

// All times are local (new Date(y, m, d, h)), so the tests hold in any time zone.
const HOUR = 3_600_000;
const interviewStart = new Date(2024, 2, 11, 10, 0); // Monday 11 March 2024, 10:00
const interviewEnd = new Date(interviewStart.getTime() + HOUR);

function interviewing(id: string, startsAt: Date = interviewStart): Application {
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
function waiting(id: string, decisionBy: string): Application {
  const app = interviewing(id);
  return {
    ...app,
    stage: 'waiting',
    decisionBy,
    events: [...app.events, { id: `${id}-e3`, kind: 'thank_you_sent', at: new Date(2024, 2, 11, 15).toISOString(), note: '', roundId: `${id}-r` }],
  };
}

function docWith(apps: Application[], settings: Partial<AfterviewDocument['settings']> = {}): AfterviewDocument {
  const doc = emptyDocument();
  return { ...doc, applications: apps, settings: { ...doc.settings, ...settings } };
}

let dataDir: string;
let time: FakeTime;
let doc: AfterviewDocument;
let shown: ReminderGroup[];
let schedulers: ReminderScheduler[];

function makeScheduler(): ReminderScheduler {
  const scheduler = createReminderScheduler({
    dataDir,
    getDoc: () => doc,
    computeReminders,
    notify: (group) => shown.push(group),
    clock: time.clock,
    timers: time,
  });
  schedulers.push(scheduler);
  return scheduler;
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-reminders-'));
  shown = [];
  schedulers = [];
});
afterEach(() => {
  for (const s of schedulers) s.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('reminder scheduler (fake clock)', () => {
  it('fires a P2 reminder that fell due while the app was closed once, at start', () => {
    time = new FakeTime(interviewEnd.getTime() + 2 * HOUR);
    doc = docWith([interviewing('a')]);
    makeScheduler().start();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.applicationIds).toEqual(['a']);
    expect(shown[0]!.title).toMatch(/thank-you note to Dana/);
    time.advance(30 * 60_000);
    expect(shown).toHaveLength(1);
  });

  it('fires at the interview end while running, and arms only the earliest next reminder', () => {
    time = new FakeTime(interviewStart.getTime() - HOUR);
    doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    expect(shown).toHaveLength(0);
    expect(scheduler.nextAt()?.getTime()).toBe(interviewEnd.getTime());
    time.advanceTo(interviewEnd);
    expect(shown.map((g) => g.keys.length)).toEqual([1]);
    const upcoming = computeReminders(doc, time.clock()).filter((r) => Date.parse(r.at) > time.clock().getTime());
    expect(scheduler.nextAt()?.toISOString()).toBe(upcoming[0]!.at);
  });

  it('fires once on resume after a sleep across a due time', () => {
    time = new FakeTime(interviewStart.getTime() - HOUR);
    doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    time.sleep(4 * HOUR);
    scheduler.resume();
    expect(shown).toHaveLength(1);
    // The late timers of the sleeping process and the safety pass must not repeat it.
    time.advance(20 * 60_000);
    expect(shown).toHaveLength(1);
  });

  it('never fires the same reminder twice across a restart', () => {
    time = new FakeTime(interviewEnd.getTime() + HOUR);
    doc = docWith([interviewing('a')]);
    makeScheduler().start();
    expect(shown).toHaveLength(1);
    schedulers[0]!.stop();
    time.advance(10 * 60_000);
    makeScheduler().start();
    expect(shown).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'reminders.json'), 'utf8')).notified).toHaveProperty(shown[0]!.keys[0]!);
  });

  it('does not fire again after an undo brings the same reminder back (markers live outside the document)', () => {
    time = new FakeTime(interviewEnd.getTime() + HOUR);
    doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const before = doc;
    doc = docWith([{ ...interviewing('a'), stage: 'waiting', events: [...interviewing('a').events, { id: 'ty', kind: 'thank_you_sent', at: time.clock().toISOString(), note: '', roundId: 'a-r' }] }]);
    scheduler.replan();
    doc = before; // undo
    scheduler.replan();
    expect(shown).toHaveLength(1);
  });

  it('holds reminders back in quiet hours and shows them when the quiet hours end', () => {
    // The app starts at 23:00 with a reminder overdue since the afternoon; quiet 22-07.
    time = new FakeTime(new Date(2024, 2, 11, 23, 0).getTime());
    doc = docWith([interviewing('a')], { policy: { ...emptyDocument().settings.policy, quietHours: { start: 22, end: 7 } } });
    const scheduler = makeScheduler();
    scheduler.start();
    expect(shown).toHaveLength(0);
    expect(scheduler.nextAt()?.getTime()).toBe(new Date(2024, 2, 12, 7, 0).getTime());
    time.advanceTo(new Date(2024, 2, 12, 6, 59));
    expect(shown).toHaveLength(0);
    time.advanceTo(new Date(2024, 2, 12, 7, 0));
    expect(shown).toHaveLength(1);
  });

  it('re-plans when the decision date is edited (P4, P15)', () => {
    time = new FakeTime(new Date(2024, 2, 12, 12).getTime());
    doc = docWith([waiting('a', '2024-03-15')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const firstPlan = scheduler.nextAt()!;
    // Decision Friday 15 March: P6 reminds on Monday 18 March at the notify hour (P4 due Tue 19).
    expect(firstPlan.getTime()).toBe(new Date(2024, 2, 18, 9).getTime());
    doc = docWith([waiting('a', '2024-03-22')]);
    scheduler.replan();
    expect(scheduler.nextAt()!.getTime()).toBe(new Date(2024, 2, 25, 9).getTime());
    time.advanceTo(new Date(2024, 2, 20, 12));
    expect(shown).toHaveLength(0);
    time.advanceTo(new Date(2024, 2, 25, 9));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toMatch(/Draft your follow-up/);
  });

  it('groups several reminders due at once into one notification', () => {
    time = new FakeTime(interviewEnd.getTime() + HOUR);
    doc = docWith([interviewing('a'), interviewing('b'), interviewing('c')]);
    makeScheduler().start();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.keys).toHaveLength(3);
    expect(shown[0]!.applicationIds).toEqual(['a', 'b', 'c']);
    expect(shown[0]!.title).toBe('3 things to do for your applications');
    expect(shown[0]!.body.split('\n')).toHaveLength(3);
  });

  it('snoozes for an hour, and until tomorrow at the notify hour', () => {
    time = new FakeTime(interviewEnd.getTime() + HOUR);
    doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const key = shown[0]!.keys[0]!;
    scheduler.snooze(key, 'hour');
    expect(scheduler.nextAt()!.getTime()).toBe(time.clock().getTime() + HOUR);
    time.advance(HOUR);
    expect(shown.map((g) => g.keys)).toEqual([[key], [key]]);

  });

  it('snoozes until tomorrow at the notify hour from settings', () => {
    const start = new Date(2024, 2, 11, 15, 0);
    time = new FakeTime(start.getTime());
    doc = docWith([], { policy: { ...emptyDocument().settings.policy, notifyAtHour: 8 } });
    const due: Reminder = { key: 'P4:a:due', applicationId: 'a', rule: 'P4', at: new Date(2024, 2, 11, 9).toISOString(), title: 'Follow up', body: '' };
    const scheduler = createReminderScheduler({ dataDir, getDoc: () => doc, computeReminders: () => [due], notify: (g) => shown.push(g), clock: time.clock, timers: time });
    schedulers.push(scheduler);
    scheduler.start();
    expect(shown).toHaveLength(1);
    scheduler.snooze(due.key, 'tomorrow');
    expect(scheduler.nextAt()!.getTime()).toBe(new Date(2024, 2, 12, 8, 0).getTime());
    time.advanceTo(new Date(2024, 2, 12, 7, 59));
    expect(shown).toHaveLength(1);
    time.advanceTo(new Date(2024, 2, 12, 8, 0));
    expect(shown).toHaveLength(2);
    time.advance(24 * HOUR);
    expect(shown).toHaveLength(2);
  });

  it('chains timeouts for reminders more than 24.8 days away', () => {
    const far = new Date(2024, 5, 3, 10, 0); // about 80 days after the start below
    time = new FakeTime(new Date(2024, 2, 15, 12).getTime());
    doc = docWith([interviewing('a', far)]);
    const scheduler = makeScheduler();
    scheduler.start();
    expect(scheduler.nextAt()!.getTime()).toBe(far.getTime() + HOUR);
    time.advanceTo(new Date(far.getTime() + HOUR - 1));
    expect(shown).toHaveLength(0);
    time.advance(1);
    expect(shown).toHaveLength(1);
    expect(Math.max(...time.requestedDelays)).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
  });

  it('catches up on the slow safety interval when a timer was missed', () => {
    time = new FakeTime(interviewStart.getTime() - HOUR);
    doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    // A clock jump: the armed timer still waits, but the safety pass notices.
    time.sleep(3 * HOUR);
    time.advance(15 * 60_000);
    expect(shown).toHaveLength(1);
    expect(scheduler.nextAt()).not.toBeNull();
  });

  it('shows nothing while notifications are turned off in settings', () => {
    time = new FakeTime(interviewEnd.getTime() + HOUR);
    doc = docWith([interviewing('a')], { notificationsEnabled: false });
    const scheduler = makeScheduler();
    scheduler.start();
    time.advance(2 * 24 * HOUR);
    expect(shown).toHaveLength(0);
    expect(scheduler.nextAt()).toBeNull();
  });

  it('uses the injected computeReminders: any reminder shape is scheduled by its absolute time', () => {
    time = new FakeTime(Date.UTC(2024, 0, 1));
    doc = docWith([]);
    const reminders: Reminder[] = [
      { key: 'k2', applicationId: 'x', rule: 'P6', at: new Date(Date.UTC(2024, 0, 1) + 2 * HOUR).toISOString(), title: 'Two', body: '' },
      { key: 'k1', applicationId: 'x', rule: 'P4', at: new Date(Date.UTC(2024, 0, 1) + HOUR).toISOString(), title: 'One', body: '' },
    ];
    const scheduler = createReminderScheduler({ dataDir, getDoc: () => doc, computeReminders: () => reminders, notify: (g) => shown.push(g), clock: time.clock, timers: time });
    schedulers.push(scheduler);
    scheduler.start();
    time.advance(3 * HOUR);
    expect(shown.map((g) => g.title)).toEqual(['One', 'Two']);
  });
});
