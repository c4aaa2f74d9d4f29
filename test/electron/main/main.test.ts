// main() with the electron module mocked (test/mocks/electron.ts) and the real services on
// a temporary data folder: what the desktop entry wires up, and in what order. What
// Electron itself does with these calls is checked by the Electron suite (test/desktop),
// which runs only where the Electron binary is installed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels.ts';
import { startRuntime } from '../../../node/services/app-runtime.ts';
import { DataLockedError } from '../../../node/services/storage/lock.ts';
import { main, type MainEnvironment } from '../../../electron/main/main.ts';
import { START_FAILURE_TITLE } from '../../../electron/main/start-failure.ts';
import { TEST_HOOKS_GLOBAL } from '../../../electron/main/test-mode.ts';
import {
  BrowserWindow,
  ClipboardItem,
  Notification,
  Tray,
  app,
  clipboard,
  dialog,
  fakeEvent,
  ipcMain,
  protocol,
  session,
} from '../../mocks/electron.ts';

const TRUSTED = { senderFrame: { url: 'app://afterview/index.html', parent: null } };
const UNTRUSTED = { senderFrame: { url: 'https://evil.example/', parent: null } };

let dataDir: string;
let current: ReturnType<typeof main> = null;

function environment(overrides: Partial<MainEnvironment> = {}): MainEnvironment {
  return {
    argv: ['/opt/electron', 'dist/electron/main.mjs'],
    env: { AFTERVIEW_DATA_DIR: dataDir },
    platform: 'linux',
    execPath: '/opt/electron',
    resourcesPath: '/opt/afterview/resources',
    homedir: os.tmpdir(),
    bundleDir: '/opt/afterview/dist/electron',
    startRuntime,
    ...overrides,
  };
}

async function started(overrides: Partial<MainEnvironment> = {}) {
  const running = main(environment(overrides));
  if (!running) throw new Error('main() did not start');
  current = running;
  await running.started;
  return running;
}

/** The handler main() registered for a channel through the IPC wrapper. */
function handler(
  channel: string,
): (event: unknown, payload?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel) as unknown as [string, never] | undefined;
  if (!call) throw new Error(`${channel} is not registered`);
  return call[1];
}

async function quit(): Promise<void> {
  const event = fakeEvent();
  app.emit('before-quit', event);
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'afterview-main-'));
  vi.clearAllMocks();
  app.resetForTest();
  BrowserWindow.instances = [];
  Tray.instances = [];
  Notification.instances = [];
  delete (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL];
});

afterEach(async () => {
  // Closes the runtime a test left running (its lock and timers).
  if (current?.state.runtime) await quit();
  current = null;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main()', () => {
  it('does nothing on import: the entry calls it', () => {
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(app.on).not.toHaveBeenCalled();
  });

  it('uses the data folder AFTERVIEW_DATA_DIR names, registers app:// before ready, and opens one window on the app page with the secure options', async () => {
    await started();
    expect(app.getPath('userData')).toBe(dataDir);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(BrowserWindow.instances).toHaveLength(1);
    const [win] = BrowserWindow.instances;
    const options = win?.options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    // The full list is windowOptions' (security.test.ts); here: the window really gets it.
    expect(options.webPreferences).toMatchObject({
      preload: path.join('/opt/afterview/dist/electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
    expect(options.webPreferences).toMatchObject({ nodeIntegration: false, webSecurity: true });
    expect(win?.loadURL).toHaveBeenCalledWith('app://afterview/index.html');
    win?.emit('ready-to-show');
    expect(win?.show).toHaveBeenCalledOnce();
  });

  it('registers every IPC channel once, through the wrapper that checks the sender', async () => {
    await started();
    const names = ipcMain.handle.mock.calls.map(([name]) => name);
    expect([...names].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(await handler('state:get')(TRUSTED)).toMatchObject({ ok: true });
    expect(await handler('state:get')(UNTRUSTED)).toMatchObject({ ok: false });
  });

  it('installs the guards once, for every web contents, the main window included', async () => {
    await started();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const contents = BrowserWindow.instances[0]?.webContents;
    expect(contents?.setWindowOpenHandler).toHaveBeenCalledOnce();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) expect(contents?.listenerCount(event), event).toBe(1);
    const deny = contents?.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => { action: string };
    expect(deny({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent();
    contents?.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    // A second window (after the first was closed) is guarded by the same listener, once.
    BrowserWindow.instances[0]?.emit('closed');
    app.emit('activate');
    expect(BrowserWindow.instances).toHaveLength(2);
    expect(BrowserWindow.instances[1]?.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward when Afterview is started again, and makes a new one only if it was closed', async () => {
    await started();
    const [win] = BrowserWindow.instances;
    if (!win) throw new Error('no window');
    win.minimized = true;
    app.emit('second-instance', fakeEvent(), ['/opt/electron', '.'], '/home/sam');
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    win.emit('closed');
    app.emit('second-instance', fakeEvent(), ['/opt/electron', '.'], '/home/sam');
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('quits when another copy already runs, without a window or the data', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(main(environment())).toBeNull();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('writes the data to disk before quitting, closes the tray, and frees the data for the next start', async () => {
    const { state } = await started();
    const added = await handler('state:command')(TRUSTED, {
      type: 'addApplication',
      id: 'app-1',
      at: '2026-12-01T09:00:00.000Z',
      eventId: 'e1',
      fields: { company: 'Quitting Ltd', role: 'Designer' },
    });
    expect(added).toMatchObject({ ok: true });
    const event = fakeEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(state.runtime).toBeNull();
    expect(Tray.instances[0]?.destroy).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(readFileSync(path.join(dataDir, 'afterview.json'), 'utf8')).toContain('Quitting Ltd');
    expect(existsSync(path.join(dataDir, 'afterview.lock'))).toBe(false);
    // The quit that follows is let through.
    const again = fakeEvent();
    app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('explains a failed start in a sentence, leaves no tray icon or window behind, and exits with 1', async () => {
    const holder = { pid: 4242, owner: 'web' as const, hostname: os.hostname(), since: '2026-12-01T09:00:00.000Z' };
    await started({ startRuntime: () => Promise.reject(new DataLockedError(holder, path.join(dataDir, 'afterview.lock'))) });
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, sentence] = dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe(START_FAILURE_TITLE);
    expect(sentence).toMatch(/already running in a web browser \(the web host, process 4242\)/);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(Tray.instances[0]?.destroy).toHaveBeenCalledOnce();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('copies a draft as one clipboard item carrying text and HTML', async () => {
    await started();
    const copied = await handler('clipboard:write')(TRUSTED, { text: 'Hello Dana', html: '<p>Hello Dana</p>' });
    expect(copied).toMatchObject({ ok: true });
    expect(clipboard.write).toHaveBeenCalledOnce();
    const [items] = clipboard.write.mock.calls[0] as unknown as [ClipboardItem[]];
    expect(items).toHaveLength(1);
    expect(items[0]).toBeInstanceOf(ClipboardItem);
    expect(items[0]?.items).toEqual({ 'text/plain': 'Hello Dana', 'text/html': '<p>Hello Dana</p>' });
  });

  it('shows the due count in the tray tooltip', async () => {
    await started();
    const tray = Tray.instances[0];
    expect(tray?.setToolTip).toHaveBeenLastCalledWith('Afterview — nothing due');
  });

  it('exposes the test hooks only in test mode', async () => {
    await started({ argv: ['/opt/electron', '.', '--test-clock=2026-12-01T15:00:00.000Z'] });
    expect((globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL]).toBeUndefined();
  });

  it('in test mode, runs on the pinned clock: a reminder falls due, the tray counts it, and a click on its notification opens its card', async () => {
    await started({
      argv: ['/opt/electron', '.', '--test-clock=2026-12-01T15:00:00.000Z'],
      env: { AFTERVIEW_DATA_DIR: dataDir, AFTERVIEW_TEST_MODE: '1' },
    });
    const hooks = (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] as {
      trayToolTip(): string | null;
      notifications(): { title: string }[];
      clickNotification(): boolean;
    };
    expect(hooks.trayToolTip()).toBe('Afterview — nothing due');
    const command = handler('state:command');
    const at = '2026-11-28T10:00:00.000Z';
    await command(TRUSTED, { type: 'updateSettings', settings: { onboarded: true } });
    await command(TRUSTED, { type: 'addApplication', id: 'app-1', at, eventId: 'e1', fields: { company: 'Contoso', role: 'Designer' } });
    await command(TRUSTED, {
      type: 'upsertContact',
      id: 'app-1',
      at,
      contact: { id: 'c1', name: 'Dana Whitfield', title: '', email: '', linkedin: '' },
    });
    // An interview that ended yesterday (on the pinned clock): the thank-you note is overdue.
    const round = { id: 'r1', startsAt: '2026-11-30T13:00:00.000Z', minutes: 60, kind: 'video', interviewerIds: ['c1'], topics: '' };
    expect(await command(TRUSTED, { type: 'addRound', id: 'app-1', at, eventId: 'e2', round })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(hooks.notifications()).toHaveLength(1));
    expect(hooks.trayToolTip()).toBe('Afterview — 1 action due');
    const win = BrowserWindow.instances[0];
    win?.webContents.send.mockClear();
    expect(hooks.clickNotification()).toBe(true);
    expect(win?.webContents.send).toHaveBeenCalledWith('card:focus', { applicationId: 'app-1' });
    expect(win?.focus).toHaveBeenCalled();
    // The thank-you is sent: the tray follows.
    await command(TRUSTED, {
      type: 'logEvent',
      id: 'app-1',
      event: { id: 'e3', kind: 'thank_you_sent', at: '2026-12-01T15:00:00.000Z', note: '', roundId: 'r1' },
    });
    expect(hooks.trayToolTip()).toBe('Afterview — nothing due');
  });
});
