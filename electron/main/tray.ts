// The tray (notification area) icon: how many actions are due at a glance, and a way back
// into the app when its window is closed but it keeps running for reminders.
// Electron's Tray, Menu and nativeImage come in as parameters so the tests can pass fakes.
import type { Menu as ElectronMenu, MenuItemConstructorOptions, NativeImage, Tray as ElectronTray } from 'electron';

export interface TrayDependencies {
  Tray: new (image: NativeImage) => ElectronTray;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): ElectronMenu };
  nativeImage: { createFromPath(path: string): NativeImage };
  /** See trayIconPath in desktop-assets.ts. */
  iconPath: string;
  onOpen(): void;
  onQuit(): void;
  /** Defaults to process.platform; the menu-bar title is a macOS feature. */
  platform?: NodeJS.Platform;
  appName?: string;
}

export interface TrayController {
  setDueCount(count: number): void;
  destroy(): void;
}

/** "Nothing due", "1 action due", "3 actions due". */
export function dueLabel(count: number): string {
  if (count <= 0) return 'Nothing due';
  return count === 1 ? '1 action due' : `${count} actions due`;
}

function normaliseCount(count: number): number {
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

export function trayMenuTemplate(
  count: number,
  appName: string,
  handlers: Pick<TrayDependencies, 'onOpen' | 'onQuit'>,
): MenuItemConstructorOptions[] {
  return [
    // A line of information, not a command: shown greyed out.
    { id: 'due', label: dueLabel(count), enabled: false },
    { type: 'separator' },
    { id: 'open', label: `Open ${appName}`, click: () => handlers.onOpen() },
    { id: 'quit', label: 'Quit', click: () => handlers.onQuit() },
  ];
}

export function createTrayController(deps: TrayDependencies): TrayController {
  const platform = deps.platform ?? process.platform;
  const appName = deps.appName ?? 'Afterview';
  const tray = new deps.Tray(deps.nativeImage.createFromPath(deps.iconPath));
  let shown: number | null = null;
  let destroyed = false;

  // Windows and macOS report a click on the icon; most Linux panels (AppIndicator) only
  // open the menu, which is why "Open Afterview" is in the menu too.
  tray.on('click', () => deps.onOpen());

  function setDueCount(raw: number) {
    const count = normaliseCount(raw);
    if (destroyed || count === shown) return;
    shown = count;
    tray.setToolTip(count > 0 ? `${appName} — ${dueLabel(count)}` : `${appName} — nothing due`);
    // The number next to the menu-bar icon; empty when nothing is due, so it stays quiet.
    if (platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
    // Linux needs the menu set again for a changed label to show, so it is rebuilt each time.
    tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(count, appName, deps)));
  }

  setDueCount(0);
  return {
    setDueCount,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tray.destroy();
    },
  };
}
