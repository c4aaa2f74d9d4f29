// Properties of computeInsights over random documents: those built by random board commands,
// and those a random spreadsheet imports to. Times in Europe/Paris; "now" is Tuesday
// 1 December 2026 10:00 local.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand, CommandError } from '../../../shared/board/apply.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { computeInsights } from '../../../shared/insights/insights.ts';
import { parsePeriod, type Period } from '../../../shared/insights/period.ts';
import type { Sankey } from '../../../shared/insights/sankey.ts';
import { applicationsToCsv, parseApplicationsCsv } from '../../../shared/csv/index.ts';
import { commandSteps, day, toCommand } from '../support/arbitraries.ts';
import { localDate } from '../support/build.ts';
import { workingDaysAfter } from '../../../shared/insights/promises.ts';
import { addCalendarDays } from '../../../shared/dates/local.ts';

const now = localDate('2026-12-01 10:00'); // Tuesday

function documentOf(steps: Parameters<typeof toCommand>[0][]): AfterviewDocument {
  let doc = emptyDocument();
  for (const [i, step] of steps.entries()) {
    try {
      doc = applyCommand(doc, toCommand(step, doc, i));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
  return doc;
}

const period: fc.Arbitrary<Period> = fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })).map(([a, b]) => {
  const [from, to] = a && b && a > b ? [b, a] : [a, b];
  const parsed = parsePeriod(from, to);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
});

/** What enters each node, and what leaves it. */
function flows(sankey: Sankey) {
  const into = new Map<string, number>();
  const out = new Map<string, number>();
  for (const l of sankey.links) {
    into.set(l.target, (into.get(l.target) ?? 0) + l.value);
    out.set(l.source, (out.get(l.source) ?? 0) + l.value);
  }
  return { into: (id: string) => into.get(id) ?? 0, out: (id: string) => out.get(id) ?? 0 };
}

describe('computeInsights (property)', () => {
  it('runs in Paris time, where 1 December 2026 is a Tuesday', () => {
    expect([now.getDay(), now.getTimezoneOffset()]).toEqual([2, -60]);
  });

  it('every Sankey conserves its flows: what enters a node leaves it or ends there, and every application ends once', () => {
    fc.assert(
      fc.property(commandSteps, period, (steps, p) => {
        const { sankey, funnel } = computeInsights(documentOf(steps), p, now);
        const { into, out } = flows(sankey);
        const ids = new Set(sankey.nodes.map((n) => n.id));
        for (const l of sankey.links) {
          expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
          expect(Number.isInteger(l.value) && l.value > 0).toBe(true);
        }
        let ended = 0;
        for (const node of sankey.nodes) {
          if (node.id === 'applied') {
            expect(into(node.id)).toBe(0);
            expect(out(node.id)).toBe(funnel.applied);
            continue;
          }
          expect(into(node.id)).toBeGreaterThanOrEqual(out(node.id));
          ended += into(node.id) - out(node.id);
        }
        expect(ended).toBe(funnel.applied);
      }),
      { numRuns: 150 },
    );
  });

  it('the funnel never grows from one stage to the next, and the endings add up', () => {
    fc.assert(
      fc.property(commandSteps, period, (steps, p) => {
        const { funnel, sankey } = computeInsights(documentOf(steps), p, now);
        expect(funnel.applied).toBeGreaterThanOrEqual(funnel.replied);
        expect(funnel.replied).toBeGreaterThanOrEqual(funnel.interviewed);
        expect(funnel.interviewed).toBeGreaterThanOrEqual(funnel.offers);
        expect(funnel.noResponse).toBe(funnel.applied - funnel.replied);
        expect(funnel.offers + funnel.rejected + funnel.withdrawn + funnel.open).toBeLessThanOrEqual(funnel.applied);
        // The funnel and the picture tell the same story.
        const heard = sankey.links.find((l) => l.source === 'applied' && l.target === 'heard_back')?.value ?? 0;
        expect(heard).toBe(funnel.replied);
      }),
      { numRuns: 150 },
    );
  });

  // A spreadsheet row with any of its dated columns filled, in October to December 2026.
  const when = fc.option(
    fc.integer({ min: 0, max: 80 * 24 }).map((h) => {
      const d = new Date(2026, 9, 1, 0, 0);
      d.setHours(d.getHours() + h);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:00`;
    }),
    { nil: '' },
  );
  const row = fc.record({
    company: fc.constantFrom('Acme', 'Birch', 'Cobalt', 'Delta'),
    stage: fc.constantFrom('', '', 'applied', 'interviewing', 'waiting', 'rejected', 'closed'),
    applied_on: when,
    interview_at: when,
    decision_by: fc.option(
      fc
        .integer({ min: 0, max: 80 })
        .map(
          (n) =>
            `2026-${n < 31 ? `10-${String(n + 1).padStart(2, '0')}` : n < 61 ? `11-${String(n - 30).padStart(2, '0')}` : `12-${String(n - 60).padStart(2, '0')}`}`,
        ),
      { nil: '' },
    ),
    thank_you_sent_at: when,
    follow_up_sent_at: when,
    employer_replied_at: when,
    offer_at: when,
    rejected_at: when,
    closed_at: when,
    outcome: fc.constantFrom('', '', 'withdrawn', 'no_response', 'rejected', 'accepted'),
  });
  const columns = [
    'company',
    'role',
    'stage',
    'applied_on',
    'interview_at',
    'decision_by',
    'thank_you_sent_at',
    'follow_up_sent_at',
    'employer_replied_at',
    'offer_at',
    'rejected_at',
    'closed_at',
    'outcome',
  ] as const;

  it('the numbers for a document equal those for its CSV export imported back', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), period, (rows, p) => {
        const text = [columns.join(','), ...rows.map((r) => columns.map((c) => (c === 'role' ? 'Designer' : r[c])).join(','))].join('\n');
        const imported = parseApplicationsCsv(text, { now });
        fc.pre(imported.ok);
        if (!imported.ok) return;
        const doc = { ...emptyDocument(), applications: imported.applications };
        const back = parseApplicationsCsv(applicationsToCsv(doc.applications), { now });
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(computeInsights({ ...doc, applications: back.applications }, p, now)).toEqual(computeInsights(doc, p, now));
      }),
      { numRuns: 150 },
    );
  });

  it('working days late, counted a week at a time, equal the count day by day, for any span and working week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -5, max: 900 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        (start, span, workdays) => {
          const day = addCalendarDays(localDate('2020-01-01 00:00'), start);
          const until = addCalendarDays(day, span);
          let slow = 0;
          for (let d = addCalendarDays(day, 1); d.getTime() <= until.getTime(); d = addCalendarDays(d, 1))
            if (workdays.includes(d.getDay())) slow += 1;
          expect(workingDaysAfter(day, until, workdays)).toBe(slow);
        },
      ),
    );
  });
});
