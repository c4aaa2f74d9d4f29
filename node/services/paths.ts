// Where Afterview keeps its data: the same folder Electron gives the desktop app as
// userData for productName "Afterview", so the web host and the command line find the
// app's file without Electron being loaded.
import os from 'node:os';
import path from 'node:path';

export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

export const PRODUCT_NAME = 'Afterview';
export const DATA_FILE_NAME = 'afterview.json';

/** The folder Electron's app.getPath('appData') names on each platform. */
function appDataDir({ platform, env, homedir }: PathEnvironment): string {
  if (platform === 'win32') return env.APPDATA || path.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(homedir, 'Library', 'Application Support');
  // Electron follows the XDG base directory spec on Linux and the BSDs.
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir, '.config');
}

/**
 * The data folder. AFTERVIEW_DATA_DIR overrides it (tests, portable installs); a host that
 * honours it must pass the same folder to Electron (app.setPath('userData', ...)).
 */
export function defaultDataDir(
  environment: PathEnvironment = { platform: process.platform, env: process.env, homedir: os.homedir() },
): string {
  const override = environment.env.AFTERVIEW_DATA_DIR;
  if (override) return path.resolve(override);
  return path.join(appDataDir(environment), PRODUCT_NAME);
}

export const dataFilePath = (dataDir: string): string => path.join(dataDir, DATA_FILE_NAME);
