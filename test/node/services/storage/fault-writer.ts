// The child process of the fault test: keeps adding applications through the real
// document store and prints "ack <n>" after each flush has finished, i.e. once change n is
// promised to be on disk. Some changes are saved without a flush (a burst still pending)
// and are not acknowledged. The parent kills this process with SIGKILL at random moments.
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { sampleApplication } from '../../../fixtures/data/generate.ts';
import { systemClock } from '../../../../node/services/system-clock.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: fault-writer DATA_DIR');

const store = await openDocumentStore({ dataDir, lock: 'cli', debounceMs: 5, clock: systemClock });
if (store.notice) process.stdout.write(`notice ${store.notice}\n`);
let next = store.doc.applications
  .filter((a) => a.id.startsWith('fault-'))
  .reduce((max, a) => Math.max(max, Number(a.id.slice('fault-'.length)) + 1), 0);
process.stdout.write(`ready ${next}\n`);

for (;;) {
  const seq = next++;
  const app = { ...sampleApplication(seq), id: `fault-${seq}` };
  store.save({ ...store.doc, applications: [...store.doc.applications, app] });
  if (seq % 3 === 2) {
    // Left to the debounce timer: not acknowledged, may or may not survive a kill.
    await new Promise((resolve) => setTimeout(resolve, 1));
    continue;
  }
  await store.flush();
  process.stdout.write(`ack ${seq}\n`);
  await new Promise((resolve) => setImmediate(resolve));
}
