import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReminderScheduler, type ReminderScheduler } from '../../../../node/services/reminders/scheduler.ts';
import { MAX_TIMEOUT_MS } from '../../../../node/services/reminders/timers.ts';
import { computeReminders } from '../../../../shared/engine/reminders.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import type { Reminder } from '../../../../shared/model/types.ts';
import { FakeTime } from './fake-time.ts';
import {
  docWith,
  HOUR,
  interviewEnd,
  interviewing,
  interviewStart,
  makeScheduler,
  restart,
  t,
  thanked,
  useSchedulerHarness,
  waiting,
} from './scheduler-harness.ts';

// All times are local (new Date(y, m, d, h)), so the tests hold in any time zone.
useSchedulerHarness();

describe('reminder scheduler (fake clock)', () => {
  it('fires a P2 reminder that fell due while the app was closed once, at start', () => {
    t.time = new FakeTime(interviewEnd.getTime() + 2 * HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler().start();
    expect(t.shown).toHaveLength(1);
    expect(t.shown[0]!.applicationIds).toEqual(['a']);
    expect(t.shown[0]!.title).toMatch(/thank-you note to Dana/);
    t.time.advance(30 * 60_000);
    expect(t.shown).toHaveLength(1);
  });

  it('fires at the interview end while running, and arms only the earliest next reminder', () => {
    t.time = new FakeTime(interviewStart.getTime() - HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    expect(t.shown).toHaveLength(0);
    expect(scheduler.nextAt()?.getTime()).toBe(interviewEnd.getTime());
    t.time.advanceTo(interviewEnd);
    expect(t.shown.map((g) => g.keys.length)).toEqual([1]);
    const upcoming = computeReminders(t.doc, t.time.clock()).filter((r) => Date.parse(r.at) > t.time.clock().getTime());
    expect(scheduler.nextAt()?.toISOString()).toBe(upcoming[0]!.at);
  });

  it('fires once on resume after a sleep across a due time', () => {
    t.time = new FakeTime(interviewStart.getTime() - HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    t.time.sleep(4 * HOUR);
    scheduler.resume();
    expect(t.shown).toHaveLength(1);
    // The late timers of the sleeping process and the safety pass must not repeat it.
    t.time.advance(20 * 60_000);
    expect(t.shown).toHaveLength(1);
  });

  it('never fires the same reminder twice across a restart', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler().start();
    expect(t.shown).toHaveLength(1);
    t.schedulers[0]!.stop();
    t.time.advance(10 * 60_000);
    makeScheduler().start();
    expect(t.shown).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(t.dataDir, 'reminders.json'), 'utf8')).shown).toHaveProperty([t.shown[0]!.ids[0]!], {
      at: expect.any(String),
      via: 'notification',
    });
  });

  it('does not fire again after an undo brings the same reminder back (markers live outside the document)', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const before = t.doc;
    t.doc = docWith([thanked('a', t.time.clock())]);
    scheduler.replan();
    // An hour of safety passes with the reminder gone from the engine (each one prunes
    // markers), then the undo, then a restart: the marker is still there.
    t.time.advance(HOUR);
    t.doc = before; // undo
    scheduler.replan();
    restart();
    expect(t.shown).toHaveLength(1);
  });

  it('holds reminders back in quiet hours and shows them when the quiet hours end', () => {
    // The app starts at 23:00 with a reminder overdue since the afternoon; quiet 22-07.
    t.time = new FakeTime(new Date(2024, 2, 11, 23, 0).getTime());
    t.doc = docWith([interviewing('a')], { policy: { ...emptyDocument().settings.policy, quietHours: { start: 22, end: 7 } } });
    const scheduler = makeScheduler();
    scheduler.start();
    expect(t.shown).toHaveLength(0);
    expect(scheduler.nextAt()?.getTime()).toBe(new Date(2024, 2, 12, 7, 0).getTime());
    t.time.advanceTo(new Date(2024, 2, 12, 6, 59));
    expect(t.shown).toHaveLength(0);
    t.time.advanceTo(new Date(2024, 2, 12, 7, 0));
    expect(t.shown).toHaveLength(1);
  });

  it('re-plans when the decision date is edited (P4, P15)', () => {
    t.time = new FakeTime(new Date(2024, 2, 12, 12).getTime());
    t.doc = docWith([waiting('a', '2024-03-15')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const firstPlan = scheduler.nextAt()!;
    // Decision Friday 15 March: P6 reminds on Monday 18 March at the notify hour (P4 due Tue 19).
    expect(firstPlan.getTime()).toBe(new Date(2024, 2, 18, 9).getTime());
    t.doc = docWith([waiting('a', '2024-03-22')]);
    scheduler.replan();
    expect(scheduler.nextAt()!.getTime()).toBe(new Date(2024, 2, 25, 9).getTime());
    t.time.advanceTo(new Date(2024, 2, 20, 12));
    expect(t.shown).toHaveLength(0);
    t.time.advanceTo(new Date(2024, 2, 25, 9));
    expect(t.shown).toHaveLength(1);
    expect(t.shown[0]!.title).toMatch(/Draft your follow-up/);
  });

  it('groups several reminders due at once into one notification', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a'), interviewing('b'), interviewing('c')]);
    makeScheduler().start();
    expect(t.shown).toHaveLength(1);
    expect(t.shown[0]!.keys).toHaveLength(3);
    expect(t.shown[0]!.applicationIds).toEqual(['a', 'b', 'c']);
    expect(t.shown[0]!.title).toBe('3 things to do for your applications');
    expect(t.shown[0]!.body.split('\n')).toHaveLength(3);
  });

  it('snoozes for an hour, and until tomorrow at the notify hour', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    const key = t.shown[0]!.keys[0]!;
    scheduler.snooze(key, 'hour');
    expect(scheduler.nextAt()!.getTime()).toBe(t.time.clock().getTime() + HOUR);
    t.time.advance(HOUR);
    expect(t.shown.map((g) => g.keys)).toEqual([[key], [key]]);
  });

  it('snoozes until tomorrow at the notify hour from settings', () => {
    const start = new Date(2024, 2, 11, 15, 0);
    t.time = new FakeTime(start.getTime());
    t.doc = docWith([], { policy: { ...emptyDocument().settings.policy, notifyAtHour: 8 } });
    const due: Reminder = {
      key: 'P4:a:due',
      applicationId: 'a',
      rule: 'P4',
      at: new Date(2024, 2, 11, 9).toISOString(),
      due: new Date(2024, 2, 11, 9).toISOString(),
      title: 'Follow up',
      body: '',
    };
    const scheduler: ReminderScheduler = createReminderScheduler({
      dataDir: t.dataDir,
      getDoc: () => t.doc,
      computeReminders: () => [due],
      deliver: (g) => {
        t.shown.push(g);
        scheduler.confirmShown(g.ids, 'notification');
      },
      clock: t.time.clock,
      timers: t.time,
    });
    t.schedulers.push(scheduler);
    scheduler.start();
    expect(t.shown).toHaveLength(1);
    scheduler.snooze(due.key, 'tomorrow');
    expect(scheduler.nextAt()!.getTime()).toBe(new Date(2024, 2, 12, 8, 0).getTime());
    t.time.advanceTo(new Date(2024, 2, 12, 7, 59));
    expect(t.shown).toHaveLength(1);
    t.time.advanceTo(new Date(2024, 2, 12, 8, 0));
    expect(t.shown).toHaveLength(2);
    t.time.advance(24 * HOUR);
    expect(t.shown).toHaveLength(2);
  });

  it('chains timeouts for reminders more than 24.8 days away', () => {
    const far = new Date(2024, 5, 3, 10, 0); // about 80 days after the start below
    t.time = new FakeTime(new Date(2024, 2, 15, 12).getTime());
    t.doc = docWith([interviewing('a', far)]);
    const scheduler = makeScheduler();
    scheduler.start();
    expect(scheduler.nextAt()!.getTime()).toBe(far.getTime() + HOUR);
    t.time.advanceTo(new Date(far.getTime() + HOUR - 1));
    expect(t.shown).toHaveLength(0);
    t.time.advance(1);
    expect(t.shown).toHaveLength(1);
    expect(Math.max(...t.time.requestedDelays)).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
  });

  it('catches up on the slow safety interval when a timer was missed', () => {
    t.time = new FakeTime(interviewStart.getTime() - HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler();
    scheduler.start();
    // A clock jump: the armed timer still waits, but the safety pass notices.
    t.time.sleep(3 * HOUR);
    t.time.advance(15 * 60_000);
    expect(t.shown).toHaveLength(1);
    expect(scheduler.nextAt()).not.toBeNull();
  });

  it('shows nothing while notifications are turned off in settings', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')], { notificationsEnabled: false });
    const scheduler = makeScheduler();
    scheduler.start();
    t.time.advance(2 * 24 * HOUR);
    expect(t.shown).toHaveLength(0);
    expect(scheduler.nextAt()).toBeNull();
  });

  it('uses the injected computeReminders: any reminder shape is scheduled by its absolute time', () => {
    t.time = new FakeTime(Date.UTC(2024, 0, 1));
    t.doc = docWith([]);
    const reminders: Reminder[] = [
      {
        key: 'k2',
        applicationId: 'x',
        rule: 'P6',
        at: new Date(Date.UTC(2024, 0, 1) + 2 * HOUR).toISOString(),
        due: null,
        title: 'Two',
        body: '',
      },
      {
        key: 'k1',
        applicationId: 'x',
        rule: 'P4',
        at: new Date(Date.UTC(2024, 0, 1) + HOUR).toISOString(),
        due: null,
        title: 'One',
        body: '',
      },
    ];
    const scheduler: ReminderScheduler = createReminderScheduler({
      dataDir: t.dataDir,
      getDoc: () => t.doc,
      computeReminders: () => reminders,
      deliver: (g) => {
        t.shown.push(g);
        scheduler.confirmShown(g.ids, 'notification');
      },
      clock: t.time.clock,
      timers: t.time,
    });
    t.schedulers.push(scheduler);
    scheduler.start();
    t.time.advance(3 * HOUR);
    expect(t.shown.map((g) => g.title)).toEqual(['One', 'Two']);
  });
});
