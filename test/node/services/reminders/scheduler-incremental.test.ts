// Property (issue 14): the scheduler's feed and its next wake-up, kept between ticks and moved
// by what changed (due-index.ts), are exactly what working them out from scratch gives: for
// any sequence of card changes, clock moves (awake, asleep, by weeks), quiet hours coming and
// going, notifications off and on, and the markers the user and the host set (seen as a
// notification or in a banner, dismissed, snoozed, handed over). The from-scratch version
// below is the scheduler's rules as they read before the index: every reminder the engine
// computes, judged against the markers on disk at that instant.
// Times are local (new Date(y, m, d, h)) from Monday 11 March 2024, so they hold in any zone.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnginePasses } from '../../../../node/services/engine-passes.ts';
import { loadReminderState, pruneReminderState, reminderStatePath } from '../../../../node/services/reminders/reminder-state.ts';
import {
  createReminderScheduler,
  quietHoursEnd,
  reminderId,
  type ReminderGroup,
  type ReminderScheduler,
} from '../../../../node/services/reminders/scheduler.ts';
import { computeReminders } from '../../../../shared/engine/reminders.ts';
import type { ReminderFeed, ReminderItem } from '../../../../shared/ipc/contract.ts';
import { emptyDocument } from '../../../../shared/model/empty.ts';
import type { AfterviewDocument, Application } from '../../../../shared/model/types.ts';
import { FakeTime } from './fake-time.ts';
import { docWith, HOUR, interviewing, t, thanked, useSchedulerHarness, waiting } from './scheduler-harness.ts';

useSchedulerHarness();

const MONDAY = new Date(2024, 2, 11, 8, 0); // Monday 11 March 2024, 08:00 local
const DAY = 24 * HOUR;
const QUIET = { start: 22, end: 7 };
/** 13-17 s on two loaded cores: above vitest's 20 s default once the machine is busier. */
const PROPERTY_TIMEOUT = 120_000;

/** The feed and next wake-up from scratch: the pre-index scheduler's loop over every reminder. */
function fromScratch(
  doc: AfterviewDocument,
  now: Date,
  handedOver: ReadonlyMap<string, string>,
  host: boolean,
): { feed: ReminderFeed; next: number | null } {
  if (!doc.settings.notificationsEnabled) return { feed: { items: [], reason: null }, next: null };
  const state = loadReminderState(reminderStatePath(t.dataDir));
  const quietEnd = quietHoursEnd(now, doc.settings.policy.quietHours);
  const items: ReminderItem[] = [];
  let next: number | null = null;
  let held = false;
  for (const r of computeReminders(doc, now)) {
    const id = reminderId(r);
    if (state.dismissed[id]) continue;
    const seen = state.shown[id];
    const snoozed = state.snoozed[r.key];
    const at = snoozed ? Math.max(Date.parse(r.at), Date.parse(snoozed)) : Date.parse(r.at);
    if (at > now.getTime()) {
      if (!seen && (next === null || at < next)) next = at;
      continue;
    }
    if (seen?.via === 'notification') continue;
    if (!seen && quietEnd && !(r.due && Date.parse(r.due) < quietEnd.getTime())) {
      held = true;
      continue;
    }
    const delivery = host && !handedOver.has(id) ? 'host' : 'page';
    items.push({
      id,
      key: r.key,
      applicationId: r.applicationId,
      title: r.title,
      body: r.body,
      at: r.at,
      due: r.due ?? null,
      delivery,
      shown: seen?.via ?? null,
    });
  }
  if (quietEnd && held) next = next === null ? quietEnd.getTime() : Math.min(next, quietEnd.getTime());
  const reason = items.map((i) => handedOver.get(i.id)).find((r): r is string => Boolean(r)) ?? null;
  return { feed: { items, reason }, next };
}

/** A card as some change leaves it: an interview to come or past, thanked, or waiting on a decision date. */
const card = fc.record({
  shape: fc.constantFrom('interviewing', 'thanked', 'waiting'),
  hours: fc.integer({ min: -48, max: 24 * 5 }),
});
function cardOf(id: string, { shape, hours }: { shape: string; hours: number }): Application {
  const start = new Date(MONDAY.getTime() + hours * HOUR);
  if (shape === 'thanked') return thanked(id, new Date(start.getTime() + 3 * HOUR));
  if (shape === 'waiting') return waiting(id, new Date(start.getTime() + 3 * DAY).toISOString().slice(0, 10));
  return interviewing(id, start);
}

const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), n: fc.nat(9), card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), n: fc.nat(9) }) },
  // Awake: timers fire on the way (minutes to two days).
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 3 * HOUR }), fc.integer({ min: 0, max: 2 * DAY })),
    }),
  },
  // Asleep, up to four months (past the 90 days markers are kept): nothing fires until the next change.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('sleep' as const), ms: fc.integer({ min: 0, max: 120 * DAY }), resume: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      n: fc.nat(20),
      how: fc.constantFrom('banner', 'notification', 'dismiss', 'hour', 'tomorrow'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      quiet: fc.boolean(),
      enabled: fc.oneof(fc.constant(true), fc.boolean()),
    }),
  },
  // To 23:00 the same or the next day, inside the quiet hours (22-07).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('night' as const), awake: fc.boolean() }) },
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

describe('the incremental feed equals the feed worked out from scratch (from Monday 11 March 2024)', () => {
  it(
    'over random changes, clock moves and markers',
    () => {
      fc.assert(
        fc.property(
          fc.array(card, { minLength: 0, maxLength: 6, size: 'max' }),
          fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }),
          fc.constantFrom('web', 'confirm', 'handOver', 'silent'),
          fc.boolean(),
          fc.boolean(),
          // The 15-minute safety pass works everything out afresh; a year apart leaves the index to itself.
          fc.constantFrom(15 * 60_000, 365 * DAY),
          (initial, steps, host, incrementalEngine, quiet, safetyIntervalMs) => {
            // Each run in a fresh data folder at the same instant.
            for (const s of t.schedulers.splice(0)) s.stop();
            t.time = new FakeTime(MONDAY.getTime());
            t.doc = docWith(
              initial.map((c, i) => cardOf(`c${i}`, c)),
              { policy: { ...emptyDocument().settings.policy, quietHours: quiet ? QUIET : null } },
            );
            const handedOver = new Map<string, string>();
            const engine = createEnginePasses();
            const reminders = incrementalEngine ? (doc: AfterviewDocument, now: Date) => engine.at(doc, now).reminders : computeReminders;
            const scheduler: ReminderScheduler = createReminderScheduler({
              dataDir: t.dataDir,
              getDoc: () => t.doc,
              computeReminders: reminders,
              clock: t.time.clock,
              timers: t.time,
              safetyIntervalMs,
              ...(host === 'web'
                ? {}
                : {
                    deliver: (group: ReminderGroup) => {
                      if (host === 'confirm') scheduler.confirmShown(group.ids, 'notification');
                      if (host === 'handOver') {
                        for (const id of group.ids) handedOver.set(id, 'Notifications are off');
                        scheduler.handOver(group.ids, 'Notifications are off');
                      }
                    },
                  }),
            });
            t.schedulers.push(scheduler);
            // The same folder for every run of the property: each starts with no markers.
            fs.rmSync(reminderStatePath(t.dataDir), { force: true });
            scheduler.start();

            const replan = () => {
              const now = t.time.clock();
              scheduler.replan(incrementalEngine ? engine.at(t.doc, now) : { doc: t.doc, now, reminders: computeReminders(t.doc, now) });
            };
            const check = (label: string) => {
              const expected = fromScratch(t.doc, t.time.clock(), handedOver, host !== 'web');
              expect(scheduler.feed(), label).toEqual(expected.feed);
              expect(scheduler.nextAt()?.getTime() ?? null, label).toBe(expected.next);
              // Pruned as every tick prunes: nothing on disk that pruning now would drop.
              if (t.doc.settings.notificationsEnabled) {
                const state = loadReminderState(reminderStatePath(t.dataDir));
                const live = computeReminders(t.doc, t.time.clock());
                const ids = new Set(live.map(reminderId));
                const keys = new Set(live.map((r) => r.key));
                expect(pruneReminderState(state, { ids, keys }, t.time.clock()), label).toEqual(state);
              }
            };
            check('at start');
            steps.forEach((s: Step, i) => {
              const apps = t.doc.applications;
              switch (s.kind) {
                case 'edit': {
                  const id = `c${s.n}`;
                  const next = cardOf(id, s.card);
                  const at = apps.findIndex((a) => a.id === id);
                  t.doc = { ...t.doc, applications: at < 0 ? [...apps, next] : apps.map((a, j) => (j === at ? next : a)) };
                  break;
                }
                case 'remove':
                  t.doc = { ...t.doc, applications: apps.filter((a) => a.id !== `c${s.n}`) };
                  break;
                case 'advance':
                  t.time.advance(s.ms);
                  break;
                case 'sleep':
                  t.time.sleep(s.ms);
                  if (s.resume) scheduler.resume();
                  break;
                case 'mark': {
                  const items = scheduler.feed().items;
                  const item = items[s.n % Math.max(items.length, 1)];
                  if (!item) break;
                  if (s.how === 'banner' || s.how === 'notification') scheduler.confirmShown([item.id], s.how);
                  else if (s.how === 'dismiss') scheduler.dismiss([item.id]);
                  else scheduler.snooze(item.key, s.how);
                  break;
                }
                case 'night': {
                  const now = t.time.clock();
                  const night = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 0);
                  const ms =
                    (night.getTime() > now.getTime()
                      ? night.getTime()
                      : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 23, 0).getTime()) - now.getTime();
                  if (s.awake) t.time.advance(ms);
                  else t.time.sleep(ms);
                  break;
                }
                case 'settings':
                  t.doc = {
                    ...t.doc,
                    settings: {
                      ...t.doc.settings,
                      notificationsEnabled: s.enabled,
                      policy: { ...t.doc.settings.policy, quietHours: s.quiet ? QUIET : null },
                    },
                  };
                  break;
              }
              // Every step ends as a change does: the runtime's re-plan at the current instant.
              replan();
              check(`step ${i} (${s.kind})`);
            });
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('a reminder held for the quiet hours, whose card changes, no longer holds the wake-up at their end', () => {
    t.time = new FakeTime(new Date(2024, 2, 11, 23, 0).getTime()); // Monday 11 March 2024, 23:00, quiet 22-07
    t.doc = docWith([interviewing('a'), interviewing('b', new Date(2024, 2, 20, 10))], {
      policy: { ...emptyDocument().settings.policy, quietHours: QUIET },
    });
    const engine = createEnginePasses();
    const scheduler = createReminderScheduler({
      dataDir: t.dataDir,
      getDoc: () => t.doc,
      computeReminders: (doc, now) => engine.at(doc, now).reminders,
      clock: t.time.clock,
      timers: t.time,
    });
    t.schedulers.push(scheduler);
    scheduler.start();
    // a's thank-you reminder fell due at 11:00 and waits for 07:00 on Tuesday.
    expect(scheduler.nextAt()).toEqual(new Date(2024, 2, 12, 7, 0));
    t.doc = { ...t.doc, applications: [thanked('a', t.time.clock()), t.doc.applications[1]!] };
    scheduler.replan(engine.at(t.doc, t.time.clock()));
    const expected = fromScratch(t.doc, t.time.clock(), new Map(), false);
    expect(expected.next).toBeGreaterThan(new Date(2024, 2, 12, 7, 0).getTime());
    expect(scheduler.nextAt()?.getTime()).toBe(expected.next);
    expect(scheduler.feed()).toEqual(expected.feed);
  });

  it('a change that leaves the feed reading the same pushes nothing to pages', () => {
    t.time = new FakeTime(new Date(2024, 2, 12, 12).getTime()); // Tuesday 12 March 2024, noon
    t.doc = docWith([interviewing('a'), interviewing('b', new Date(2024, 2, 20, 10))]);
    const engine = createEnginePasses();
    const feeds: ReminderFeed[] = [];
    const scheduler = createReminderScheduler({
      dataDir: t.dataDir,
      getDoc: () => t.doc,
      computeReminders: (doc, now) => engine.at(doc, now).reminders,
      clock: t.time.clock,
      timers: t.time,
      onFeedChanged: (feed) => feeds.push(feed),
    });
    t.schedulers.push(scheduler);
    scheduler.start();
    expect(feeds).toHaveLength(1);
    expect(feeds[0]!.items.map((i) => i.applicationId)).toEqual(['a']);
    // Card a is replaced by an equal copy (its reminders are new objects, reading the same), then b's notes change.
    t.doc = { ...t.doc, applications: [{ ...t.doc.applications[0]! }, t.doc.applications[1]!] };
    scheduler.replan(engine.at(t.doc, t.time.clock()));
    t.doc = { ...t.doc, applications: [t.doc.applications[0]!, { ...t.doc.applications[1]!, notes: 'Bring the portfolio.' }] };
    scheduler.replan(engine.at(t.doc, t.time.clock()));
    expect(feeds).toHaveLength(1);
    // The thank-you to a is logged: its reminder goes, and the pages are told.
    t.doc = { ...t.doc, applications: [thanked('a', t.time.clock()), t.doc.applications[1]!] };
    scheduler.replan(engine.at(t.doc, t.time.clock()));
    expect(feeds.map((f) => f.items.length)).toEqual([1, 0]);
  });
});
