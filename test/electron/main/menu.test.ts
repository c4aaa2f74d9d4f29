import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, setupMenu, type MenuActions } from '../../../electron/main/menu.ts';
import { Menu } from '../../mocks/electron.ts';

function fakeActions(): MenuActions {
  return {
    newApplication: vi.fn(),
    importData: vi.fn(),
    exportData: vi.fn(),
    showShortcuts: vi.fn(),
    openDataFolder: vi.fn(),
    showAbout: vi.fn(),
    openSettings: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
  };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`${item?.label ?? 'item'} has no submenu`);
  return submenu;
}

function top(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenuOf(template.find((m) => m.label === label));
}

/** Every item, depth first, so a test can find one wherever it sits. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const item = flatten(template).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function click(item: MenuItemConstructorOptions) {
  // The click handlers ignore their arguments; Electron passes the item, window and event.
  (item.click as () => void)();
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((i) => i.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux, with no app menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate({ platform, appName: 'Afterview', actions: fakeActions() });
      expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    }
  });

  it('starts with the app menu on macOS, holding About, Settings and Quit', () => {
    const template = buildMenuTemplate({ platform: 'darwin', appName: 'Afterview', actions: fakeActions() });
    expect(template.map((m) => m.label)).toEqual(['Afterview', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = top(template, 'Afterview');
    expect(app.map((i) => i.id ?? i.role ?? i.type)).toEqual([
      'about',
      'separator',
      'settings',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    // Not twice: File ends with Close Window, Help has no About.
    expect(roles(top(template, 'File'))).toEqual(['close']);
    expect(top(template, 'Help').some((i) => i.id === 'about')).toBe(false);
  });

  it('puts Settings and Quit at the end of File on Windows and Linux, and About in Help', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Afterview', actions: fakeActions() });
    const file = top(template, 'File');
    expect(file.at(-1)?.role).toBe('quit');
    expect(file.some((i) => i.id === 'settings')).toBe(true);
    expect(
      top(template, 'Help')
        .map((i) => i.id)
        .filter(Boolean),
    ).toEqual(['shortcuts', 'open-data-folder', 'about']);
  });

  it('wires each File and Help entry to its action', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate({ platform: 'win32', appName: 'Afterview', actions });
    click(byId(template, 'new-application'));
    click(byId(template, 'import'));
    click(byId(template, 'settings'));
    click(byId(template, 'shortcuts'));
    click(byId(template, 'open-data-folder'));
    click(byId(template, 'about'));
    expect(actions.newApplication).toHaveBeenCalledOnce();
    expect(actions.importData).toHaveBeenCalledOnce();
    expect(actions.openSettings).toHaveBeenCalledOnce();
    expect(actions.showShortcuts).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });

  it('offers the three export formats, each passed to exportData', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate({ platform: 'darwin', appName: 'Afterview', actions });
    const exportMenu = submenuOf(byId(template, 'export'));
    expect(exportMenu).toHaveLength(3);
    for (const item of exportMenu) click(item);
    expect(vi.mocked(actions.exportData).mock.calls).toEqual([['json'], ['csv'], ['ics']]);
  });

  it('uses the usual accelerators: CmdOrCtrl+N for a new application, CmdOrCtrl+, for settings', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const template = buildMenuTemplate({ platform, appName: 'Afterview', actions: fakeActions() });
      expect(byId(template, 'new-application').accelerator).toBe('CmdOrCtrl+N');
      expect(byId(template, 'settings').accelerator).toBe('CmdOrCtrl+,');
    }
  });

  it('no two items share an accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const items = flatten(buildMenuTemplate({ platform, appName: 'Afterview', isDevelopment: true, actions: fakeActions() }));
      const accelerators = items.map((i) => i.accelerator).filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('labels items that open a dialog with an ellipsis, and every menu item has a label or a role', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Afterview', actions: fakeActions() });
    expect(byId(template, 'import').label).toMatch(/…$/);
    for (const item of submenuOf(byId(template, 'export'))) expect(item.label).toMatch(/…$/);
    for (const item of flatten(template)) {
      if (item.type === 'separator') continue;
      expect(item.label ?? item.role, JSON.stringify(item)).toBeTruthy();
    }
  });

  it('shows reload and developer tools only in development', () => {
    const installed = top(buildMenuTemplate({ platform: 'linux', appName: 'Afterview', actions: fakeActions() }), 'View');
    expect(roles(installed)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const development = top(
      buildMenuTemplate({ platform: 'linux', appName: 'Afterview', isDevelopment: true, actions: fakeActions() }),
      'View',
    );
    expect(roles(development)).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('keeps the standard Edit roles so copy and paste work in every text field', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const edit = roles(top(buildMenuTemplate({ platform, appName: 'Afterview', actions: fakeActions() }), 'Edit'));
      expect(edit).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    }
  });

  it('leaves Ctrl/Cmd+Z to the page and hands Edit > Undo and Redo clicks to it', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const actions = fakeActions();
      const edit = top(buildMenuTemplate({ platform, appName: 'Afterview', actions }), 'Edit');
      const undo = edit.find((i) => i.id === 'undo')!;
      const redo = edit.find((i) => i.id === 'redo')!;
      expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(redo).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false });
      expect(undo.role).toBeUndefined();
      (undo.click as () => void)();
      (redo.click as () => void)();
      expect(actions.undo).toHaveBeenCalledTimes(1);
      expect(actions.redo).toHaveBeenCalledTimes(1);
    }
  });
});

describe('setupMenu', () => {
  beforeEach(() => {
    Menu.buildFromTemplate.mockClear();
    Menu.setApplicationMenu.mockClear();
  });

  it('builds the template and installs it as the application menu', () => {
    const menu = setupMenu({ platform: 'win32', appName: 'Afterview', actions: fakeActions() });
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(menu);
  });
});
