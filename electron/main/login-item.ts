// "Start Afterview when I log in" (the startAtLogin setting), so reminders fire without
// the user remembering to open the app. Electron's app.setLoginItemSettings covers macOS
// and Windows only; on Linux the freedesktop way is a .desktop file in the autostart
// folder (~/.config/autostart), which GNOME, KDE, Xfce and most other desktops read.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LOGIN_ITEM_FROM_SOURCE, LOGIN_ITEM_NO_HOME, LOGIN_ITEM_UNSUPPORTED, loginItemFailed } from './sentences.ts';

/** Passed on the command line when the system starts the app, so it can stay in the tray. */
export const START_HIDDEN_FLAG = '--hidden';
export const AUTOSTART_FILE_NAME = 'afterview.desktop';

export type StartAtLoginSupport = 'native' | 'autostart-file' | 'unsupported';

export type StartAtLoginResult = { ok: true; enabled: boolean } | { ok: false; reason: string };

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
  getLoginItemSettings(options?: { path?: string; args?: string[] }): { openAtLogin: boolean; wasOpenedAtLogin?: boolean };
}

export interface LoginItemEnvironment {
  platform: NodeJS.Platform;
  app: LoginItemApp;
  /** `app.isPackaged`: from source, the executable is Electron itself, not Afterview. */
  isPackaged: boolean;
  /** `process.execPath`. */
  execPath: string;
  /** `process.env`: APPIMAGE, XDG_CONFIG_HOME, HOME. */
  env: Record<string, string | undefined>;
  appName?: string;
}

export function startAtLoginSupport(platform: NodeJS.Platform): StartAtLoginSupport {
  if (platform === 'darwin' || platform === 'win32') return 'native';
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') return 'autostart-file';
  return 'unsupported';
}

export function autostartFilePath(env: LoginItemEnvironment['env']): string | null {
  const configHome = env.XDG_CONFIG_HOME || (env.HOME ? path.join(env.HOME, '.config') : null);
  return configHome ? path.join(configHome, 'autostart', AUTOSTART_FILE_NAME) : null;
}

/**
 * The program to start. An AppImage runs from a temporary mount that changes every time,
 * so the autostart entry must name the .AppImage file itself (AppImage sets $APPIMAGE).
 */
export function launcherPath(environment: Pick<LoginItemEnvironment, 'execPath' | 'env'>): string {
  return environment.env.APPIMAGE || environment.execPath;
}

/** Quotes an Exec argument as the Desktop Entry Specification asks, so paths with spaces work. */
export function quoteExecArgument(argument: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(argument)) return argument;
  return `"${argument.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
}

export function autostartDesktopEntry(executable: string, appName = 'Afterview'): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${appName}`,
    'Comment=Reminders for what to send after each interview',
    `Exec=${quoteExecArgument(executable)} ${START_HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

function writeAtomically(file: string, content: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o644 });
  renameSync(temporary, file);
}

/** Turns start-at-login on or off; call at start with the saved setting and whenever it changes. */
export function applyStartAtLogin(enabled: boolean, environment: LoginItemEnvironment): StartAtLoginResult {
  const support = startAtLoginSupport(environment.platform);
  if (support === 'unsupported') return { ok: false, reason: LOGIN_ITEM_UNSUPPORTED };
  // From source the executable is the development copy of Electron; registering it would
  // start a bare Electron at every login.
  if (!environment.isPackaged) return { ok: false, reason: LOGIN_ITEM_FROM_SOURCE };
  try {
    if (support === 'native') {
      // On Windows the flag goes to the registry entry; macOS cannot pass arguments to a
      // login item and reports wasOpenedAtLogin instead (see wasStartedAtLogin).
      const args = environment.platform === 'win32' ? [START_HIDDEN_FLAG] : undefined;
      environment.app.setLoginItemSettings({ openAtLogin: enabled, ...(args ? { path: environment.execPath, args } : {}) });
      return { ok: true, enabled };
    }
    const file = autostartFilePath(environment.env);
    if (!file) return { ok: false, reason: LOGIN_ITEM_NO_HOME };
    if (enabled) writeAtomically(file, autostartDesktopEntry(launcherPath(environment), environment.appName));
    else rmSync(file, { force: true });
    return { ok: true, enabled };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: loginItemFailed(detail) };
  }
}

/** Whether the system will start the app at login, as far as it can tell. */
export function isStartAtLoginEnabled(environment: LoginItemEnvironment): boolean {
  const support = startAtLoginSupport(environment.platform);
  if (support === 'native') {
    const args = environment.platform === 'win32' ? [START_HIDDEN_FLAG] : undefined;
    return environment.app.getLoginItemSettings(args ? { path: environment.execPath, args } : undefined).openAtLogin;
  }
  if (support === 'autostart-file') {
    const file = autostartFilePath(environment.env);
    return file !== null && existsSync(file);
  }
  return false;
}

/** True when the system started the app at login: open quietly in the tray, no window. */
export function wasStartedAtLogin(argv: readonly string[], app: LoginItemApp, platform: NodeJS.Platform): boolean {
  if (argv.includes(START_HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
