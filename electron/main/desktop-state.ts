// Everything the running desktop app holds, in one object that main() creates: no module
// of the main process keeps state of its own, so main() can run again in a test with a
// fresh one.
import type { BrowserWindow } from 'electron';
import type { Runtime } from '../../node/services/app-runtime.ts';
import type { startRuntime } from '../../node/services/app-runtime.ts';
import type { TrayController } from './tray.ts';

/** What main() reads from the process; tests pass their own. */
export interface MainEnvironment {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  execPath: string;
  resourcesPath: string;
  homedir: string;
  /** The folder of the built main process (dist/electron): preload.cjs is beside it, the renderer in ../renderer. */
  bundleDir: string;
  startRuntime: typeof startRuntime;
}

export interface DesktopState {
  window: BrowserWindow | null;
  runtime: Runtime | null;
  tray: TrayController | null;
  /** Closes every live notification (set once the notifier exists). */
  closeNotifications: () => void;
  /** Set on 'before-quit': the window then really closes instead of hiding in the tray. */
  quitting: boolean;
  /** The start-at-login setting last applied, so it is applied again only when it changes. */
  startAtLogin: boolean;
}

export function createDesktopState(): DesktopState {
  return { window: null, runtime: null, tray: null, closeNotifications: () => {}, quitting: false, startAtLogin: false };
}
