// The one main window: created with the options from security.ts, placed where the user
// left it, shown once painted, hidden to the tray on close when the user wants that.
// Its guards (navigation, new windows, permissions) are not set here: guards.ts installs
// them once for every web contents the app creates, this window's included.
import { app, BrowserWindow, screen } from 'electron';
import path from 'node:path';
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import type { DesktopState, MainEnvironment } from './desktop-state.ts';
import { windowIconPath, type AssetLocation } from './desktop-assets.ts';
import { sendToWindow } from './ipc.ts';
import { APP_ORIGIN, windowOptions } from './security.ts';
import { initialWindowState, trackWindowState, windowStateFile } from './window-state.ts';

export const assetLocation = (environment: MainEnvironment): AssetLocation => ({
  isPackaged: app.isPackaged,
  resourcesPath: environment.resourcesPath,
  appPath: app.getAppPath(),
});

export function createMainWindow(state: DesktopState, environment: MainEnvironment, showWhenReady: boolean): BrowserWindow {
  const stateFile = windowStateFile(app.getPath('userData'));
  const placement = initialWindowState(stateFile, screen);
  const icon = environment.platform === 'linux' ? { icon: windowIconPath(assetLocation(environment)) } : {};
  const win = new BrowserWindow(windowOptions(path.join(environment.bundleDir, 'preload.cjs'), placement.bounds, icon));
  trackWindowState(win, { file: stateFile, onError: (error) => console.error('[afterview] window state not saved', error) });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    if (showWhenReady) win.show();
  });
  // Closing the window keeps reminders running from the tray, when the user wants that.
  win.on('close', (event) => {
    if (!state.quitting && state.tray && state.runtime?.service.doc.settings.keepRunningInTray) {
      event.preventDefault();
      win.hide();
    }
  });
  win.on('closed', () => {
    if (state.window === win) state.window = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Brings the window forward, creating it again if it was closed. */
export function showWindow(state: DesktopState, environment: MainEnvironment): BrowserWindow {
  state.window ??= createMainWindow(state, environment, true);
  const win = state.window;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

export function emitToWindow<E extends EventName>(state: DesktopState, event: E, payload: EventPayloads[E]): void {
  sendToWindow(state.window, event, payload);
}
