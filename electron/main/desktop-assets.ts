// Where the icon files are at run time. build/ is not inside the package (electron-builder
// never ships its build resources), so electron-builder.yml copies the tray images and one
// window icon into the resources folder with `extraResources`; while developing they are
// read straight from build/ in the repository.
import path from 'node:path';

export interface AssetLocation {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.resourcesPath` in the installed app. */
  resourcesPath: string;
  /** The repository root while developing (`app.getAppPath()`). */
  appPath: string;
}

/** The tray image: a black "template" on macOS, which the menu bar tints; colour elsewhere. */
export function trayIconPath(platform: NodeJS.Platform, where: AssetLocation): string {
  const file = platform === 'darwin' ? 'trayTemplate.png' : 'tray.png';
  return where.isPackaged ? path.join(where.resourcesPath, 'tray', file) : path.join(where.appPath, 'build', 'tray', file);
}

/**
 * The window icon for Linux (the title bar and task switcher of an AppImage, which has no
 * installed icon theme entry). macOS and Windows take the icon from the app bundle or the
 * executable, so the BrowserWindow `icon` option is only needed on Linux.
 */
export function windowIconPath(where: AssetLocation): string {
  return where.isPackaged ? path.join(where.resourcesPath, 'icon.png') : path.join(where.appPath, 'build', 'icons', '256x256.png');
}
