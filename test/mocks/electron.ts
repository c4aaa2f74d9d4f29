// A stand-in for the 'electron' module in Node tests: Electron cannot run on this machine
// or in CI, so main-process code is tested against these fakes. Each fake records what it
// was asked to do, and tests assert on those records. Extend it as services need more.
import { vi } from 'vitest';
import os from 'node:os';
import path from 'node:path';

const userData = path.join(os.tmpdir(), 'afterview-test-userdata');

export const app = {
  getPath: vi.fn((name: string) => (name === 'userData' ? userData : os.tmpdir())),
  getName: vi.fn(() => 'Afterview'),
  getVersion: vi.fn(() => '0.1.0'),
  isPackaged: false,
  on: vi.fn(),
  once: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  focus: vi.fn(),
  setAppUserModelId: vi.fn(),
  setLoginItemSettings: vi.fn(),
  getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
  setBadgeCount: vi.fn(() => true),
  dock: { setBadge: vi.fn() },
};

export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const shell = { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) };
export const clipboard = { write: vi.fn(), writeText: vi.fn(), readText: vi.fn(() => ''), readHTML: vi.fn(() => '') };
export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() };
export const powerMonitor = { on: vi.fn() };
export const nativeImage = { createFromPath: vi.fn(() => ({ resize: vi.fn(), isEmpty: () => false })) };

export class Notification {
  static isSupported = vi.fn(() => true);
  static instances: Notification[] = [];
  listeners: Record<string, (() => void)[]> = {};
  constructor(public options: { title: string; body?: string; silent?: boolean }) {
    Notification.instances.push(this);
  }
  show = vi.fn();
  close = vi.fn();
  on(event: string, fn: () => void) {
    (this.listeners[event] ??= []).push(fn);
    return this;
  }
  emit(event: string) {
    for (const fn of this.listeners[event] ?? []) fn();
  }
}

export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
export class Tray {
  static instances: Tray[] = [];
  constructor(public image: unknown) {
    Tray.instances.push(this);
  }
  setToolTip = vi.fn();
  setContextMenu = vi.fn();
  setTitle = vi.fn();
  on = vi.fn();
  destroy = vi.fn();
}
export class BrowserWindow {
  static getAllWindows = vi.fn((): BrowserWindow[] => []);
  constructor(public options: unknown) {}
}
// Two side-by-side displays by default; tests replace the list to model other setups.
export const screen = {
  getAllDisplays: vi.fn(() => [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1024 } },
  ]),
  getPrimaryDisplay: vi.fn(() => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
};
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const net = { fetch: vi.fn() };
export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } };

const electron = { protocol, net, app, ipcMain, ipcRenderer, contextBridge, shell, clipboard, dialog, powerMonitor, nativeImage, Notification, Menu, Tray, BrowserWindow, session, screen };
export default electron;
