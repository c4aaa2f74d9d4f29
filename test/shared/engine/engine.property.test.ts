// Property: no due time precedes the event it counts from, for any board history, at any
// "now", in a zone with a daylight-saving change inside the generated dates (Sydney, 3 April).
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Australia/Sydney');

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOfDay } from 'date-fns';
import { applyCommand } from '../../../shared/board/apply.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { followUpClock, interviewsOf, latestEvent } from '../../../shared/engine/timeline.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { parseLocalDay } from '../../../shared/dates/local.ts';
import type { Action, AfterviewDocument, Application } from '../../../shared/model/types.ts';
import { commandSteps, instant, toCommand } from '../support/arbitraries.ts';

function build(steps: Parameters<typeof toCommand>[0][]): AfterviewDocument {
  let doc = emptyDocument();
  steps.forEach((step, i) => {
    try {
      doc = applyCommand(doc, toCommand(step, doc, i));
    } catch {
      /* a refused command leaves the document as it was */
    }
  });
  return doc;
}

/** The instant each rule counts from, worked out from the card independently of the rule code. */
function countedFrom(action: Action, app: Application, doc: AfterviewDocument): number | null {
  switch (action.rule) {
    case 'P2': {
      const interview = interviewsOf(app).find((i) => (action.roundId ? i.roundId === action.roundId : !i.roundId));
      return interview ? interview.end.getTime() : null;
    }
    case 'P4':
      return parseLocalDay(app.decisionBy!)!.getTime();
    case 'P5':
      return followUpClock(app)!.fallbackDay.getTime();
    case 'P8': {
      const clock = followUpClock(app)!;
      const last = clock.touches.at(-1);
      return last ? Date.parse(last.at) : startOfDay(clock.fallbackDay).getTime();
    }
    case 'P9': {
      // "Due times, exactly", decision 1: P9 counts from the last follow-up the limit allows,
      // not from a touch sent after it (a third call after two follow-ups moves nothing).
      const clock = followUpClock(app)!;
      const limit = doc.settings.policy.maxFollowUps;
      const counted = limit === null ? clock.touches.at(-1) : (clock.touches[Math.max(0, limit - 1)] ?? clock.touches.at(-1));
      return counted ? Date.parse(counted.at) : startOfDay(clock.fallbackDay).getTime();
    }
    case 'P10':
      return Math.max(...doc.applications.flatMap((a) => a.events.filter((e) => e.kind === 'accepted').map((e) => Date.parse(e.at))));
    case 'P11':
    case 'P12':
      return Date.parse(latestEvent(app, 'rejected')!.at);
    default:
      return null;
  }
}

describe('engine (property)', () => {
  it('runs in the zone it claims', () => {
    expect(new Date(2022, 0, 1).getTimezoneOffset()).toBe(-660);
  });

  it('no due time precedes the event it counts from', () => {
    let checked = 0;
    fc.assert(
      fc.property(commandSteps, instant, (steps, nowIso) => {
        const doc = build(steps);
        for (const action of computeAllActions(doc, new Date(nowIso))) {
          const app = doc.applications.find((a) => a.id === action.applicationId)!;
          if (action.due === null) {
            expect(action.rule).toBe('P1');
            continue;
          }
          const from = countedFrom(action, app, doc);
          expect(from, `${action.rule} has an event to count from`).not.toBeNull();
          expect(Date.parse(action.due)).toBeGreaterThanOrEqual(from!);
          checked += 1;
        }
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('every reminder is tied to an open action and has a unique key', () => {
    fc.assert(
      fc.property(commandSteps, instant, (steps, nowIso) => {
        const doc = build(steps);
        const reminders = computeReminders(doc, new Date(nowIso));
        expect(new Set(reminders.map((r) => r.key)).size).toBe(reminders.length);
        for (const r of reminders) expect(doc.applications.some((a) => a.id === r.applicationId)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
