// Main-process time per change (issue 14), the whole path from a change arriving to its
// answer: the contract router, the app service, the document store (journal line fsynced),
// and what follows every change before it is answered: the reminder scheduler's re-plan and
// the tray/badge count. At 1,000 / 10,000 / 20,000 applications, in the same run:
//   before  the engine run in full for each reader, as the runtime did until issue 14
//           (computeReminders for the scheduler, computeAllActions for the due count)
//   after   the runtime as it is (startRuntime): one incremental pass per change, shared
// Also the engine alone per change (one card edited): the two full recomputations against
// one incremental pass with its reminders; and the reminder scheduler's re-plan alone with
// that pass (its feed and wake-up kept between changes, node/services/reminders/due-index.ts). Rounds alternate before/after; medians are shown.
// Target: under 5 ms per change at 10,000. Nothing fails on time.
// Run: npm run bench change — prints "name: value unit" lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppService, type AppService } from '../../node/services/app-service.ts';
import { dueCount, startRuntime } from '../../node/services/app-runtime.ts';
import { createRouter } from '../../node/services/contract-router.ts';
import { createDataExchange } from '../../node/services/host-exchange.ts';
import { createReminderScheduler } from '../../node/services/reminders/scheduler.ts';
import { serializeDocument } from '../../node/services/storage/document-file.ts';
import { openDocumentStore } from '../../node/services/storage/document-store.ts';
import { applyCommand } from '../../shared/board/apply.ts';
import { CommandSchema } from '../../shared/board/commands.ts';
import { computeAllActions } from '../../shared/engine/actions.ts';
import { createIncrementalEngine } from '../../shared/engine/incremental.ts';
import { computeReminders } from '../../shared/engine/reminders.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { sampleDocument } from '../fixtures/data/generate.ts';
import { quietHost } from '../node/services/storage/quiet-host.ts';

// Sunday 10 March 2024, 12:00 UTC, then moving with the real clock, as the app's does.
const BASE = Date.parse('2024-03-10T12:00:00.000Z');
const started = performance.now();
const clock: Clock = () => new Date(BASE + Math.round(performance.now() - started));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(2)} ms`;

interface Host {
  call(channel: string, payload?: unknown): Promise<{ ok: boolean }>;
  close(): Promise<void>;
}

/** The runtime's composition before issue 14: each reader runs the engine over the whole board. */
async function openBefore(dataDir: string): Promise<Host> {
  const store = await openDocumentStore({ dataDir, backend: 'conf', lock: 'web', clock });
  let service: AppService | null = null;
  const currentDoc = () => service?.doc ?? store.doc;
  const scheduler = createReminderScheduler({ dataDir, getDoc: currentDoc, computeReminders, clock });
  let shown = 0;
  service = createAppService({
    store,
    host: quietHost(dataDir),
    exchange: createDataExchange(store),
    clock,
    emit: () => undefined,
    reminders: scheduler,
    onDocumentChanged: () => {
      scheduler.replan();
      shown = dueCount(currentDoc(), clock());
    },
  });
  const router = createRouter(service.handlers);
  scheduler.start();
  return {
    call: (channel, payload) => router.dispatch(channel, payload, true) as Promise<{ ok: boolean }>,
    async close() {
      void shown;
      scheduler.stop();
      await store.close();
    },
  };
}

async function openAfter(dataDir: string): Promise<Host> {
  const runtime = await startRuntime({
    dataDir,
    backend: 'conf',
    lock: 'web',
    clock,
    emit: () => undefined,
    host: quietHost(dataDir),
    onDueCount: () => undefined,
  });
  return {
    call: (channel, payload) => runtime.router.dispatch(channel, payload, true) as Promise<{ ok: boolean }>,
    close: () => runtime.close(),
  };
}

let edits = 0;
/** A different card each time: a note edited, or the employer's reply logged (which moves its follow-up clock). */
function edit(count: number) {
  const i = edits++;
  const id = `app-${(i * 37) % count}`;
  const at = new Date(BASE - 3_600_000).toISOString();
  return i % 2 === 0
    ? { type: 'updateApplication', id, at, fields: { notes: `edit ${i}` } }
    : { type: 'logEvent', id, event: { id: `bench-${i}`, kind: 'employer_replied', at } };
}

/** Wall and CPU time of each change, from sending it to its answer. */
async function changes(host: Host, count: number, n: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    if (!(await host.call('state:command', edit(count))).ok) throw new Error('a change was refused');
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** CPU time of `work` in ms (all threads: the machine may be shared, so wall time is printed beside it). */
function cpuOf(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The engine alone: after one card is edited, what each composition computes before answering (CPU time). */
function engineOnly(count: number, runs: number): { full: number; incremental: number; recomputed: number } {
  let doc = sampleDocument(count);
  const engine = createIncrementalEngine();
  engine.pass(doc, clock());
  const full: number[] = [];
  const incremental: number[] = [];
  let recomputed = 0;
  for (let i = 0; i < runs; i++) {
    doc = applyCommand(doc, CommandSchema.parse(edit(count)));
    full.push(
      cpuOf(() => {
        computeReminders(doc, clock());
        computeAllActions(doc, clock());
      }),
    );
    incremental.push(cpuOf(() => (recomputed = Math.max(recomputed, engine.pass(doc, clock()).recomputed))));
  }
  return { full: median(full), incremental: median(incremental), recomputed };
}

/** The reminder scheduler alone: its re-plan with the incremental pass of one edited card (CPU time), and how many re-plans pushed a feed. */
function schedulerOnly(count: number, runs: number): { replan: number; pushes: number; feed: number; reminders: number } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-change-scheduler-'));
  try {
    let doc = sampleDocument(count);
    const engine = createIncrementalEngine();
    let pushes = 0;
    const scheduler = createReminderScheduler({
      dataDir,
      getDoc: () => doc,
      computeReminders: (d, now) => engine.pass(d, now).reminders,
      clock,
      onFeedChanged: () => (pushes += 1),
    });
    scheduler.start();
    pushes = 0;
    const replan: number[] = [];
    let reminders = 0;
    for (let i = 0; i < runs; i++) {
      doc = applyCommand(doc, CommandSchema.parse(edit(count)));
      const pass = engine.pass(doc, clock());
      reminders = pass.reminders.length;
      replan.push(cpuOf(() => scheduler.replan(pass)));
    }
    const feed = scheduler.feed().items.length;
    scheduler.stop();
    return { replan: median(replan), pushes, feed, reminders };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function bench(count: number): Promise<void> {
  const dirs = ['before', 'after'].map((name) => fs.mkdtempSync(path.join(os.tmpdir(), `afterview-change-${name}-`)));
  try {
    const file = serializeDocument(sampleDocument(count));
    for (const dir of dirs) fs.writeFileSync(path.join(dir, 'afterview.json'), file);
    const results = { before: { wall: [] as number[], cpu: [] as number[] }, after: { wall: [] as number[], cpu: [] as number[] } };
    const perRound = count >= 10_000 ? 10 : 20;
    for (let round = 0; round < 3; round++) {
      for (const kind of ['before', 'after'] as const) {
        const host = await (kind === 'before' ? openBefore(dirs[0]!) : openAfter(dirs[1]!));
        // The first change after opening warms the caches (the incremental engine's first pass is a full one).
        await changes(host, count, 1);
        const run = await changes(host, count, perRound);
        results[kind].wall.push(...run.wall);
        results[kind].cpu.push(...run.cpu);
        await host.close();
      }
    }
    const before = median(results.before.wall);
    const after = median(results.after.wall);
    const target = count === 10_000 ? `, ${after <= 5 ? 'within' : 'OVER'} target 5 ms (${(after / 5).toFixed(2)}x)` : '';
    console.log(
      `change.answer.${count}: before ${ms(before)}, after ${ms(after)} (after/before ${(after / before).toFixed(3)}, ${(before / after).toFixed(1)}x faster; median of ${results.after.wall.length})${target}`,
    );
    console.log(
      `change.answerCpu.${count}: before ${ms(median(results.before.cpu))}, after ${ms(median(results.after.cpu))} of CPU per change`,
    );
    console.log(`change.answerMax.${count}: before ${ms(Math.max(...results.before.wall))}, after ${ms(Math.max(...results.after.wall))}`);
    const engine = engineOnly(count, 15);
    const runs = 30;
    const scheduler = schedulerOnly(count, runs);
    console.log(
      `change.schedulerCpu.${count}: re-plan ${ms(scheduler.replan)} per change (${scheduler.reminders} reminders, ${scheduler.feed} in the feed; the feed pushed on ${scheduler.pushes} of ${runs} changes)`,
    );
    console.log(
      `change.engineCpu.${count}: full ${ms(engine.full)} (computeReminders + computeAllActions), incremental ${ms(engine.incremental)} (one pass with its reminders; at most ${engine.recomputed} card recomputed) (${(engine.full / engine.incremental).toFixed(0)}x)`,
    );
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = process.env.AFTERVIEW_BENCH_SIZES?.split(',').map(Number) ?? [1_000, 10_000, 20_000];
for (const count of sizes) await bench(count);
