// End-to-end tests: the real renderer in real Chromium, through the loopback web host,
// against a fresh data folder per test (test/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain ES module script without type declarations
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = (findChromium() as string | null) ?? undefined;

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
