// A fresh web host with its own empty data folder for each test, so tests never share data,
// and one pinned instant for the host and the page alike: what a test sees never depends on
// the weekday or hour it happens to run at.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WebHost {
  /** The address with its token, as the host printed it. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The instant every end-to-end test runs at unless it says otherwise: Tuesday 1 December
 * 2026, 10:00 UTC. Host and page both use UTC (E2E_TIME_ZONE), so local time is UTC too.
 */
export const E2E_NOW = '2026-12-01T10:00:00.000Z';
export const E2E_TIME_ZONE = 'UTC';

export interface StartOptions {
  /** The instant the host's clock starts at (it runs on from there); null: the real clock. */
  now?: string | null;
  env?: Record<string, string>;
}

export async function startWebHost(dataDir?: string, options: StartOptions = {}): Promise<WebHost> {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'afterview-e2e-'));
  const now = options.now === undefined ? E2E_NOW : options.now;
  const args = [
    '--import',
    'tsx',
    'node/web/main.ts',
    '--no-open',
    '--port',
    '0',
    '--data-dir',
    dir,
    ...(now ? ['--test-clock', now] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The test-clock option is refused unless the host knows a test started it.
    env: { ...process.env, TZ: E2E_TIME_ZONE, AFTERVIEW_TEST_MODE: '1', ...options.env },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Afterview is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir: dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Runs `work` against a web host on a new data folder that `prepare` may fill, then stops it and removes the folder. */
export async function withWebHost<T>(
  prepare: (dataDir: string) => void,
  work: (host: WebHost) => Promise<T>,
  options: StartOptions = {},
): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afterview-host-'));
  try {
    prepare(dataDir);
    // Scripts (screenshots, the board bench) drive pages with the real clock, so by default
    // their host runs on it too; pass `now` to pin both.
    const host = await startWebHost(dataDir, { now: null, ...options });
    try {
      return await work(host);
    } finally {
      await host.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<{ now: string; host: WebHost; app: Page }>({
  // A test file can move both clocks with test.use({ now: '...' }) (name the weekday there).
  now: [E2E_NOW, { option: true }],
  timezoneId: E2E_TIME_ZONE,
  host: async ({ now }, use) => {
    const host = await startWebHost(undefined, { now });
    await use(host);
    await host.stop();
    rmSync(host.dataDir, { recursive: true, force: true });
  },
  // The page's clock starts at the same instant and runs on (timers keep working).
  page: async ({ page, now }, use) => {
    await page.clock.install({ time: new Date(now) });
    await use(page);
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
