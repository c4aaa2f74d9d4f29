// Issue 9, part 2: reminders are state. Each test here fails against the old scheduler,
// which marked a reminder "notified" before anything showed it and emitted it into a window
// or page that might not exist. All times are local (new Date(y, m, d, h)).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER_KEEP_DAYS } from '../../../../node/services/reminders/reminder-state.ts';
import { NOTIFICATIONS_UNSUPPORTED as UNSUPPORTED_REASON } from '../../../../node/services/sentences.ts';
import { SAFETY_INTERVAL_MS, snoozeUntil } from '../../../../node/services/reminders/scheduler.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import { inTimeZone } from '../../../helpers/time-zone.ts';
import { FakeTime } from './fake-time.ts';
import {
  docWith,
  HOUR,
  interviewEnd,
  interviewing,
  interviewStart,
  lastFeed,
  makeScheduler,
  restart,
  t,
  thanked,
  useSchedulerHarness,
  waiting,
} from './scheduler-harness.ts';

useSchedulerHarness();
const DAY = 24 * HOUR;

describe('web host: a reminder waits for a page to show it', () => {
  it('a reminder due while no page is open stays owed, across a restart, until a page confirms it', () => {
    // Monday 11 March 2024: the interview ended at 11:00; the host starts at 13:00 with no tab open.
    t.time = new FakeTime(interviewEnd.getTime() + 2 * HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler({ host: false });
    scheduler.start();
    const [item] = scheduler.feed().items;
    expect(item).toMatchObject({ applicationId: 'a', delivery: 'page', shown: null, title: 'Send a thank-you note to Dana' });
    // Its real due time travels with it (P2: end + 24 h), so the page can say when it was due.
    expect(item!.due).toBe(new Date(interviewEnd.getTime() + 24 * HOUR).toISOString());

    // Nobody showed it; the host restarts an hour later: it is still owed.
    t.time.advance(HOUR);
    const again = restart({ host: false });
    expect(again.feed().items.map((i) => i.id)).toEqual([item!.id]);

    // A tab opens and its banner shows it: seen, and kept in the banner while the action is open.
    again.confirmShown([item!.id], 'banner');
    expect(again.feed().items).toEqual([{ ...item!, shown: 'banner' }]);
    expect(lastFeed().items[0]!.shown).toBe('banner');
    // Seen is seen: a later restart does not make it owed again.
    expect(
      restart({ host: false })
        .feed()
        .items.map((i) => i.shown),
    ).toEqual(['banner']);
  });

  it('a reminder the page showed as a notification leaves the feed; the banner follows the live action', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a'), interviewing('b')]);
    const scheduler = makeScheduler({ host: false });
    scheduler.start();
    const [a, b] = scheduler.feed().items;
    scheduler.confirmShown([a!.id], 'notification');
    scheduler.confirmShown([b!.id], 'banner');
    expect(scheduler.feed().items.map((i) => i.applicationId)).toEqual(['b']);
    // The thank-you to b is logged: its reminder is no longer computed, so the banner item goes.
    t.doc = docWith([interviewing('a'), thanked('b', t.time.clock())]);
    scheduler.replan();
    expect(scheduler.feed().items).toEqual([]);
    expect(lastFeed().items).toEqual([]);
  });

  it('dismissed in the banner: gone for good, across restarts', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler({ host: false });
    scheduler.start();
    const id = scheduler.feed().items[0]!.id;
    scheduler.confirmShown([id], 'banner');
    scheduler.dismiss([id]);
    expect(scheduler.feed().items).toEqual([]);
    expect(restart({ host: false }).feed().items).toEqual([]);
  });
});

describe('desktop host: marked seen only once the notification has shown', () => {
  it('handed to the notifier but the app died before it appeared: shown at the next start (notify, then mark)', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler({ confirm: false }).start();
    expect(t.shown).toHaveLength(1);
    const file = path.join(t.dataDir, 'reminders.json');
    const state = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { shown?: object }) : {};
    expect(Object.keys(state.shown ?? {})).toEqual([]);
    restart();
    expect(t.shown.map((g) => g.ids)).toEqual([t.shown[0]!.ids, t.shown[0]!.ids]);
    // Now it was confirmed: never again.
    restart();
    expect(t.shown).toHaveLength(2);
  });

  it('while one notification is on its way it is not handed over again by the safety pass', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler({ confirm: false }).start();
    t.time.advance(3 * SAFETY_INTERVAL_MS);
    expect(t.shown).toHaveLength(1);
  });

  it('a reminder waiting at start is in the feed for the window that opens later, with its real due time', () => {
    // Start before any window exists: the notification fails, so the page must show it.
    t.time = new FakeTime(interviewEnd.getTime() + 5 * HOUR);
    t.doc = docWith([interviewing('a')]);
    const scheduler = makeScheduler({ confirm: false });
    scheduler.start();
    scheduler.handOver(t.shown[0]!.ids, 'Notifications are turned off for Afterview.');
    const feed = scheduler.feed();
    expect(feed.reason).toBe('Notifications are turned off for Afterview.');
    expect(feed.items).toEqual([
      expect.objectContaining({ delivery: 'page', shown: null, due: new Date(interviewEnd.getTime() + 24 * HOUR).toISOString() }),
    ]);
  });
});

describe('desktop without notifications: the window shows what the system would not', () => {
  it('a notifier that hands a reminder straight back (unsupported system) leaves it owed to the page, with the reason, once', () => {
    t.time = new FakeTime(interviewEnd.getTime() + HOUR); // Monday 11 March 2024, 12:00
    t.doc = docWith([interviewing('a')]);
    let handed = 0;
    // As createDesktopNotifier does where Notification.isSupported() is false: fallback at once.
    const scheduler = makeScheduler({
      deliver: (group, self) => {
        handed += 1;
        self.handOver(group.ids, UNSUPPORTED_REASON);
      },
    });
    scheduler.start();
    t.time.advance(3 * SAFETY_INTERVAL_MS);
    expect(handed).toBe(1);
    expect(scheduler.feed()).toEqual({
      items: [expect.objectContaining({ delivery: 'page', shown: null, applicationId: 'a' })],
      reason: UNSUPPORTED_REASON,
    });
    scheduler.confirmShown([scheduler.feed().items[0]!.id], 'banner');
    expect(scheduler.feed().items[0]!.shown).toBe('banner');
  });
});

describe('never twice, and never lost to time', () => {
  it('does not fire again after 90 days just because its action is still open', () => {
    // Monday 11 March 2024: P2's three reminders (ended, 4 h left, due) all show within a day.
    // The thank-you is never logged, so the last one stays the action's live reminder.
    t.time = new FakeTime(interviewEnd.getTime() + HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler().start();
    t.time.advance(2 * DAY);
    const forA = () => t.shown.filter((g) => g.applicationIds.includes('a')).length;
    expect(forA()).toBe(3);
    // 100 days later another application's reminder fires (a save that prunes old markers).
    t.time.advance((MARKER_KEEP_DAYS + 10) * DAY);
    t.doc = docWith([interviewing('a'), interviewing('b', new Date(t.time.clock().getTime() - 2 * HOUR))]);
    t.schedulers[0]!.replan();
    expect(t.shown.filter((g) => g.applicationIds.includes('b'))).toHaveLength(1);
    restart();
    t.time.advance(DAY);
    expect(forA()).toBe(3);
  });

  // (An undo an hour later, after pruning passes, brings no repeat: scheduler.test.ts.)

  it('a moved due time is a new reminder (P15): the new date reminds again', () => {
    t.time = new FakeTime(new Date(2024, 2, 19, 10).getTime()); // Tuesday 19 March 2024, 10:00
    t.doc = docWith([waiting('a', '2024-03-15')]); // P4 was due Tuesday 19 March 09:00
    const scheduler = makeScheduler();
    scheduler.start();
    expect(t.shown).toHaveLength(1);
    t.doc = docWith([waiting('a', '2024-03-18')]); // they said Monday 18: P4 due Wednesday 20 09:00
    scheduler.replan();
    t.time.advanceTo(new Date(2024, 2, 20, 9));
    // P6's draft reminder (Tuesday 09:00, already past) and the new P4 due time each show once.
    expect(t.shown.map((g) => g.title)).toEqual([
      expect.stringMatching(/follow/i),
      'Draft your follow-up today',
      expect.stringMatching(/follow/i),
    ]);
    t.time.advance(2 * DAY);
    expect(t.shown).toHaveLength(3);
  });

  it('the safety interval catches a reminder whose timer the clock jumped past', () => {
    // Monday 11 March 2024, 09:00; the reminder is armed for 11:00 (interview end).
    t.time = new FakeTime(interviewStart.getTime() - HOUR);
    t.doc = docWith([interviewing('a')]);
    makeScheduler().start();
    // The wall clock jumps 3 hours (a time sync): the armed timer still waits 2 hours.
    t.time.jumpClock(3 * HOUR);
    t.time.advance(SAFETY_INTERVAL_MS);
    expect(t.shown).toHaveLength(1);
  });
});

describe('quiet hours', () => {
  // (That a reminder due after the quiet hours waits for their end: scheduler.test.ts.)
  it('a reminder that waited into the quiet hours is shown at once if their end would be after its due time', () => {
    // Quiet 22:00-07:00. The interview ended Monday 11 March 2024 01:00, so the P2 note is due
    // Tuesday 01:00; the app starts Tuesday 00:30 (quiet), with the 4-hours-left reminder past.
    t.time = new FakeTime(new Date(2024, 2, 12, 0, 30).getTime());
    const round = new Date(2024, 2, 11, 0, 0); // Monday 11 March 2024, 00:00-01:00
    t.doc = docWith([interviewing('a', round)], { policy: { ...emptyDocument().settings.policy, quietHours: { start: 22, end: 7 } } });
    makeScheduler().start();
    // Waiting for 07:00 would pass the 01:00 due time, so it is said now.
    expect(t.shown).toHaveLength(1);
  });
});

describe('snooze "tomorrow" is the next local day at the notify hour', () => {
  for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Auckland']) {
    it(`in ${zone}: Monday 22:30 local snoozes to Tuesday 09:00 local`, () => {
      inTimeZone(zone, () => {
        const monday = new Date(2024, 2, 11, 22, 30); // Monday 11 March 2024, 22:30 local
        const until = snoozeUntil(monday, 'tomorrow', 9);
        expect([until.getFullYear(), until.getMonth(), until.getDate(), until.getHours(), until.getMinutes()]).toEqual([2024, 2, 12, 9, 0]);
        // And through the scheduler, with its own clock.
        t.time = new FakeTime(monday.getTime());
        t.doc = docWith([interviewing('a', new Date(2024, 2, 11, 20, 0))], {
          policy: { ...emptyDocument().settings.policy, notifyAtHour: 9 },
        });
        const scheduler = makeScheduler();
        scheduler.start();
        expect(t.shown).toHaveLength(1);
        scheduler.snooze(t.shown[0]!.keys[0]!, 'tomorrow');
        expect(scheduler.nextAt()!.getTime()).toBe(new Date(2024, 2, 12, 9, 0).getTime());
        t.time.advanceTo(new Date(2024, 2, 12, 8, 59));
        expect(t.shown).toHaveLength(1);
        t.time.advanceTo(new Date(2024, 2, 12, 9, 0));
        expect(t.shown).toHaveLength(2);
      });
    });
  }
});
