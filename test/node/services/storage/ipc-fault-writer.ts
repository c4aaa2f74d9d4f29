// The child process of the IPC fault test: the desktop app's runtime (electron-store engine,
// with the electron mock in place of Electron) driven through the contract router exactly
// as ipcMain would, in bursts of concurrent commands. It prints "ok <id>" once the router
// answered a command ok; the parent kills it with SIGKILL at a random moment.
import { startRuntime } from '../../../../node/services/app-runtime.ts';
import { quietHost } from './quiet-host.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: ipc-fault-writer DATA_DIR');

const runtime = await startRuntime({
  dataDir,
  backend: 'electron-store',
  lock: 'app',
  clock: () => new Date('2024-01-01T12:00:00.000Z'),
  emit: () => undefined,
  host: quietHost(dataDir, 'desktop'),
} as Parameters<typeof startRuntime>[0]);
const state = await runtime.router.dispatch('state:get', undefined, true);
if (!state.ok) throw new Error(state.error.message);
const ids = (state.value as { doc: { applications: { id: string }[] } }).doc.applications.map((a) => a.id);
process.stdout.write(`ready ${ids.join(',')}\n`);

let next = Number(process.argv[3] ?? 0);
for (;;) {
  const burst = Array.from({ length: 10 }, () => `ipc${next++}`);
  await Promise.all(
    burst.map(async (id) => {
      const res = await runtime.router.dispatch(
        'state:command',
        {
          type: 'addApplication',
          id,
          at: '2024-01-01T12:00:00.000Z',
          eventId: `${id}-e`,
          fields: { company: `Company ${id}`, role: 'Engineer' },
        },
        true,
      );
      if (res.ok) process.stdout.write(`ok ${id}\n`);
    }),
  );
}
