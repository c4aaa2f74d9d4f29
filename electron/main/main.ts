// The desktop app's entry: wiring only. Each feature is set up by one call; the work is
// done by Electron-free services (node/services) and small modules beside this file,
// all tested in Node with the electron module mocked.
import { app, BrowserWindow, clipboard, dialog, Menu, nativeImage, Notification, powerMonitor, screen, session, shell, Tray } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import { startRuntime, type Runtime } from '../../node/services/app-runtime.ts';
import { systemClock } from '../../node/services/system-clock.ts';
import { defaultDataDir } from '../../node/services/paths.ts';
import { createDesktopNotifier } from '../../node/services/reminders/desktop-notifier.ts';
import { setupAppUserModelId } from './app-user-model.ts';
import { setDueBadge } from './badge.ts';
import { trayIconPath, windowIconPath, type AssetLocation } from './desktop-assets.ts';
import { denyPermissions, guardWebContents } from './guards.ts';
import { registerIpc, sendToWindow } from './ipc.ts';
import { applyStartAtLogin, wasStartedAtLogin } from './login-item.ts';
import { setupMenu } from './menu.ts';
import { exportFromMenu } from './menu-export.ts';
import { handleAppScheme, registerAppScheme } from './protocol.ts';
import { closeThenQuit } from './quit-flush.ts';
import { APP_ORIGIN, isSafeExternalUrl, windowOptions } from './security.ts';
import { setupSingleInstance } from './single-instance.ts';
import { startOrExplain } from './start-failure.ts';
import { createTrayController, type TrayController } from './tray.ts';
import { initialWindowState, trackWindowState, windowStateFile } from './window-state.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let runtime: Runtime | null = null;
let tray: TrayController | null = null;
let closeNotifications: () => void = () => {};
let quitting = false;

function emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  sendToWindow(mainWindow, event, payload);
}

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

const assets = (): AssetLocation => ({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });

function createWindow(showWhenReady: boolean): BrowserWindow {
  const stateFile = windowStateFile(app.getPath('userData'));
  const state = initialWindowState(stateFile, screen);
  const icon = process.platform === 'linux' ? { icon: windowIconPath(assets()) } : {};
  const win = new BrowserWindow(windowOptions(preloadPath, state.bounds, icon));
  guardWebContents(win.webContents, openExternal);
  trackWindowState(win, { file: stateFile, onError: (error) => console.error('[afterview] window state not saved', error) });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    if (showWhenReady) win.show();
  });
  // Closing the window keeps reminders running from the tray, when the user wants that.
  win.on('close', (event) => {
    if (!quitting && tray && runtime?.service.doc.settings.keepRunningInTray) {
      event.preventDefault();
      win.hide();
    }
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function showWindow(): BrowserWindow {
  if (!mainWindow) mainWindow = createWindow(true);
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
  return mainWindow;
}

function menuAction(action: EventPayloads['menu:action']['action']): void {
  showWindow();
  emit('menu:action', { action });
}

function setupDesktopMenu(): void {
  setupMenu({
    platform: process.platform,
    appName: 'Afterview',
    isDevelopment: !app.isPackaged,
    actions: {
      newApplication: () => menuAction('new-application'),
      importData: () => menuAction('import'),
      exportData: (format) => void exportFromMenu(format, { router: runtime?.router ?? null, showError: (title, sentence) => dialog.showErrorBox(title, sentence) }),
      showShortcuts: () => menuAction('shortcuts'),
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      showAbout: () => app.showAboutPanel(),
      openSettings: () => menuAction('settings'),
      undo: () => emit('menu:action', { action: 'undo' }),
      redo: () => emit('menu:action', { action: 'redo' }),
    },
  });
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const loginEnvironment = { platform: process.platform, app, isPackaged: app.isPackaged, execPath: process.execPath, env: process.env };
  let startAtLogin = false;
  const notifier = createDesktopNotifier({
    Notification,
    onClick: (applicationId) => {
      showWindow();
      emit('card:focus', { applicationId });
    },
    // Seen only once the system shows it; a notification that cannot show goes to the
    // window's banner, which the window reads whenever it opens (no window yet at start).
    onShown: (group) => runtime?.scheduler.confirmShown(group.ids, 'notification'),
    fallback: (group, reason) => runtime?.scheduler.handOver(group.ids, reason),
  });
  closeNotifications = () => notifier.closeAll();
  tray = createTrayController({
    Tray,
    Menu,
    nativeImage,
    iconPath: trayIconPath(process.platform, assets()),
    onOpen: () => void showWindow(),
    onQuit: () => app.quit(),
    platform: process.platform,
    appName: 'Afterview',
  });
  runtime = await startRuntime({
    dataDir,
    backend: 'electron-store',
    lock: 'app',
    clock: systemClock,
    emit,
    deliverReminders: (group) => notifier.notify(group),
    onDueCount: (count) => {
      tray?.setDueCount(count);
      setDueBadge(count, app, process.platform);
    },
    onDocumentChanged: (doc) => {
      if (doc.settings.startAtLogin !== startAtLogin) {
        startAtLogin = doc.settings.startAtLogin;
        const result = applyStartAtLogin(startAtLogin, loginEnvironment);
        if (!result.ok) console.warn(`[afterview] start at login: ${result.reason}`);
      }
    },
    log: (message, error) => console.error(`[afterview] ${message}`, error ?? ''),
    host: {
      platform: { kind: 'desktop', dataDir, version: app.getVersion(), notifications: () => (notifier.supported ? 'granted' : 'unsupported') },
      writeClipboard: ({ text, html }) => clipboard.write(html === undefined ? { text } : { text, html }),
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
    },
  });
  const started = runtime;
  powerMonitor.on('resume', () => started.scheduler.resume());
  powerMonitor.on('unlock-screen', () => started.scheduler.resume());
  startAtLogin = started.service.doc.settings.startAtLogin;
  applyStartAtLogin(startAtLogin, loginEnvironment);
  registerIpc(started.router);
  denyPermissions(session.defaultSession);
  handleAppScheme(rendererDir);
  setupDesktopMenu();
  // Started at login: stay in the tray until the user opens the window.
  mainWindow = createWindow(!wasStartedAtLogin(process.argv, app, process.platform));
}

// The same folder the web host and the command line use (AFTERVIEW_DATA_DIR overrides it).
app.setPath('userData', defaultDataDir());
registerAppScheme();
setupAppUserModelId(app, process.platform, { isPackaged: app.isPackaged, execPath: process.execPath });

if (setupSingleInstance(app, () => void showWindow())) {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('activate', () => void showWindow());
  app.on('window-all-closed', () => {
    if (!tray || !runtime?.service.doc.settings.keepRunningInTray) app.quit();
  });
  app.on('before-quit', (event) => {
    quitting = true;
    if (!runtime) return;
    // Flush the last batched change to disk before the process goes.
    event.preventDefault();
    const closing = runtime;
    runtime = null;
    tray?.destroy();
    closeNotifications();
    void closeThenQuit(closing, { dataDir: app.getPath('userData'), dialog, app });
  });
  void startOrExplain(() => app.whenReady().then(start), {
    dataDir: () => app.getPath('userData'),
    tray: () => tray,
    runtime: () => runtime,
    dialog,
    app,
    log: (message) => console.error(`[afterview] ${message}`),
  });
}
