// The application menu. Every entry that opens a screen calls an action the caller wires to
// the renderer (usually a 'menu:action' event); the menu itself holds no app logic, so the
// template is a pure function of the platform and can be checked in a test.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../shared/exchange/formats.ts';

export interface MenuActions {
  newApplication(): void;
  importData(): void;
  exportData(format: ExportFormat): void;
  showShortcuts(): void;
  openDataFolder(): void;
  showAbout(): void;
  openSettings(): void;
  /** Edit > Undo and Redo: the page undoes typing in a text field, or the last board change. */
  undo(): void;
  redo(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools appear only while developing (`!app.isPackaged`). */
  isDevelopment?: boolean;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function exportItems(actions: MenuActions): MenuItemConstructorOptions[] {
  return EXPORT_FORMATS.map((format) => ({
    id: `export-${format}`,
    label: FORMAT_INFO[format].menuLabel,
    click: () => actions.exportData(format),
  }));
}

function settingsItem(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  // macOS calls it Settings… since Ventura; elsewhere "Settings" is the common word too.
  return { id: 'settings', label: isMac ? 'Settings…' : 'Settings', accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings() };
}

function aboutItem(appName: string, actions: MenuActions): MenuItemConstructorOptions {
  return { id: 'about', label: `About ${appName}`, click: () => actions.showAbout() };
}

function appMenu(appName: string, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      aboutItem(appName, actions),
      separator,
      settingsItem(actions, true),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function fileMenu(isMac: boolean, actions: MenuActions): MenuItemConstructorOptions {
  const common: MenuItemConstructorOptions[] = [
    { id: 'new-application', label: 'New Application', accelerator: 'CmdOrCtrl+N', click: () => actions.newApplication() },
    separator,
    { id: 'import', label: 'Import…', click: () => actions.importData() },
    { id: 'export', label: 'Export', submenu: exportItems(actions) },
  ];
  // On macOS Settings and Quit live in the app menu; the File menu ends with Close Window.
  const tail: MenuItemConstructorOptions[] = isMac
    ? [separator, { role: 'close' }]
    : [separator, settingsItem(actions, false), separator, { role: 'quit' }];
  return { label: 'File', submenu: [...common, ...tail] };
}

// Undo and Redo are not the built-in roles: those only undo typing, and their registered
// shortcut would swallow Ctrl/Cmd+Z before the board could undo a move. The shortcut is
// shown but left to the page (registerAccelerator: false); a click asks the page to decide.
function undoItems(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.undo() },
    { id: 'redo', label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.redo() },
  ];
}

function editMenu(isMac: boolean, actions: MenuActions): MenuItemConstructorOptions {
  const tail: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }]
    : [{ role: 'delete' }, separator, { role: 'selectAll' }];
  return {
    label: 'Edit',
    submenu: [...undoItems(actions), separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, ...tail],
  };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  // A reload in the installed app would throw away an unsaved draft for no gain, and the
  // developer tools are no use to someone looking for a job: both only while developing.
  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: 'View',
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
}

function windowMenu(isMac: boolean): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
    : [{ role: 'minimize' }, { role: 'close' }];
  // role 'windowMenu' lets macOS add its own window list to this menu.
  return isMac ? { role: 'windowMenu', label: 'Window', submenu } : { label: 'Window', submenu };
}

function helpMenu(isMac: boolean, appName: string, actions: MenuActions): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    { id: 'shortcuts', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.showShortcuts() },
    { id: 'open-data-folder', label: 'Open Data Folder', click: () => actions.openDataFolder() },
  ];
  // On macOS About sits in the app menu, where people look for it.
  if (!isMac) submenu.push(separator, aboutItem(appName, actions));
  return { role: 'help', label: 'Help', submenu };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const { appName, actions } = options;
  return [
    ...(isMac ? [appMenu(appName, actions)] : []),
    fileMenu(isMac, actions),
    editMenu(isMac, actions),
    viewMenu(options.isDevelopment ?? false),
    windowMenu(isMac),
    helpMenu(isMac, appName, actions),
  ];
}

/** Builds the menu and installs it as the application menu; call once the app is ready. */
export function setupMenu(options: MenuOptions): Menu {
  const menu = Menu.buildFromTemplate(buildMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
