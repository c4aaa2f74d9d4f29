// What the desktop app does once Electron is ready, one setupX() per feature, in order:
// guards first (before any web contents exists), then notifications, the tray, the
// services (node/services), IPC, the app:// pages, the menu, and last the window.
import { app, clipboard, ClipboardItem, dialog, Menu, nativeImage, Notification, powerMonitor, session, shell, Tray } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EventPayloads } from '../../shared/ipc/contract.ts';
import { shiftedClock, type Clock } from '../../shared/time/clock.ts';
import type { HostCapabilities } from '../../node/services/app-service.ts';
import type { Runtime } from '../../node/services/app-runtime.ts';
import { createDesktopNotifier, type DesktopNotifier } from '../../node/services/reminders/desktop-notifier.ts';
import { systemClock } from '../../node/services/system-clock.ts';
import { setDueBadge } from './badge.ts';
import { writeDraftToClipboard } from './clipboard.ts';
import { trayIconPath } from './desktop-assets.ts';
import type { DesktopState, MainEnvironment } from './desktop-state.ts';
import { assetLocation, createMainWindow, emitToWindow, showWindow } from './desktop-window.ts';
import { setupGuards } from './guards.ts';
import { registerIpc } from './ipc.ts';
import { applyStartAtLogin, wasStartedAtLogin, type LoginItemEnvironment } from './login-item.ts';
import { setupMenu } from './menu.ts';
import { exportFromMenu } from './menu-export.ts';
import { handleAppScheme } from './protocol.ts';
import { isSafeExternalUrl } from './security.ts';
import { createTestRecorder, exposeTestHooks, isTestMode, testClockFrom, type TestRecorder } from './test-mode.ts';
import { createTrayController } from './tray.ts';

export function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function clockFor(environment: MainEnvironment): Clock {
  const pinned = testClockFrom(environment.argv, environment.env);
  if (!pinned.ok) console.warn(`[afterview] ${pinned.message}`);
  return pinned.ok && pinned.start ? shiftedClock(pinned.start, systemClock) : systemClock;
}

function setupNotifier(state: DesktopState, environment: MainEnvironment, recorder: TestRecorder | null): DesktopNotifier {
  const notifier = createDesktopNotifier({
    Notification: recorder ? recorder.recordNotifications(Notification) : Notification,
    onClick: (applicationId) => {
      showWindow(state, environment);
      emitToWindow(state, 'card:focus', { applicationId });
    },
    // Seen only once the system shows it; a notification that cannot show goes to the
    // window's banner, which the window reads whenever it opens (no window yet at start).
    onShown: (group) => state.runtime?.scheduler.confirmShown(group.ids, 'notification'),
    fallback: (group, reason) => state.runtime?.scheduler.handOver(group.ids, reason),
  });
  state.closeNotifications = () => notifier.closeAll();
  return notifier;
}

function setupTray(state: DesktopState, environment: MainEnvironment, recorder: TestRecorder | null): void {
  state.tray = createTrayController({
    Tray: recorder ? recorder.recordTray(Tray) : Tray,
    Menu,
    nativeImage,
    iconPath: trayIconPath(environment.platform, assetLocation(environment)),
    onOpen: () => void showWindow(state, environment),
    onQuit: () => app.quit(),
    platform: environment.platform,
    appName: 'Afterview',
  });
}

function loginEnvironment(environment: MainEnvironment): LoginItemEnvironment {
  return { platform: environment.platform, app, isPackaged: app.isPackaged, execPath: environment.execPath, env: environment.env };
}

/** Applies the start-at-login setting when it differs from the one last applied. */
function syncStartAtLogin(state: DesktopState, environment: MainEnvironment, wanted: boolean, force = false): void {
  if (!force && wanted === state.startAtLogin) return;
  state.startAtLogin = wanted;
  const result = applyStartAtLogin(wanted, loginEnvironment(environment));
  if (!result.ok && !force) console.warn(`[afterview] start at login: ${result.reason}`);
}

function hostCapabilities(dataDir: string, notifier: DesktopNotifier): HostCapabilities {
  return {
    platform: {
      kind: 'desktop',
      dataDir,
      version: app.getVersion(),
      notifications: () => (notifier.supported ? 'granted' : 'unsupported'),
    },
    writeClipboard: (payload) => writeDraftToClipboard(clipboard, ClipboardItem, payload),
    openExternal: async (url) => openExternal(url),
    openDataFolder: async () => {
      await shell.openPath(dataDir);
    },
    deliverExport: async (file) => {
      const choice = await dialog.showSaveDialog({ defaultPath: file.fileName });
      if (choice.canceled || !choice.filePath) return { fileName: null };
      await writeFile(choice.filePath, file.content, 'utf8');
      return { fileName: choice.filePath };
    },
  };
}

async function setupRuntime(state: DesktopState, environment: MainEnvironment, notifier: DesktopNotifier): Promise<Runtime> {
  const dataDir = app.getPath('userData');
  const runtime = await environment.startRuntime({
    dataDir,
    backend: 'electron-store',
    lock: 'app',
    clock: clockFor(environment),
    emit: (event, payload) => emitToWindow(state, event, payload),
    deliverReminders: (group) => notifier.notify(group),
    onDueCount: (count) => {
      state.tray?.setDueCount(count);
      setDueBadge(count, app, environment.platform);
    },
    onDocumentChanged: (doc) => syncStartAtLogin(state, environment, doc.settings.startAtLogin),
    log: (message, error) => console.error(`[afterview] ${message}`, error ?? ''),
    host: hostCapabilities(dataDir, notifier),
  });
  state.runtime = runtime;
  return runtime;
}

function setupPowerEvents(runtime: Runtime): void {
  powerMonitor.on('resume', () => runtime.scheduler.resume());
  powerMonitor.on('unlock-screen', () => runtime.scheduler.resume());
}

function setupDesktopMenu(state: DesktopState, environment: MainEnvironment): void {
  const menuAction = (action: EventPayloads['menu:action']['action']) => {
    showWindow(state, environment);
    emitToWindow(state, 'menu:action', { action });
  };
  setupMenu({
    platform: environment.platform,
    appName: 'Afterview',
    isDevelopment: !app.isPackaged,
    actions: {
      newApplication: () => menuAction('new-application'),
      importData: () => menuAction('import'),
      exportData: (format) =>
        void exportFromMenu(format, {
          router: state.runtime?.router ?? null,
          showError: (title, sentence) => dialog.showErrorBox(title, sentence),
        }),
      showShortcuts: () => menuAction('shortcuts'),
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      showAbout: () => app.showAboutPanel(),
      openSettings: () => menuAction('settings'),
      undo: () => emitToWindow(state, 'menu:action', { action: 'undo' }),
      redo: () => emitToWindow(state, 'menu:action', { action: 'redo' }),
    },
  });
}

/** Runs once, after app 'ready'. A rejection is explained by startOrExplain (main.ts). */
export async function startDesktop(state: DesktopState, environment: MainEnvironment): Promise<void> {
  const recorder = isTestMode(environment.env) ? createTestRecorder() : null;
  setupGuards(app, session.defaultSession, openExternal);
  const notifier = setupNotifier(state, environment, recorder);
  setupTray(state, environment, recorder);
  const runtime = await setupRuntime(state, environment, notifier);
  setupPowerEvents(runtime);
  // At start the saved setting is applied whatever it is (the system may have lost it).
  syncStartAtLogin(state, environment, runtime.service.doc.settings.startAtLogin, true);
  registerIpc(runtime.router);
  handleAppScheme(path.join(environment.bundleDir, '../renderer'));
  setupDesktopMenu(state, environment);
  if (recorder) exposeTestHooks(recorder.hooks);
  // Started at login: stay in the tray until the user opens the window.
  state.window = createMainWindow(state, environment, !wasStartedAtLogin(environment.argv, app, environment.platform));
}
