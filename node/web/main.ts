// `npm run web`: Afterview in the browser, served on 127.0.0.1 with the desktop app's data.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import { shiftedClock } from '../../shared/time/clock.ts';
import { startRuntime } from '../services/app-runtime.ts';
import { systemClock } from '../services/system-clock.ts';
import { messageOf } from '../services/failure-sentences.ts';
import { DataLockedError } from '../services/storage/lock.ts';
import { startFailureMessage } from '../services/start-failure-sentence.ts';
import { parseWebHostArgs } from './options.ts';
import { startWebServer, type WebServer } from './server.ts';
import { createShutdown } from './shutdown.ts';
import { webHostCapabilities } from './web-host-capabilities.ts';
import { BROWSER_NOT_OPENED, HOW_TO_STOP, notBuiltYet, PORT_IN_USE, requestFailedLine } from './sentences.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = process.env.AFTERVIEW_RENDERER_DIR ?? path.resolve(here, '../../dist/renderer');

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(BROWSER_NOT_OPENED));
  child.unref();
}

async function main(): Promise<void> {
  const parsed = parseWebHostArgs(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(parsed.message.startsWith('Usage') ? 0 : 2);
  }
  const { options } = parsed;
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(notBuiltYet(staticDir));
    process.exit(1);
  }
  const token = randomBytes(24).toString('base64url');
  let server: WebServer | null = null;
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => server?.emit(event, payload);

  const runtime = await startRuntime({
    dataDir: options.dataDir,
    backend: 'conf',
    lock: 'web',
    clock: options.testClockStart ? shiftedClock(options.testClockStart, systemClock) : systemClock,
    // No deliverReminders: the page shows each reminder itself (a web notification with the
    // browser's permission, or the banner) and confirms it; until a page does, it waits.
    emit,
    log: (message, error) => console.error(`[afterview] ${message}`, error ?? ''),
    host: webHostCapabilities(options.dataDir, process.env.npm_package_version ?? '0.1.0'),
  });
  server = await startWebServer({
    router: runtime.router,
    staticDir,
    token,
    port: options.port,
    onError: (error) => console.error(requestFailedLine(messageOf(error))),
  });
  const url = `${server.url}?token=${token}`;
  console.log(`Afterview is running at ${url}`);
  if (runtime.store.notice) console.log(runtime.store.notice);
  console.log(HOW_TO_STOP);
  if (options.open) openBrowser(url);

  const stop = createShutdown({
    dataDir: options.dataDir,
    closeServer: async () => server?.close(),
    closeRuntime: () => runtime.close(),
    say: (line) => console.error(line),
    exit: (code) => process.exit(code),
  });
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof DataLockedError) {
    // The same sentence the desktop app's start dialog gives (who holds the data, the lock file).
    console.error(startFailureMessage(error, error.lockFile));
    process.exit(3);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(PORT_IN_USE);
    process.exit(4);
  }
  console.error('Afterview could not start:', (error as Error).message);
  process.exit(1);
});
