// The desktop app's entry: wiring only. Each feature is set up by one call; the work is
// done by Electron-free services (electron/services) that are tested in Node.
import { app, BrowserWindow, clipboard, dialog, shell, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import { startRuntime, type Runtime } from '../services/app-runtime.ts';
import { denyPermissions, guardWebContents } from './guards.ts';
import { registerIpc, sendToWindow } from './ipc.ts';
import { handleAppScheme, registerAppScheme } from './protocol.ts';
import { APP_ORIGIN, isSafeExternalUrl, windowOptions } from './security.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let runtime: Runtime | null = null;

function emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  sendToWindow(mainWindow, event, payload);
}

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath, { width: 1280, height: 820 }));
  guardWebContents(win.webContents, openExternal);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  win.on('closed', () => {
    mainWindow = null;
  });
  return win;
}

function showWindow(): void {
  if (!mainWindow) mainWindow = createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  runtime = await startRuntime({
    dataDir,
    backend: 'electron-store',
    lock: 'app',
    emit,
    log: (message, error) => console.error(`[afterview] ${message}`, error ?? ''),
    host: {
      platform: { kind: 'desktop', dataDir, version: app.getVersion(), notifications: () => 'granted' },
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
  registerIpc(runtime.router);
  denyPermissions(session.defaultSession);
  handleAppScheme(rendererDir);
  mainWindow = createWindow();
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Only one writer of the data: a second launch hands over to the first and leaves.
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('activate', showWindow);
  app.on('before-quit', (event) => {
    if (!runtime) return;
    event.preventDefault();
    const closing = runtime;
    runtime = null;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Afterview could not start', String((error as Error)?.message ?? error));
    app.exit(1);
  });
}
