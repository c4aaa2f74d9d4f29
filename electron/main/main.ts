// The desktop app's entry: wiring only. main() creates the app's state and calls one
// setupX() per concern; the work is done by Electron-free services (node/services) and
// the small modules beside this file. Nothing runs on import: the built entry (entry.ts)
// calls main(), and test/electron/main/main.test.ts calls it with the electron module mocked.
import { app, dialog } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRuntime } from '../../node/services/app-runtime.ts';
import { defaultDataDir } from '../../node/services/paths.ts';
import { setupAppUserModelId } from './app-user-model.ts';
import { createDesktopState, type DesktopState, type MainEnvironment } from './desktop-state.ts';
import { startDesktop } from './desktop-start.ts';
import { showWindow } from './desktop-window.ts';
import { registerAppScheme } from './protocol.ts';
import { closeThenQuit } from './quit-flush.ts';
import { setupSingleInstance } from './single-instance.ts';
import { startOrExplain } from './start-failure.ts';

export type { MainEnvironment } from './desktop-state.ts';

export interface RunningDesktop {
  state: DesktopState;
  /** Settles once the app has started, or has explained why it could not and exited. */
  started: Promise<void>;
}

export function processEnvironment(): MainEnvironment {
  return {
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    execPath: process.execPath,
    resourcesPath: process.resourcesPath,
    homedir: os.homedir(),
    bundleDir: path.dirname(fileURLToPath(import.meta.url)),
    startRuntime,
  };
}

/** Before 'ready': the data folder, the app:// scheme and the Windows app id. */
function setupProcess(environment: MainEnvironment): void {
  // The same folder the web host and the command line use (AFTERVIEW_DATA_DIR overrides it).
  app.setPath('userData', defaultDataDir({ platform: environment.platform, env: environment.env, homedir: environment.homedir }));
  registerAppScheme();
  setupAppUserModelId(app, environment.platform, { isPackaged: app.isPackaged, execPath: environment.execPath });
}

function setupAppEvents(state: DesktopState, environment: MainEnvironment): void {
  app.on('activate', () => void showWindow(state, environment));
  app.on('window-all-closed', () => {
    if (!state.tray || !state.runtime?.service.doc.settings.keepRunningInTray) app.quit();
  });
}

/** Quitting writes the last batched change to disk before the process goes. */
function setupQuitFlush(state: DesktopState): void {
  app.on('before-quit', (event) => {
    state.quitting = true;
    const closing = state.runtime;
    if (!closing) return;
    event.preventDefault();
    state.runtime = null;
    state.tray?.destroy();
    state.closeNotifications();
    void closeThenQuit(closing, { dataDir: app.getPath('userData'), dialog, app });
  });
}

/** Starts the desktop app; returns null when another copy already runs (this one then quits). */
export function main(environment: MainEnvironment = processEnvironment()): RunningDesktop | null {
  const state = createDesktopState();
  setupProcess(environment);
  if (!setupSingleInstance(app, () => void showWindow(state, environment))) return null;
  setupAppEvents(state, environment);
  setupQuitFlush(state);
  const started = startOrExplain(() => app.whenReady().then(() => startDesktop(state, environment)), {
    dataDir: () => app.getPath('userData'),
    tray: () => state.tray,
    runtime: () => state.runtime,
    dialog,
    app,
    log: (message) => console.error(`[afterview] ${message}`),
  });
  return { state, started };
}
