import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { Menu as ElectronMenu, Tray as ElectronTray, nativeImage as electronNativeImage } from 'electron';
import { createTrayController, dueLabel, trayMenuTemplate } from '../../../electron/main/tray.ts';
import { trayIconPath, windowIconPath } from '../../../electron/main/desktop-assets.ts';
import { Menu, Tray, nativeImage } from '../../mocks/electron.ts';

function lastTray(): Tray {
  const tray = Tray.instances.at(-1);
  if (!tray) throw new Error('no tray was created');
  return tray;
}

function lastMenu(tray: Tray): MenuItemConstructorOptions[] {
  const menu = tray.setContextMenu.mock.calls.at(-1)?.[0] as { template: MenuItemConstructorOptions[] } | undefined;
  if (!menu) throw new Error('no context menu was set');
  return menu.template;
}

function controller(platform: NodeJS.Platform = 'linux') {
  const onOpen = vi.fn();
  const onQuit = vi.fn();
  const tray = createTrayController({
    Tray: ElectronTray,
    Menu: ElectronMenu,
    nativeImage: electronNativeImage,
    iconPath: '/resources/tray/tray.png',
    onOpen,
    onQuit,
    platform,
  });
  return { tray, fake: lastTray(), onOpen, onQuit };
}

beforeEach(() => {
  Tray.instances.length = 0;
  Menu.buildFromTemplate.mockClear();
  nativeImage.createFromPath.mockClear();
});

describe('dueLabel', () => {
  it('says nothing is due, one action, or how many', () => {
    expect(dueLabel(0)).toBe('Nothing due');
    expect(dueLabel(1)).toBe('1 action due');
    expect(dueLabel(3)).toBe('3 actions due');
  });
});

describe('trayMenuTemplate', () => {
  it('shows the count as a greyed line, then Open and Quit', () => {
    const template = trayMenuTemplate(2, 'Afterview', { onOpen: vi.fn(), onQuit: vi.fn() });
    expect(template.map((i) => i.label ?? i.type)).toEqual(['2 actions due', 'separator', 'Open Afterview', 'Quit']);
    expect(template[0]?.enabled).toBe(false);
  });
});

describe('createTrayController', () => {
  it('creates the tray from the given icon and starts with nothing due', () => {
    const { fake } = controller();
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/resources/tray/tray.png');
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Afterview — nothing due');
    expect(lastMenu(fake)[0]?.label).toBe('Nothing due');
  });

  it('updates the tooltip and the menu with the due count', () => {
    const { tray, fake } = controller();
    tray.setDueCount(3);
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Afterview — 3 actions due');
    expect(lastMenu(fake)[0]?.label).toBe('3 actions due');
    tray.setDueCount(1);
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Afterview — 1 action due');
  });

  it('does not rebuild the menu when the count has not changed', () => {
    const { tray, fake } = controller();
    tray.setDueCount(4);
    const calls = fake.setContextMenu.mock.calls.length;
    tray.setDueCount(4);
    expect(fake.setContextMenu.mock.calls.length).toBe(calls);
  });

  it('treats negative, fractional and non-numbers as counts it can show', () => {
    const { tray, fake } = controller();
    tray.setDueCount(2.7);
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Afterview — 2 actions due');
    tray.setDueCount(-1);
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Afterview — nothing due');
    tray.setDueCount(5);
    tray.setDueCount(Number.NaN);
    expect(lastMenu(fake)[0]?.label).toBe('Nothing due');
  });

  it('shows the number next to the menu-bar icon on macOS only, and clears it when nothing is due', () => {
    const mac = controller('darwin');
    mac.tray.setDueCount(3);
    expect(mac.fake.setTitle).toHaveBeenLastCalledWith('3');
    mac.tray.setDueCount(0);
    expect(mac.fake.setTitle).toHaveBeenLastCalledWith('');
    const windows = controller('win32');
    windows.tray.setDueCount(3);
    expect(windows.fake.setTitle).not.toHaveBeenCalled();
  });

  it('opens the app from the menu and from a click on the icon, and quits from the menu', () => {
    const { fake, onOpen, onQuit } = controller();
    const menu = lastMenu(fake);
    (menu.find((i) => i.id === 'open')?.click as () => void)();
    expect(onOpen).toHaveBeenCalledOnce();
    (menu.find((i) => i.id === 'quit')?.click as () => void)();
    expect(onQuit).toHaveBeenCalledOnce();
    const [event, listener] = fake.on.mock.calls[0] as [string, () => void];
    expect(event).toBe('click');
    listener();
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('destroys the tray once, and ignores counts after that', () => {
    const { tray, fake } = controller();
    tray.destroy();
    tray.destroy();
    expect(fake.destroy).toHaveBeenCalledOnce();
    const calls = fake.setToolTip.mock.calls.length;
    tray.setDueCount(7);
    expect(fake.setToolTip.mock.calls.length).toBe(calls);
  });
});

describe('desktop asset paths', () => {
  const installed = { isPackaged: true, resourcesPath: '/opt/Afterview/resources', appPath: '/opt/Afterview/resources/app.asar' };
  const source = { isPackaged: false, resourcesPath: '/x/node_modules/electron/dist/resources', appPath: '/home/me/afterview' };

  it('uses the black template image in the macOS menu bar and the colour icon elsewhere', () => {
    expect(trayIconPath('darwin', installed)).toBe('/opt/Afterview/resources/tray/trayTemplate.png');
    expect(trayIconPath('linux', installed)).toBe('/opt/Afterview/resources/tray/tray.png');
    expect(trayIconPath('win32', source)).toBe('/home/me/afterview/build/tray/tray.png');
  });

  it('reads the window icon from the resources when installed and from build/ from source', () => {
    expect(windowIconPath(installed)).toBe('/opt/Afterview/resources/icon.png');
    expect(windowIconPath(source)).toBe('/home/me/afterview/build/icons/256x256.png');
  });
});
