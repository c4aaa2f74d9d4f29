// Issue 10 (blocker): a search already in progress is entered after the fact, in whatever
// order the user remembers it. Entering a history must give the same board as living it:
// the same stage, outcome and open actions (P2, P4, P5, P8, P9, P11, P12).
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../../../shared/board/apply.ts';
import { CommandSchema, type CommandInput } from '../../../shared/board/commands.ts';
import { computeActions } from '../../../shared/engine/actions.ts';
import { formatLocalDay } from '../../../shared/dates/local.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument, AppEvent, Round } from '../../../shared/model/types.ts';
import { policy } from '../support/build.ts';

const HOUR = 3_600_000;
// Tuesday 1 December 2026 09:00 in London (GMT, no offset in winter).
const START = Date.parse('2026-12-01T09:00:00.000Z');
const CONTACTS = [
  { id: 'dana', name: 'Dana Reyes', title: '', email: '', linkedin: '' },
  { id: 'tom', name: 'Tom Okafor', title: '', email: '', linkedin: '' },
];

/** One thing that happened, with the time it happened and the command that logs it live. */
interface Step {
  t: number;
  live: CommandInput;
  /** The same fact entered later, at `enteredAt`. */
  later(enteredAt: string): CommandInput;
}

const iso = (t: number) => new Date(t).toISOString();

const logStep = (event: AppEvent): Step => ({
  t: Date.parse(event.at),
  live: { type: 'logEvent', id: 'a', event },
  later: () => ({ type: 'logEvent', id: 'a', event }),
});

const roundArb = fc.record({
  bookedAfterHours: fc.integer({ min: 1, max: 96 }),
  leadHours: fc.integer({ min: 1, max: 240 }),
  minutes: fc.constantFrom(30, 45, 60, 90),
  interviewers: fc.subarray(['dana', 'tom']),
  thankYous: fc.array(fc.record({ afterHours: fc.integer({ min: 0, max: 48 }), to: fc.constantFrom('dana', 'tom', null) }), {
    maxLength: 2,
  }),
});

const historyArb = fc.record({
  rounds: fc.array(roundArb, { minLength: 0, maxLength: 2 }),
  decisionInDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  touches: fc.array(
    fc.record({
      afterDays: fc.integer({ min: 1, max: 20 }),
      kind: fc.constantFrom('follow_up_sent' as const, 'call_made' as const, 'employer_replied' as const),
    }),
    { maxLength: 3 },
  ),
  rejectedAfterDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  enteredAfterDays: fc.integer({ min: 0, max: 40 }),
  // Entered through quick add in Interviewing, with the first interview's time, or in Applied.
  quickAddInterviewing: fc.boolean(),
  order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
});

type History = typeof historyArb extends fc.Arbitrary<infer H> ? H : never;

/** The history as steps in the order they happened, and the time it is all entered. */
function stepsOf(h: History): { steps: Step[]; enteredAt: number } {
  const steps: Step[] = [];
  let t = START;
  let n = 0;
  h.rounds.forEach((r, i) => {
    const bookedAt = t + r.bookedAfterHours * HOUR;
    const round: Round = {
      id: `r${i}`,
      startsAt: iso(bookedAt + r.leadHours * HOUR),
      minutes: r.minutes,
      kind: 'video',
      interviewerIds: r.interviewers,
      topics: '',
    };
    steps.push({
      t: bookedAt,
      live: { type: 'addRound', id: 'a', at: iso(bookedAt), eventId: `book${i}`, round },
      later: (enteredAt) => ({ type: 'addRound', id: 'a', at: enteredAt, eventId: `book${i}`, round }),
    });
    const end = Date.parse(round.startsAt) + r.minutes * 60_000;
    t = end;
    for (const [k, ty] of r.thankYous.entries()) {
      // Distinct minutes: two messages logged at the same instant have no order of their own.
      const at = end + ty.afterHours * HOUR + k * 60_000;
      steps.push(
        logStep({
          id: `ty${n++}`,
          kind: 'thank_you_sent',
          at: iso(at),
          note: '',
          roundId: round.id,
          ...(ty.to ? { contactId: ty.to } : {}),
        }),
      );
      t = Math.max(t, at);
    }
  });
  if (h.decisionInDays !== null) {
    // Told at the last interview: "we will decide by ...".
    const toldAt = t;
    const decisionBy = formatLocalDay(new Date(t + h.decisionInDays * 24 * HOUR));
    steps.push({
      t: toldAt,
      live: { type: 'updateApplication', id: 'a', at: iso(toldAt), fields: { decisionBy } },
      later: (enteredAt) => ({ type: 'updateApplication', id: 'a', at: enteredAt, fields: { decisionBy } }),
    });
  }
  for (const touch of h.touches) {
    t += touch.afterDays * 24 * HOUR;
    steps.push(logStep({ id: `touch${n++}`, kind: touch.kind, at: iso(t), note: '' }));
  }
  if (h.rejectedAfterDays !== null) {
    t += h.rejectedAfterDays * 24 * HOUR;
    steps.push(logStep({ id: 'rejected', kind: 'rejected', at: iso(t), note: '' }));
  }
  return { steps, enteredAt: t + h.enteredAfterDays * 24 * HOUR + HOUR };
}

const run = (doc: AfterviewDocument, cmds: CommandInput[]) => cmds.reduce((d, c) => applyCommand(d, CommandSchema.parse(c)), doc);

function lived(h: History): AfterviewDocument {
  const { steps } = stepsOf(h);
  const add: CommandInput = {
    type: 'addApplication',
    id: 'a',
    at: iso(START),
    eventId: 'applied',
    fields: { company: 'Northwind', role: 'Designer' },
    contacts: CONTACTS,
  };
  return run(emptyDocument(), [add, ...[...steps].sort((x, y) => x.t - y.t).map((s) => s.live)]);
}

/** Entered in one sitting at `enteredAt`, in a shuffled order, each fact with its own time. */
function entered(h: History): AfterviewDocument {
  const { steps: all, enteredAt } = stepsOf(h);
  const at = iso(enteredAt);
  const first = all.find((s) => s.live.type === 'addRound');
  const viaInterviewing = h.quickAddInterviewing && first?.live.type === 'addRound';
  const base: CommandInput = {
    type: 'addApplication',
    id: 'a',
    at,
    eventId: 'applied',
    appliedAt: iso(START),
    fields: { company: 'Northwind', role: 'Designer' },
    contacts: CONTACTS,
  };
  const add: CommandInput =
    viaInterviewing && first.live.type === 'addRound' ? { ...base, stage: 'interviewing', round: first.live.round } : base;
  const steps = viaInterviewing ? all.filter((s) => s !== first) : all;
  const shuffled = steps.map((s, i) => ({ s, k: h.order[i % h.order.length]! + i / 100 })).sort((a, b) => a.k - b.k);
  return run(emptyDocument(), [add, ...shuffled.map(({ s }) => s.later(at))]);
}

function boardAt(doc: AfterviewDocument, now: number) {
  const app = doc.applications[0]!;
  const actions = computeActions(app, { now: new Date(now), policy: policy(), applications: doc.applications });
  return {
    stage: app.stage,
    outcome: app.outcome,
    decisionBy: app.decisionBy,
    actions: actions.map((a) => ({ key: a.key, title: a.title, due: a.due, status: a.status, why: a.why })),
  };
}

describe('entering a history after the fact (issue 10)', () => {
  it('gives the same stage and actions as logging it live, in any order of entry', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const { enteredAt } = stepsOf(h);
        const live = lived(h);
        const late = entered(h);
        for (const now of [enteredAt, enteredAt + 3 * 24 * HOUR, enteredAt + 30 * 24 * HOUR]) {
          expect(boardAt(late, now)).toEqual(boardAt(live, now));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a past round added today dates its "interview booked" at the round, not at today', () => {
    // Interview Thursday 3 December 2026 10:00, entered on Monday 14 December 2026.
    const doc = run(emptyDocument(), [
      {
        type: 'addApplication',
        id: 'a',
        at: '2026-12-14T09:00:00.000Z',
        eventId: 'e1',
        appliedAt: '2026-11-20T09:00:00.000Z',
        fields: { company: 'Northwind', role: 'Designer' },
      },
      {
        type: 'addRound',
        id: 'a',
        at: '2026-12-14T09:01:00.000Z',
        eventId: 'e2',
        round: { id: 'r1', startsAt: '2026-12-03T10:00:00.000Z' },
      },
      { type: 'logEvent', id: 'a', event: { id: 'e3', kind: 'thank_you_sent', at: '2026-12-03T15:00:00.000Z', roundId: 'r1' } },
    ]);
    const app = doc.applications[0]!;
    expect(app.events.find((e) => e.id === 'e2')?.at).toBe('2026-12-03T10:00:00.000Z');
    expect(app.stage).toBe('waiting');
  });

  it('moving a round earlier moves its booking with it, so a back-dated thank-you still counts', () => {
    // Round added with the default start (tomorrow, Wednesday 15 December), then set to Thursday 3 December.
    const doc = run(emptyDocument(), [
      {
        type: 'addApplication',
        id: 'a',
        at: '2026-12-14T09:00:00.000Z',
        eventId: 'e1',
        fields: { company: 'Northwind', role: 'Designer' },
      },
      {
        type: 'addRound',
        id: 'a',
        at: '2026-12-14T09:01:00.000Z',
        eventId: 'e2',
        round: { id: 'r1', startsAt: '2026-12-15T10:00:00.000Z' },
      },
      { type: 'updateRound', id: 'a', at: '2026-12-14T09:02:00.000Z', round: { id: 'r1', startsAt: '2026-12-03T10:00:00.000Z' } },
      { type: 'logEvent', id: 'a', event: { id: 'e3', kind: 'thank_you_sent', at: '2026-12-03T15:00:00.000Z', roundId: 'r1' } },
    ]);
    expect(doc.applications[0]!.stage).toBe('waiting');
  });

  it('quick add to Interviewing with the interview time logs one "interview booked", and a round added later claims it', () => {
    const withRound = run(emptyDocument(), [
      {
        type: 'addApplication',
        id: 'a',
        at: '2026-12-14T09:00:00.000Z',
        eventId: 'e1',
        appliedAt: '2026-11-20T09:00:00.000Z',
        stage: 'interviewing',
        round: { id: 'r1', startsAt: '2026-12-17T15:00:00.000Z' },
        fields: { company: 'Northwind', role: 'Designer' },
      },
    ]);
    const a = withRound.applications[0]!;
    expect(a.events.map((e) => e.kind)).toEqual(['applied', 'interview_scheduled']);
    expect(a.events[1]!.roundId).toBe('r1');
    expect(a.rounds).toHaveLength(1);

    const roundLater = run(emptyDocument(), [
      {
        type: 'addApplication',
        id: 'a',
        at: '2026-12-14T09:00:00.000Z',
        eventId: 'e1',
        stage: 'interviewing',
        fields: { company: 'Northwind', role: 'Designer' },
      },
      {
        type: 'addRound',
        id: 'a',
        at: '2026-12-14T09:01:00.000Z',
        eventId: 'e2',
        round: { id: 'r1', startsAt: '2026-12-17T15:00:00.000Z' },
      },
    ]);
    const b = roundLater.applications[0]!;
    expect(b.events.filter((e) => e.kind === 'interview_scheduled')).toHaveLength(1);
    expect(b.events[0]!.roundId).toBe('r1');
  });

  it('refuses an application date after the interview it led to, in one sentence', () => {
    expect(() =>
      run(emptyDocument(), [
        {
          type: 'addApplication',
          id: 'a',
          at: '2026-12-14T09:00:00.000Z',
          eventId: 'e1',
          appliedAt: '2026-12-10T09:00:00.000Z',
          stage: 'interviewing',
          round: { id: 'r1', startsAt: '2026-12-03T10:00:00.000Z' },
          fields: { company: 'Northwind', role: 'Designer' },
        },
      ]),
    ).toThrow('The application date is after the interview; check the two dates.');
  });
});
