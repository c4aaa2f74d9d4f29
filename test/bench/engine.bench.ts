// Engine benchmark: the open actions and the reminders of a board of 10,000 applications
// (the sample set repeated at staggered times, so every rule of the playbook is exercised),
// and the CSV round trip of the same board.
// Run: npx tsx test/bench/engine.bench.ts — prints "name: value unit" lines.
import { performance } from 'node:perf_hooks';
import { addHours } from 'date-fns';
import { computeAllActions } from '../../shared/engine/actions.ts';
import { computeReminders } from '../../shared/engine/reminders.ts';
import { applicationsToCsv, parseApplicationsCsv } from '../../shared/csv/index.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import { sampleApplications } from '../../shared/sample/applications.ts';
import type { AfterviewDocument, Application } from '../../shared/model/types.ts';

const COUNT = 10_000;
const RUNS = 5;
const now = new Date('2022-03-09T12:00:00Z');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function board(count: number): AfterviewDocument {
  const applications: Application[] = [];
  for (let batch = 0; applications.length < count; batch++) {
    for (const app of sampleApplications(addHours(now, -batch * 7))) {
      if (applications.length < count) applications.push({ ...app, id: `${app.id}-${batch}` });
    }
  }
  return { ...emptyDocument(), applications };
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const doc = board(COUNT);
const actions = time(() => computeAllActions(doc, now));
console.log(`computeAllActions ${COUNT} applications: ${actions.ms.toFixed(1)} ms`);
console.log(`open actions found: ${actions.result.length} actions`);
const reminders = time(() => computeReminders(doc, now));
console.log(`computeReminders ${COUNT} applications: ${reminders.ms.toFixed(1)} ms`);
const csv = time(() => applicationsToCsv(doc.applications));
console.log(`applicationsToCsv ${COUNT} applications: ${csv.ms.toFixed(1)} ms`);
const parsed = time(() => parseApplicationsCsv(csv.result, { now }));
if (!parsed.result.ok) throw new Error('the exported CSV did not import');
console.log(`parseApplicationsCsv ${COUNT} rows: ${parsed.ms.toFixed(1)} ms`);
