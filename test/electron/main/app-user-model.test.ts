import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { app as electronApp } from 'electron';
import { APP_ID, setupAppUserModelId } from '../../../electron/main/app-user-model.ts';
import { app } from '../../mocks/electron.ts';

beforeEach(() => app.setAppUserModelId.mockClear());

describe('setupAppUserModelId', () => {
  it('sets the installed app id on Windows', () => {
    expect(setupAppUserModelId(electronApp, 'win32', { isPackaged: true, execPath: 'C:\\Afterview\\Afterview.exe' })).toBe(APP_ID);
    expect(app.setAppUserModelId).toHaveBeenCalledWith('app.afterview.desktop');
  });

  it('uses the Electron executable from source, where no shortcut carries the app id', () => {
    setupAppUserModelId(electronApp, 'win32', { isPackaged: false, execPath: 'C:\\repo\\node_modules\\electron\\dist\\electron.exe' });
    expect(app.setAppUserModelId).toHaveBeenCalledWith('C:\\repo\\node_modules\\electron\\dist\\electron.exe');
  });

  it('does nothing on macOS and Linux', () => {
    expect(setupAppUserModelId(electronApp, 'darwin', { isPackaged: true, execPath: '/x' })).toBeNull();
    expect(setupAppUserModelId(electronApp, 'linux', { isPackaged: true, execPath: '/x' })).toBeNull();
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('matches the appId the installer writes on the Start menu shortcut', () => {
    const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(config.match(/^appId: (\S+)$/m)?.[1]).toBe(APP_ID);
  });
});
