// A stand-in for the 'electron' module in Node tests: Electron cannot run on this machine
// or in CI, so main-process code is tested against these fakes. Each fake records what it
// was asked to do, and tests assert on those records. Extend it as services need more.
import { vi } from 'vitest';
import os from 'node:os';
import path from 'node:path';

const userData = path.join(os.tmpdir(), 'afterview-test-userdata');

// Listeners take whatever the event passes; the mock does not check Electron's signatures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

/** Listeners by event name, so a test can emit what Electron would ('second-instance', 'before-quit'...). */
class Listeners {
  private readonly byEvent = new Map<string, Listener[]>();
  add(event: string, listener: Listener, once = false): void {
    const wrapped: Listener = once
      ? (...args) => {
          this.remove(event, wrapped);
          return listener(...args);
        }
      : listener;
    this.byEvent.set(event, [...(this.byEvent.get(event) ?? []), wrapped]);
  }
  remove(event: string, listener: Listener): void {
    this.byEvent.set(
      event,
      (this.byEvent.get(event) ?? []).filter((l) => l !== listener),
    );
  }
  emit(event: string, ...args: unknown[]): boolean {
    const current = this.byEvent.get(event) ?? [];
    for (const listener of current) listener(...args);
    return current.length > 0;
  }
  count(event: string): number {
    return this.byEvent.get(event)?.length ?? 0;
  }
  clear(): void {
    this.byEvent.clear();
  }
}

const appListeners = new Listeners();
const paths = new Map<string, string>();

/** A fake event with preventDefault, as Electron passes to 'before-quit', 'will-navigate'... */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
  };
  return event;
}

export const app = {
  getPath: vi.fn((name: string) => paths.get(name) ?? (name === 'userData' ? userData : os.tmpdir())),
  setPath: vi.fn((name: string, value: string) => {
    paths.set(name, value);
  }),
  getAppPath: vi.fn(() => process.cwd()),
  showAboutPanel: vi.fn(),
  /** Test helpers: what Electron would emit, how many listeners, and a clean slate. */
  emit: (event: string, ...args: unknown[]) => appListeners.emit(event, ...args),
  listenerCount: (event: string) => appListeners.count(event),
  resetForTest() {
    appListeners.clear();
    paths.clear();
  },
  getName: vi.fn(() => 'Afterview'),
  getVersion: vi.fn(() => '0.1.0'),
  isPackaged: false,
  on: vi.fn((event: string, listener: Listener): unknown => {
    appListeners.add(event, listener);
    return app;
  }),
  once: vi.fn((event: string, listener: Listener): unknown => {
    appListeners.add(event, listener, true);
    return app;
  }),
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
// Electron 44+: the W3C-style clipboard, written with ClipboardItems keyed by MIME type.
export const clipboard = {
  write: vi.fn((_items: unknown[]) => Promise.resolve()),
  writeText: vi.fn(() => Promise.resolve()),
  readText: vi.fn(() => Promise.resolve('')),
  read: vi.fn(() => Promise.resolve([])),
};
export class ClipboardItem {
  readonly types: string[];
  constructor(public readonly items: Record<string, unknown>) {
    this.types = Object.keys(items);
  }
}
export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() };
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
export class WebContents {
  private readonly listeners = new Listeners();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.add(event, listener);
    return this;
  });
  setWindowOpenHandler = vi.fn();
  send = vi.fn();
  isDestroyed = vi.fn(() => false);
  emit(event: string, ...args: unknown[]): boolean {
    return this.listeners.emit(event, ...args);
  }
  listenerCount(event: string): number {
    return this.listeners.count(event);
  }
}
/** Like Electron, a new window's webContents is announced on app 'web-contents-created'. */
export class BrowserWindow {
  static getAllWindows = vi.fn((): BrowserWindow[] => BrowserWindow.instances.filter((w) => !w.destroyed));
  static instances: BrowserWindow[] = [];
  private readonly listeners = new Listeners();
  readonly webContents = new WebContents();
  destroyed = false;
  minimized = false;
  constructor(public options: unknown) {
    BrowserWindow.instances.push(this);
    appListeners.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.add(event, listener);
    return this;
  });
  once = vi.fn((event: string, listener: Listener) => {
    this.listeners.add(event, listener, true);
    return this;
  });
  emit(event: string, ...args: unknown[]): boolean {
    return this.listeners.emit(event, ...args);
  }
  loadURL = vi.fn(() => Promise.resolve());
  show = vi.fn();
  hide = vi.fn();
  focus = vi.fn();
  maximize = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  isMaximized = vi.fn(() => false);
  isFullScreen = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  getNormalBounds = vi.fn(() => ({ x: 0, y: 0, width: 1280, height: 820 }));
}
// Two side-by-side displays by default; tests replace the list to model other setups.
export const screen = {
  getAllDisplays: vi.fn(() => [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1024 } },
  ]),
  getPrimaryDisplay: vi.fn(() => ({
    id: 1,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  })),
};
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const net = { fetch: vi.fn() };
export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } };

const electron = {
  protocol,
  net,
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  shell,
  clipboard,
  ClipboardItem,
  dialog,
  powerMonitor,
  nativeImage,
  Notification,
  Menu,
  Tray,
  BrowserWindow,
  session,
  screen,
};
export default electron;
