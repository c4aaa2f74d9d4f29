// Windows matches notifications and taskbar pins to an app by its App User Model ID, which
// the NSIS installer writes on the Start menu shortcut from electron-builder.yml's appId.
// Without the same id here, notifications show as "electron.app.Afterview" or not at all.
export const APP_ID = 'app.afterview.desktop';

export interface AppUserModelApp {
  setAppUserModelId(id: string): void;
}

/**
 * Sets the id on Windows (a no-op elsewhere); call before the first notification. From
 * source there is no installed shortcut carrying APP_ID, so Electron's executable path is
 * used instead, which is what Windows falls back to for an unpackaged Electron.
 */
export function setupAppUserModelId(
  app: AppUserModelApp,
  platform: NodeJS.Platform,
  options: { isPackaged: boolean; execPath: string },
): string | null {
  if (platform !== 'win32') return null;
  const id = options.isPackaged ? APP_ID : options.execPath;
  app.setAppUserModelId(id);
  return id;
}
