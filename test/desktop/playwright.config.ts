// The real desktop app, driven through Playwright's Electron support (_electron.launch),
// each test on its own data folder. It runs wherever the Electron binary is installed (and,
// on Linux, a display: xvfb-run); elsewhere every test reports as skipped with the reason.
//   npx playwright test --config test/desktop/playwright.config.ts [--list]
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // One Electron at a time: each is a whole browser plus a main process.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  projects: [{ name: 'electron' }],
});
