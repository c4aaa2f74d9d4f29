// Storage benchmark: save (validate + atomic write) and load (read + parse + validate) of
// realistic documents of 1,000 and 10,000 applications through the real document store.
// Run: npx tsx test/bench/storage.bench.ts — prints "name: value unit" lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDocumentStore } from '../../electron/services/storage/document-store.ts';
import { sampleDocument } from '../fixtures/data/generate.ts';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function bench(count: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-bench-'));
  try {
    const doc = sampleDocument(count);
    const store = await openDocumentStore({ dataDir, debounceMs: 60_000 });
    const saves: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const changed = { ...doc, applications: doc.applications.map((a, i) => (i === run ? { ...a, notes: `run ${run}` } : a)) };
      const start = performance.now();
      store.save(changed);
      await store.flush();
      saves.push(performance.now() - start);
    }
    await store.close();

    const loads: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const again = await openDocumentStore({ dataDir });
      loads.push(performance.now() - start);
      if (again.doc.applications.length !== count) throw new Error('the document did not load whole');
      await again.close();
    }

    // A burst: 100 changes in a row cost one write.
    const burstStore = await openDocumentStore({ dataDir, debounceMs: 60_000 });
    const burstStart = performance.now();
    for (let i = 0; i < 100; i++) burstStore.save({ ...doc, applications: doc.applications.map((a, j) => (j === 0 ? { ...a, notes: `burst ${i}` } : a)) });
    await burstStore.flush();
    const burst = performance.now() - burstStart;
    await burstStore.close();

    const bytes = fs.statSync(path.join(dataDir, 'afterview.json')).size;
    console.log(`storage.save.${count}: ${median(saves).toFixed(1)} ms`);
    console.log(`storage.load.${count}: ${median(loads).toFixed(1)} ms`);
    console.log(`storage.burst100.${count}: ${burst.toFixed(1)} ms`);
    console.log(`storage.fileSize.${count}: ${(bytes / 1024).toFixed(0)} KiB`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const count of [1_000, 10_000]) await bench(count);
