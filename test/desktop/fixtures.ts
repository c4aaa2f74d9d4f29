// The desktop app as the user gets it (the built dist/electron and dist/renderer), started by
// Playwright's Electron support on a data folder of its own, in test mode so its clock is
// pinned to E2E_NOW (as the web suite's) and its notifications and tray can be read.
import { _electron as electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_NOW, E2E_TIME_ZONE } from '../e2e/fixtures.ts';
import { ROOT, whyNotRunnable } from './electron-binary.ts';

export { E2E_NOW };

export interface Desktop {
  app: ElectronApplication;
  window: Page;
}

export interface DesktopLauncher {
  dataDir: string;
  /** Starts the app on this test's data folder (again after a quit: the same data). */
  launch(): Promise<Desktop>;
}

/** Why every test here is skipped on this machine (no Electron binary, no display), or null. */
export const skipReason = whyNotRunnable();

export const test = base.extend<{ desktop: DesktopLauncher }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afterview-desktop-'));
    const running: ElectronApplication[] = [];
    await use({
      dataDir,
      async launch() {
        // No executablePath: Playwright then finds the binary through the electron package
        // (present: skipReason checked it) and holds 'ready' until it is attached.
        const app = await electron.launch({
          args: ['.', `--test-clock=${E2E_NOW}`],
          cwd: ROOT,
          env: { ...process.env, AFTERVIEW_DATA_DIR: dataDir, AFTERVIEW_TEST_MODE: '1', TZ: E2E_TIME_ZONE },
        });
        running.push(app);
        const window = await app.firstWindow();
        await window.waitForLoadState('domcontentloaded');
        return { app, window };
      },
    });
    for (const app of running) await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Sends commands through the preload's bridge, as the page's own clicks do. */
export async function command(window: Page, commands: unknown[]): Promise<void> {
  await window.evaluate(async (list) => {
    const bridge = (
      globalThis as unknown as { afterview: Record<string, (payload: unknown) => Promise<{ ok: boolean; error?: { message: string } }>> }
    ).afterview;
    for (const cmd of list) {
      const result = await bridge['state:command']!(cmd);
      if (!result.ok) throw new Error(`state:command failed: ${result.error?.message}`);
    }
  }, commands);
}

// The app's test hooks (electron/main/test-mode.ts), read in the main process. Each function
// is sent to Electron as source, so it names the hooks object itself.
interface Hooked {
  __afterviewTest: {
    notifications(): { title: string; body: string }[];
    clickNotification(index?: number): boolean;
    trayToolTip(): string | null;
  };
}

export const notifications = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as Hooked).__afterviewTest.notifications());
export const clickNotification = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as Hooked).__afterviewTest.clickNotification());
export const trayToolTip = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as Hooked).__afterviewTest.trayToolTip());

export { expect };
