// fast-check arbitraries for sequences of board commands with realistic ids and times.
import fc from 'fast-check';
import { EVENT_KINDS, OUTCOMES, STAGE_IDS } from '../../../shared/model/schema.ts';
import { CommandSchema, type Command, type CommandInput } from '../../../shared/board/commands.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';

const BASE = Date.parse('2022-01-01T00:00:00.000Z');
const DAY = 24 * 3600_000;

/** A time within four months of the base, to the minute. */
export const instant = fc.integer({ min: 0, max: 120 * 24 * 60 }).map((m) => new Date(BASE + m * 60_000).toISOString());
export const day = fc.integer({ min: 0, max: 120 }).map((d) => new Date(BASE + d * DAY).toISOString().slice(0, 10));

type Step = (doc: AfterviewDocument, step: number) => CommandInput;

const appRef = fc.nat(20);
const pick = (doc: AfterviewDocument, n: number) => doc.applications[n % Math.max(doc.applications.length, 1)]?.id ?? 'missing';
/** An event of the picked application (so edits and deletions mostly hit something real). */
const pickEvent = (doc: AfterviewDocument, n: number, k: number) => {
  const events = doc.applications[n % Math.max(doc.applications.length, 1)]?.events ?? [];
  return events[k % Math.max(events.length, 1)]?.id ?? 'missing';
};

const addApplication = fc
  .record({ at: instant, stage: fc.constantFrom(...STAGE_IDS), company: fc.constantFrom('Acme', 'Birch', 'Cobalt') })
  .map(({ at, stage, company }): Step => (_ids, step) => ({
    type: 'addApplication',
    id: `app${step}`,
    at,
    eventId: `e${step}`,
    fields: { company, role: 'Designer' },
    stage,
    contacts: [{ id: 'c1', name: 'Dana Whitfield' }],
  }));

const steps: fc.Arbitrary<Step>[] = [
  addApplication,
  fc
    .record({ n: appRef, to: fc.constantFrom(...STAGE_IDS), index: fc.nat(5), at: instant })
    .map(({ n, to, index, at }): Step => (doc, step) => ({ type: 'moveCard', id: pick(doc, n), to, index, at, eventId: `e${step}` })),
  fc
    .record({
      n: appRef,
      kind: fc.constantFrom(...EVENT_KINDS),
      at: instant,
      stage: fc.constantFrom(...STAGE_IDS),
      decisionBy: fc.option(day, { nil: undefined }),
    })
    .map(({ n, kind, at, stage, decisionBy }): Step => (doc, step) => ({
      type: 'logEvent',
      id: pick(doc, n),
      event: {
        id: `e${step}`,
        kind,
        at,
        ...(kind === 'moved' ? { stage } : {}),
        ...(kind === 'employer_replied' && decisionBy ? { decisionBy } : {}),
      },
    })),
  fc
    .record({ n: appRef, at: instant, startsAt: instant, minutes: fc.integer({ min: 15, max: 240 }) })
    .map(({ n, at, startsAt, minutes }): Step => (doc, step) => ({
      type: 'addRound',
      id: pick(doc, n),
      at,
      eventId: `e${step}`,
      round: { id: `r${step}`, startsAt, minutes, interviewerIds: ['c1'] },
    })),
  fc
    .record({ n: appRef, at: instant, decisionBy: fc.option(day, { nil: null }) })
    .map(({ n, at, decisionBy }): Step => (doc) => ({ type: 'updateApplication', id: pick(doc, n), at, fields: { decisionBy } })),
  fc
    .record({ n: appRef, at: instant })
    .map(({ n, at }): Step => (doc, step) => ({ type: 'acceptOffer', id: pick(doc, n), at, eventId: `e${step}` })),
  fc
    .record({ n: appRef, at: instant, outcome: fc.constantFrom(...OUTCOMES) })
    .map(({ n, at, outcome }): Step => (doc, step) => ({ type: 'closeApplication', id: pick(doc, n), at, eventId: `e${step}`, outcome })),
  fc
    .record({ n: appRef, k: fc.nat(50), at: instant })
    .map(({ n, k, at }): Step => (doc) => ({ type: 'editEvent', id: pick(doc, n), eventId: pickEvent(doc, n, k), at })),
  fc
    .record({ n: appRef, k: fc.nat(50), at: instant })
    .map(({ n, k, at }): Step => (doc) => ({ type: 'deleteEvent', id: pick(doc, n), eventId: pickEvent(doc, n, k), at })),
  fc.record({ n: appRef }).map(({ n }): Step => (doc) => ({ type: 'deleteApplication', id: pick(doc, n) })),
  fc.constant((): CommandInput => ({ type: 'updateSettings', settings: { preset: 'persistent' } })),
];

/** A list of command makers; turn them into commands against the document as it evolves. */
export const commandSteps = fc
  .tuple(fc.array(addApplication, { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(...steps), { minLength: 1, maxLength: 40 }))
  .map(([adds, rest]) => [...adds, ...rest]);

export function toCommand(step: Step, doc: AfterviewDocument, index: number): Command {
  return CommandSchema.parse(step(doc, index));
}
