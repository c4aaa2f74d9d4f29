// Property: the incremental engine gives exactly what the full recomputation gives, for any
// sequence of changes (commands, undo to an earlier document, settings) and at any `now`,
// including the instants where a result turns (due times, interview ends, deadlines, local
// midnights, each a millisecond either side), moving forwards and backwards in time.
// Generated times lie between Saturday 1 January 2022 and Saturday 1 May 2022, in Sydney,
// whose daylight-saving time ends inside that range (Sunday 3 April 2022).
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Australia/Sydney');

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../../../shared/board/apply.ts';
import { CommandSchema, type CommandInput } from '../../../shared/board/commands.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { createIncrementalEngine, type EnginePass } from '../../../shared/engine/incremental.ts';
import { interviewsOf } from '../../../shared/engine/timeline.ts';
import { localDayOf } from '../../../shared/dates/local.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { commandSteps, day, instant, type toCommand } from '../support/arbitraries.ts';

type Step = Parameters<typeof toCommand>[0];
/** A change the user makes in one go: one command, or a few (an offer, then its deadline). */
type Change = (doc: AfterviewDocument, step: number) => CommandInput | CommandInput[];

const pick = (doc: AfterviewDocument, n: number) => doc.applications[n % Math.max(doc.applications.length, 1)]?.id ?? 'missing';

/** The inputs the cross-card rules read (P16's deadline and promised dates) and the policy. */
const crossCardSteps: fc.Arbitrary<Change>[] = [
  fc.record({ n: fc.nat(20), deadline: fc.option(instant, { nil: null }), at: instant }).map(({ n, deadline, at }): Change => (doc) => ({
    type: 'updateApplication',
    id: pick(doc, n),
    at,
    fields: { offerDeadline: deadline },
  })),
  fc
    .record({ n: fc.nat(20), decisionBy: fc.option(day, { nil: null }), at: instant })
    .map(({ n, decisionBy, at }): Change => (doc) => ({ type: 'updateApplication', id: pick(doc, n), at, fields: { decisionBy } })),
  fc
    .record({ n: fc.nat(20), at: instant, minutes: fc.integer({ min: 0, max: 14 * 24 * 60 }) })
    .map(({ n, at, minutes }): Change => (doc, step) => [
      { type: 'moveCard', id: pick(doc, n), to: 'offer', index: 0, at, eventId: `o${step}` },
      {
        type: 'updateApplication',
        id: pick(doc, n),
        at,
        fields: { offerDeadline: new Date(Date.parse(at) + minutes * 60_000).toISOString() },
      },
    ]),
  // The offer arrives again (a later mail): when it was logged moves, its deadline does not.
  fc
    .record({ n: fc.nat(20), at: instant })
    .map(({ n, at }): Change => (doc, step) => ({ type: 'logEvent', id: pick(doc, n), event: { id: `l${step}`, kind: 'offer', at } })),
  fc.record({ n: fc.nat(20), at: instant, decisionBy: day }).map(({ n, at, decisionBy }): Change => (doc, step) => [
    { type: 'moveCard', id: pick(doc, n), to: 'waiting', index: 0, at, eventId: `w${step}` },
    { type: 'updateApplication', id: pick(doc, n), at, fields: { decisionBy } },
  ]),
  fc.record({ n: fc.nat(20), at: instant }).map(({ n, at }): Change => (doc, step) => ({
    type: 'logEvent',
    id: pick(doc, n),
    event: { id: `x${step}`, kind: 'note', at, template: 'extension_request' },
  })),
  fc
    .record({ draft: fc.integer({ min: 0, max: 3 }), hour: fc.integer({ min: 0, max: 23 }), quiet: fc.boolean() })
    .map(({ draft, hour, quiet }): Change => () => ({
      type: 'updateSettings',
      settings: { policy: { draftReminderDaysBefore: draft, notifyAtHour: hour, quietHours: quiet ? { start: 22, end: 7 } : null } },
    })),
];

/** An instant: anywhere in the range, or at (a millisecond either side of) a point where some result turns. */
const when = fc.oneof(
  instant.map((iso) => ({ at: iso })),
  fc.record({ turn: fc.nat(500), by: fc.constantFrom(-1, 0, 1) }),
);

/** One change, then the instants the engine is asked about (time passes): `undo` goes back to an earlier document. */
const change = fc.record({
  step: fc.oneof(fc.constantFrom<Change | 'undo'>('undo'), ...crossCardSteps.map((arbitrary) => ({ arbitrary, weight: 2 })), {
    arbitrary: commandSteps.map((s): Change => s[s.length - 1]!),
    weight: 3,
  }),
  undoTo: fc.nat(50),
  nows: fc.array(when, { minLength: 1, maxLength: 3 }),
});

function tryApply(doc: AfterviewDocument, step: Change | Step, index: number): AfterviewDocument {
  const inputs = step(doc, index);
  let next = doc;
  for (const input of Array.isArray(inputs) ? inputs : [inputs]) {
    try {
      next = applyCommand(next, CommandSchema.parse(input));
    } catch {
      /* a refused command leaves the document as it was */
    }
  }
  return next;
}

/** Instants where some result may turn: every time the document and the full engine name, and their local midnights. */
function turningPoints(doc: AfterviewDocument, around: Date): number[] {
  const times = new Set<number>();
  for (const app of doc.applications) {
    for (const e of app.events) times.add(Date.parse(e.at));
    for (const i of interviewsOf(app)) times.add(i.end.getTime());
    if (app.offerDeadline) times.add(Date.parse(app.offerDeadline));
  }
  for (const a of computeAllActions(doc, around)) if (a.due) times.add(Date.parse(a.due));
  for (const r of computeReminders(doc, around)) times.add(Date.parse(r.at));
  for (const t of [...times]) times.add(localDayOf(new Date(t)).getTime());
  return [...times].filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
}

/** Asks the engine and the full recomputation about the same document at the same instant. */
function checker() {
  // Lists updated by splicing (the default for a few cards) and by filter and merge (forced).
  const engines = [createIncrementalEngine(), createIncrementalEngine({ spliceLimit: 0 })];
  const stats = { compared: 0, kept: 0, seen: new Map<string, number>() };
  const check = (doc: AfterviewDocument, now: Date) => {
    const actions = computeAllActions(doc, now);
    const reminders = computeReminders(doc, now);
    const [pass] = engines.map((engine) => {
      const pass = engine.pass(doc, now);
      expect(pass.actions).toEqual(actions);
      expect(pass.dueCount).toBe(actions.filter((a) => a.status !== 'upcoming').length);
      expect(pass.reminders).toEqual(reminders);
      return pass;
    }) as [EnginePass, EnginePass];
    stats.compared += actions.length;
    stats.kept += doc.applications.length - pass.recomputed;
    for (const a of actions)
      stats.seen.set(`${a.rule}:${a.template}:${a.status}`, (stats.seen.get(`${a.rule}:${a.template}:${a.status}`) ?? 0) + 1);
  };
  return { check, stats };
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();
const localDayText = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A board where P16 is in play: two offers with deadlines and three cards in progress with promised dates. */
function offerBoard(offerAt: number, deadlineHours: number[], promisedDays: (number | null)[]): AfterviewDocument {
  const inputs: CommandInput[] = [];
  promisedDays.forEach((days, i) => {
    const decisionBy = days === null ? null : localDayText(offerAt + deadlineHours[0]! * HOUR + days * DAY);
    inputs.push({
      type: 'addApplication',
      id: `w${i}`,
      at: iso(offerAt - 10 * DAY),
      eventId: `w${i}-e`,
      stage: i === 1 ? 'interviewing' : 'waiting',
      fields: { company: `Waiting ${i}`, role: 'Designer', decisionBy },
    });
  });
  deadlineHours.forEach((hours, i) => {
    inputs.push({
      type: 'addApplication',
      id: `o${i}`,
      at: iso(offerAt + i * HOUR),
      eventId: `o${i}-e`,
      stage: 'offer',
      fields: { company: `Offer ${i}`, role: 'Designer' },
    });
    inputs.push({
      type: 'updateApplication',
      id: `o${i}`,
      at: iso(offerAt + i * HOUR),
      fields: { offerDeadline: iso(offerAt + hours * HOUR) },
    });
  });
  return inputs.reduce((doc, input) => applyCommand(doc, CommandSchema.parse(input)), emptyDocument());
}

const CARDS = ['w0', 'w1', 'w2', 'o0', 'o1'];

/** The changes that move what P16 reads: promised dates, deadlines, stages, asks made, acceptances, names. */
const offerChange = (offerAt: number): fc.Arbitrary<Change> =>
  fc.oneof(
    fc.record({ card: fc.nat(2), days: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }) }).map(({ card, days }): Change => () => ({
      type: 'updateApplication',
      id: `w${card}`,
      at: iso(offerAt),
      fields: { decisionBy: days === null ? null : localDayText(offerAt + 2 * DAY + days * DAY) },
    })),
    fc
      .record({ card: fc.nat(1), hours: fc.option(fc.integer({ min: 1, max: 14 * 24 }), { nil: null }) })
      .map(({ card, hours }): Change => () => ({
        type: 'updateApplication',
        id: `o${card}`,
        at: iso(offerAt),
        fields: { offerDeadline: hours === null ? null : iso(offerAt + hours * HOUR) },
      })),
    fc
      .record({
        card: fc.nat(4),
        to: fc.constantFrom('waiting', 'interviewing', 'followed_up', 'offer', 'rejected', 'closed'),
        hours: fc.integer({ min: -48, max: 96 }),
      })
      .map(({ card, to, hours }): Change => (_doc, step) => ({
        type: 'moveCard',
        id: CARDS[card]!,
        to,
        index: 0,
        at: iso(offerAt + hours * HOUR),
        eventId: `m${step}`,
      })),
    fc
      .record({
        card: fc.nat(4),
        template: fc.constantFrom('extension_request', 'expedite_request'),
        hours: fc.integer({ min: -48, max: 96 }),
      })
      .map(({ card, template, hours }): Change => (_doc, step) => ({
        type: 'logEvent',
        id: CARDS[card]!,
        event: { id: `n${step}`, kind: 'note', at: iso(offerAt + hours * HOUR), template },
      })),
    fc.record({ card: fc.nat(1), hours: fc.integer({ min: -24, max: 96 }) }).map(({ card, hours }): Change => (_doc, step) => ({
      type: 'logEvent',
      id: `o${card}`,
      event: { id: `l${step}`, kind: 'offer', at: iso(offerAt + hours * HOUR) },
    })),
    fc.record({ card: fc.nat(4), hours: fc.integer({ min: -24, max: 96 }) }).map(({ card, hours }): Change => (_doc, step) => ({
      type: 'acceptOffer',
      id: CARDS[card]!,
      at: iso(offerAt + hours * HOUR),
      eventId: `a${step}`,
    })),
    fc.record({ card: fc.nat(4), k: fc.nat(20) }).map(({ card, k }): Change => (doc) => ({
      type: 'deleteEvent',
      id: CARDS[card]!,
      at: iso(offerAt),
      eventId: pickEvent(doc, CARDS[card]!, k),
    })),
    fc.record({ card: fc.nat(4), k: fc.nat(20), hours: fc.integer({ min: -48, max: 96 }) }).map(({ card, k, hours }): Change => (doc) => ({
      type: 'editEvent',
      id: CARDS[card]!,
      eventId: pickEvent(doc, CARDS[card]!, k),
      at: iso(offerAt + hours * HOUR),
    })),
    fc.record({ card: fc.nat(4), name: fc.constantFrom('Acme', 'Birch', 'Cobalt') }).map(({ card, name }): Change => () => ({
      type: 'updateApplication',
      id: CARDS[card]!,
      at: iso(offerAt),
      fields: { company: name },
    })),
  );

const pickEvent = (doc: AfterviewDocument, id: string, k: number) => {
  const events = doc.applications.find((a) => a.id === id)?.events ?? [];
  return events[k % Math.max(events.length, 1)]?.id ?? 'missing';
};

const STATUSES = ['upcoming', 'due_today', 'overdue'] as const;

/**
 * Runs `batch` (one fc.assert over fresh random seeds) until the comparison has seen every
 * kind of action in `wanted`, at most `maxBatches` times. Some kinds are rare (a P16
 * expedite due today came up 3 to 21 times in a batch of 150, once in CI not at all), so
 * one batch cannot promise to see them all; stopping at the first batch that does keeps the
 * usual cost at one batch and the seeds random, while the test still fails if a kind never
 * comes up, which would mean the generators stopped reaching it.
 */
function untilSeen(wanted: readonly string[], stats: { seen: Map<string, number> }, batch: () => void, maxBatches = 4): void {
  for (let i = 0; i < maxBatches; i += 1) {
    batch();
    if (wanted.every((key) => (stats.seen.get(key) ?? 0) > 0)) return;
  }
}

// Hundreds of random boards, each compared with the full recomputation at many instants:
// about 8 s alone, 20 to 30 s on two busy cores. The limit is for a hang, not a speed target.
const PROPERTY_TIMEOUT = 120_000;

describe('incremental engine (property)', () => {
  it('runs in the zone it claims', () => {
    expect(new Date(2022, 0, 1).getTimezoneOffset()).toBe(-660);
  });

  it(
    'equals computeAllActions and computeReminders after any sequence of changes, at any now',
    () => {
      const { check, stats } = checker();
      const wanted = ['P10:withdrawal', 'P16:expedite_request', 'P16:null', 'P2:thank_you_email', 'P5:follow_up_email'].flatMap((kind) =>
        STATUSES.map((status) => `${kind}:${status}`),
      );
      untilSeen(wanted, stats, () =>
        fc.assert(
          // A short start, so that an accepted offer (P10 then outranks P16 on every open card) is not the rule.
          fc.property(
            commandSteps.map((s) => s.slice(0, 8)),
            fc.array(change, { minLength: 1, maxLength: 30 }),
            instant,
            (start, changes, firstNow) => {
              let doc = emptyDocument();
              start.forEach((step, i) => (doc = tryApply(doc, step, i)));
              const history = [doc];
              let now = new Date(firstNow);
              changes.forEach(({ step, undoTo, nows }, i) => {
                doc = step === 'undo' ? history[undoTo % history.length]! : tryApply(doc, step, 1_000 + i);
                history.push(doc);
                check(doc, now);
                for (const at of nows) {
                  if ('at' in at) now = new Date(at.at);
                  else {
                    const points = turningPoints(doc, now);
                    if (points.length > 0) now = new Date(points[at.turn % points.length]! + at.by);
                  }
                  check(doc, now);
                }
              });
            },
          ),
          { numRuns: 150 },
        ),
      );
      // The comparison saw real actions, and the cache was really used.
      expect(stats.compared).toBeGreaterThan(500);
      expect(stats.kept).toBeGreaterThan(500);
      for (const key of wanted) expect(stats.seen.get(key), key).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "equals the full recomputation while P16 compares an offer's deadline with the other cards' promised dates",
    () => {
      const { check, stats } = checker();
      const offerAt = fc.integer({ min: 10, max: 100 }).map((d) => Date.parse('2022-01-01T00:00:00.000Z') + d * DAY + 9 * HOUR);
      const scenario = offerAt.chain((at) =>
        fc.record({
          offerAt: fc.constant(at),
          deadlines: fc.tuple(fc.integer({ min: 1, max: 7 * 24 }), fc.integer({ min: 1, max: 14 * 24 })),
          promised: fc.tuple(...[0, 1, 2].map(() => fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }))),
          changes: fc.array(
            fc.record({
              step: offerChange(at),
              nows: fc.array(fc.integer({ min: -3 * DAY, max: 16 * DAY }), { minLength: 1, maxLength: 3 }),
              turn: fc.nat(200),
              by: fc.constantFrom(-1, 0, 1),
            }),
            { minLength: 1, maxLength: 25 },
          ),
        }),
      );
      const wanted = ['P16:extension_request', 'P16:expedite_request', 'P16:null', 'P10:decline_offer'].flatMap((kind) =>
        STATUSES.map((status) => `${kind}:${status}`),
      );
      untilSeen(wanted, stats, () =>
        fc.assert(
          fc.property(scenario, ({ offerAt, deadlines, promised, changes }) => {
            let doc = offerBoard(offerAt, deadlines, promised);
            let now = new Date(offerAt);
            changes.forEach(({ step, nows, turn, by }, i) => {
              doc = tryApply(doc, step, i);
              // First at the same instant, so only the change can explain a difference; then as time passes.
              check(doc, now);
              const points = turningPoints(doc, new Date(offerAt));
              for (const offset of nows) check(doc, (now = new Date(offerAt + offset)));
              if (points.length > 0) check(doc, (now = new Date(points[turn % points.length]! + by)));
            });
          }),
          { numRuns: 100 },
        ),
      );
      for (const key of wanted) expect(stats.seen.get(key), key).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );
});
