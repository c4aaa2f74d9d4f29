// Storage benchmark (issue 11), through the app service and the contract router over the
// real document store, for 1,000 / 10,000 / 20,000 applications:
//   answer     time from sending one change until it is answered ok (journal line fsynced)
//   block      the longest the event loop was held during a burst of 100 changes, including
//              the background snapshot that follows it (measured by a setImmediate ticker)
//   snapshot   how long that background snapshot took from start to rename (not blocking)
//   load       opening the store (read, parse, validate, replay the journal)
//   firstSave  the first change answered after opening
// Targets at 20,000: answer under 5 ms, block under 16 ms. The figures are printed with
// their target; nothing fails on time.
// Run: npm run bench storage — prints "name: value unit" lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppService } from '../../node/services/app-service.ts';
import { createRouter } from '../../node/services/contract-router.ts';
import { createDataExchange } from '../../node/services/host-exchange.ts';
import { serializeDocument } from '../../node/services/storage/document-file.ts';
import { openDocumentStore, type DocumentStore } from '../../node/services/storage/document-store.ts';
import { fixedClock } from '../../shared/time/clock.ts';
import { sampleDocument } from '../fixtures/data/generate.ts';
import { quietHost, quietReminders } from '../node/services/storage/quiet-host.ts';

const clock = fixedClock('2024-03-10T12:00:00.000Z');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (value: number, target: number) =>
  `${value <= target ? 'within' : 'OVER'} target ${target} ms (${(value / target).toFixed(2)}x)`;

async function openRouter(
  dataDir: string,
  debounceMs: number,
): Promise<{ store: DocumentStore; call: (channel: string, payload?: unknown) => Promise<{ ok: boolean }> }> {
  const store = await openDocumentStore({ dataDir, clock, debounceMs });
  const service = createAppService({
    store,
    host: quietHost(dataDir),
    exchange: createDataExchange(store),
    clock,
    emit: () => undefined,
    reminders: quietReminders,
  } as Parameters<typeof createAppService>[0]);
  const router = createRouter(service.handlers);
  return { store, call: (channel, payload) => router.dispatch(channel, payload, true) };
}

const edit = (i: number) => ({
  type: 'updateApplication',
  id: `app-${i % 50}`,
  at: '2024-03-10T11:00:00.000Z',
  fields: { notes: `edit ${i}` },
});

/**
 * Runs `work` while a setImmediate ticker notes the longest gap between its turns (wall
 * time), and the most CPU time the process used within one gap: on a shared machine a
 * wall gap can be the OS running someone else, the CPU figure is what this process did.
 */
async function longestBlock(work: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  let wall = 0;
  let cpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let running = true;
  const tick = () => {
    const now = performance.now();
    const used = process.cpuUsage(lastCpu);
    wall = Math.max(wall, now - last);
    cpu = Math.max(cpu, (used.user + used.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  return { wall, cpu };
}

async function bench(count: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-bench-'));
  try {
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), serializeDocument(sampleDocument(count)));

    const loads: number[] = [];
    const firstSaves: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const opened = await openRouter(dataDir, 60_000);
      loads.push(performance.now() - start);
      const saveStart = performance.now();
      if (!(await opened.call('state:command', edit(run))).ok) throw new Error('the first change was refused');
      firstSaves.push(performance.now() - saveStart);
      await opened.store.close();
    }

    const { store, call } = await openRouter(dataDir, 50);
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      if (!(await call('state:command', edit(i))).ok) throw new Error('a change was refused');
      answers.push(performance.now() - start);
    }
    await store.flush();

    // A burst of 100 changes sent at once, then the quiet moment and the snapshot it starts.
    let snapshotMs = 0;
    const block = await longestBlock(async () => {
      // Each change arrives in a turn of its own, as requests do, without waiting for answers.
      const sent: Promise<{ ok: boolean }>[] = [];
      await new Promise<void>((resolve) => {
        const send = () => {
          sent.push(call('state:command', edit(1_000 + sent.length)));
          if (sent.length < 100) setImmediate(send);
          else resolve();
        };
        send();
      });
      const results = await Promise.all(sent);
      if (results.some((r) => !r.ok)) throw new Error('a change in the burst was refused');
      const before = store.writeCount;
      const waited = performance.now();
      while (store.writeCount === before) await new Promise((resolve) => setTimeout(resolve, 5));
      snapshotMs = performance.now() - waited - 50;
    });
    await store.close();

    const bytes = fs.statSync(path.join(dataDir, 'afterview.json')).size;
    const answer = median(answers);
    console.log(
      `storage.answer.${count}: ${answer.toFixed(2)} ms (median of 30; p max ${Math.max(...answers).toFixed(2)} ms)${count === 20_000 ? `, ${verdict(answer, 5)}` : ''}`,
    );
    console.log(
      `storage.block.${count}: ${block.wall.toFixed(2)} ms (burst of 100 + snapshot)${count === 20_000 ? `, ${verdict(block.wall, 16)}` : ''}`,
    );
    console.log(`storage.blockCpu.${count}: ${block.cpu.toFixed(2)} ms of CPU in the longest-working gap (all threads)`);
    console.log(`storage.snapshot.${count}: ${snapshotMs.toFixed(0)} ms in the background`);
    console.log(`storage.load.${count}: ${median(loads).toFixed(1)} ms`);
    console.log(`storage.firstSave.${count}: ${median(firstSaves).toFixed(2)} ms`);
    console.log(`storage.fileSize.${count}: ${(bytes / 1024).toFixed(0)} KiB`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const sizes = process.env.AFTERVIEW_BENCH_SIZES?.split(',').map(Number) ?? [1_000, 10_000, 20_000];
for (const count of sizes) await bench(count);
