import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app as electronApp } from 'electron';
import {
  START_HIDDEN_FLAG,
  applyStartAtLogin,
  autostartDesktopEntry,
  autostartFilePath,
  isStartAtLoginEnabled,
  launcherPath,
  quoteExecArgument,
  startAtLoginSupport,
  wasStartedAtLogin,
  type LoginItemEnvironment,
} from '../../../electron/main/login-item.ts';
import { app } from '../../mocks/electron.ts';

let home: string;

function linux(overrides: Partial<LoginItemEnvironment> = {}): LoginItemEnvironment {
  return { platform: 'linux', app: electronApp, isPackaged: true, execPath: '/opt/Afterview/afterview', env: { HOME: home }, ...overrides };
}

beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'afterview-home-'));
  app.setLoginItemSettings.mockClear();
  app.getLoginItemSettings.mockClear();
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('startAtLoginSupport', () => {
  it('uses Electron on macOS and Windows and an autostart file on Linux', () => {
    expect(startAtLoginSupport('darwin')).toBe('native');
    expect(startAtLoginSupport('win32')).toBe('native');
    expect(startAtLoginSupport('linux')).toBe('autostart-file');
    expect(startAtLoginSupport('aix')).toBe('unsupported');
  });
});

describe('on Linux, an autostart .desktop file', () => {
  it('is written to ~/.config/autostart when turned on and removed when turned off', () => {
    const file = path.join(home, '.config', 'autostart', 'afterview.desktop');
    expect(applyStartAtLogin(true, linux())).toEqual({ ok: true, enabled: true });
    expect(readFileSync(file, 'utf8')).toContain(`Exec=/opt/Afterview/afterview ${START_HIDDEN_FLAG}`);
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(isStartAtLoginEnabled(linux())).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual(['afterview.desktop']);

    expect(applyStartAtLogin(false, linux())).toEqual({ ok: true, enabled: false });
    expect(existsSync(file)).toBe(false);
    expect(isStartAtLoginEnabled(linux())).toBe(false);
    // Turning off twice is fine.
    expect(applyStartAtLogin(false, linux())).toEqual({ ok: true, enabled: false });
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('follows XDG_CONFIG_HOME when it is set', () => {
    const configHome = path.join(home, 'elsewhere');
    applyStartAtLogin(true, linux({ env: { HOME: home, XDG_CONFIG_HOME: configHome } }));
    expect(existsSync(path.join(configHome, 'autostart', 'afterview.desktop'))).toBe(true);
  });

  it('starts the .AppImage file itself, not its temporary mount', () => {
    const env = { HOME: home, APPIMAGE: '/home/me/Apps/Afterview 0.1.0.AppImage' };
    expect(launcherPath({ execPath: '/tmp/.mount_AfterXYZ/afterview', env })).toBe(env.APPIMAGE);
    applyStartAtLogin(true, linux({ execPath: '/tmp/.mount_AfterXYZ/afterview', env }));
    const entry = readFileSync(autostartFilePath(env) ?? '', 'utf8');
    expect(entry).toContain('Exec="/home/me/Apps/Afterview 0.1.0.AppImage" --hidden');
  });

  it('reports, without throwing, a folder it cannot write', () => {
    writeFileSync(path.join(home, '.config'), 'a file where the folder should be');
    const result = applyStartAtLogin(true, linux());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/could not change whether it starts at login/);
  });

  it('reports a missing home folder', () => {
    const result = applyStartAtLogin(true, linux({ env: {} }));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/home folder/) });
  });
});

describe('autostartDesktopEntry', () => {
  it('is a valid desktop entry that starts the app hidden', () => {
    const entry = autostartDesktopEntry('/opt/Afterview/afterview');
    const lines = entry.trim().split('\n');
    expect(lines[0]).toBe('[Desktop Entry]');
    expect(lines).toContain('Type=Application');
    expect(lines).toContain('Name=Afterview');
    expect(lines).toContain('Exec=/opt/Afterview/afterview --hidden');
    for (const line of lines.slice(1)) expect(line).toMatch(/^[A-Za-z-]+=.+$/);
  });

  it('quotes paths with spaces and escapes the characters the spec reserves', () => {
    expect(quoteExecArgument('/opt/Afterview/afterview')).toBe('/opt/Afterview/afterview');
    expect(quoteExecArgument('/home/me/My Apps/a.AppImage')).toBe('"/home/me/My Apps/a.AppImage"');
    expect(quoteExecArgument('/x/$HOME "q" `b` \\')).toBe('"/x/\\$HOME \\"q\\" \\`b\\` \\\\"');
  });
});

describe('on macOS and Windows, Electron login items', () => {
  it('registers the app on Windows with the hidden flag', () => {
    const result = applyStartAtLogin(true, { ...linux(), platform: 'win32', execPath: 'C:\\Afterview\\Afterview.exe' });
    expect(result).toEqual({ ok: true, enabled: true });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      path: 'C:\\Afterview\\Afterview.exe',
      args: [START_HIDDEN_FLAG],
    });
    isStartAtLoginEnabled({ ...linux(), platform: 'win32', execPath: 'C:\\Afterview\\Afterview.exe' });
    // Windows only finds the entry when asked with the same path and arguments.
    expect(app.getLoginItemSettings).toHaveBeenCalledWith({ path: 'C:\\Afterview\\Afterview.exe', args: [START_HIDDEN_FLAG] });
  });

  it('registers and unregisters the app on macOS, where login items take no arguments', () => {
    applyStartAtLogin(true, { ...linux(), platform: 'darwin' });
    applyStartAtLogin(false, { ...linux(), platform: 'darwin' });
    expect(app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
    expect(readdirSync(home)).toEqual([]);
  });

  it('does nothing from source, where the executable is Electron itself', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const result = applyStartAtLogin(true, linux({ platform, isPackaged: false }));
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/installed app/) });
    }
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    expect(readdirSync(home)).toEqual([]);
  });

  it('passes on a failure from the system as a sentence', () => {
    app.setLoginItemSettings.mockImplementationOnce(() => {
      throw new Error('access denied');
    });
    const result = applyStartAtLogin(true, { ...linux(), platform: 'win32' });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('access denied') });
  });
});

describe('wasStartedAtLogin', () => {
  it('is true with the hidden flag, or on macOS when the system says so', () => {
    expect(wasStartedAtLogin(['/opt/Afterview/afterview', '--hidden'], electronApp, 'linux')).toBe(true);
    expect(wasStartedAtLogin(['/opt/Afterview/afterview'], electronApp, 'linux')).toBe(false);
    app.getLoginItemSettings.mockReturnValueOnce({ openAtLogin: true, wasOpenedAtLogin: true } as never);
    expect(wasStartedAtLogin(['/Applications/Afterview.app/Contents/MacOS/Afterview'], electronApp, 'darwin')).toBe(true);
    expect(wasStartedAtLogin(['/Applications/Afterview.app/Contents/MacOS/Afterview'], electronApp, 'darwin')).toBe(false);
  });
});
