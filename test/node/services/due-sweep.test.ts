// Issue 9: the same board looked at every hour of a whole week, in time zones west of UTC,
// with a half-hour offset and far east, across a daylight-saving change. Whatever the hour,
// Today, its counts, the tray number and the card statuses must agree with each other and
// with the due times. A bug that shows only on some weekdays or outside UTC fails here.
import { describe, expect, it } from 'vitest';
import { dueCount } from '../../../node/services/app-runtime.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import type { Action, ActionStatus } from '../../../shared/model/types.ts';
import { fixedClock } from '../../../shared/time/clock.ts';
import { createAppStore } from '../../../renderer/src/store/createAppStore.ts';
import {
  createCardModelSelector,
  selectOverdueCount,
  selectTodayActions,
  selectTodayCount,
} from '../../../renderer/src/store/selectors.ts';
import { inTimeZone } from '../../helpers/time-zone.ts';
import { disconnectedClient } from '../../renderer/test-host.ts';
import { boardDocument } from '../../renderer/fixtures.ts';

const ZONES = ['America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
const RANK: Record<ActionStatus, number> = { upcoming: 0, due_today: 1, overdue: 2 };

/** The calendar day of an instant in `zone`, by Intl (independent of the engine's date-fns). */
const dayIn = (zone: string, at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

function expectedStatus(zone: string, due: string | null, now: Date): ActionStatus {
  if (due === null) return 'upcoming';
  const at = new Date(due);
  if (at.getTime() < now.getTime()) return 'overdue';
  return dayIn(zone, at) === dayIn(zone, now) ? 'due_today' : 'upcoming';
}

describe('every hour of a week, in three time zones', () => {
  for (const zone of ZONES) {
    it(`${zone}: Today, its counts, the tray and the cards agree from Monday 26 October to Sunday 1 November 2026 (US clocks go back on the Sunday)`, () => {
      inTimeZone(zone, () => {
        // The board as it stood on Monday 26 October 2026 at 00:00 local time.
        const doc = boardDocument(new Date(2026, 9, 26, 0, 0));
        const seen = new Map<string, ActionStatus>();
        const everyStatus = new Set<ActionStatus>();
        let instants = 0;
        for (let day = 0; day < 7; day += 1) {
          for (let hour = 0; hour < 24; hour += 1) {
            const now = new Date(2026, 9, 26 + day, hour, 0);
            instants += 1;
            const store = createAppStore(disconnectedClient(), { clock: fixedClock(now) });
            store.setState({ doc });
            const state = store.getState();
            const all: Action[] = computeAllActions(doc, now);
            const where = `${zone} ${now.toString()}`;

            // Every action's status is what its due time says, in this zone.
            for (const a of all) expect(a.status, `${where}: ${a.key}`).toBe(expectedStatus(zone, a.due, now));

            // Today lists exactly the overdue and due-today actions, soonest first.
            const today = selectTodayActions(state);
            expect(
              today.map((a) => a.key),
              where,
            ).toEqual(all.filter((a) => a.due !== null && a.status !== 'upcoming').map((a) => a.key));
            const dues = today.map((a) => Date.parse(a.due!));
            expect(dues, where).toEqual([...dues].sort((x, y) => x - y));

            // The Today button's counts and the tray number are the same numbers.
            expect(selectTodayCount(state), where).toBe(today.length);
            expect(dueCount(doc, now), where).toBe(today.length);
            expect(selectOverdueCount(state), where).toBe(today.filter((a) => a.status === 'overdue').length);

            // A card is as urgent as its most urgent action.
            const cards = createCardModelSelector()(state);
            for (const app of doc.applications) {
              const mine = all.filter((a) => a.applicationId === app.id && a.due !== null);
              const worst = mine.reduce<ActionStatus | null>((w, a) => (w === null || RANK[a.status] > RANK[w] ? a.status : w), null);
              expect(cards.get(app.id)!.status, `${where}: ${app.company}`).toBe(worst);
            }

            // Time only moves forward: no action becomes less urgent an hour later.
            for (const a of all) {
              const before = seen.get(a.key);
              if (before)
                expect(RANK[a.status], `${where}: ${a.key} went from ${before} to ${a.status}`).toBeGreaterThanOrEqual(RANK[before]);
              seen.set(a.key, a.status);
              everyStatus.add(a.status);
            }
          }
        }
        expect(instants).toBe(7 * 24);
        // The week really exercised every status.
        expect(everyStatus).toEqual(new Set(['upcoming', 'due_today', 'overdue']));
      });
    });
  }
});
