import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../node/services/paths.ts';

const home = '/home/ada';

describe('defaultDataDir: the folder Electron uses as userData for "Afterview"', () => {
  it('on Linux is ~/.config/Afterview', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, homedir: home })).toBe(path.join(home, '.config', 'Afterview'));
  });
  it('honours XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homedir: home })).toBe(path.join('/xdg', 'Afterview'));
  });
  it('ignores a relative XDG_CONFIG_HOME (the spec says it must be absolute)', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'rel' }, homedir: home })).toBe(
      path.join(home, '.config', 'Afterview'),
    );
  });
  it('on macOS is ~/Library/Application Support/Afterview', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, homedir: home })).toBe(
      path.join(home, 'Library', 'Application Support', 'Afterview'),
    );
  });
  it('on Windows is %APPDATA%\\Afterview', () => {
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, homedir: home })).toBe(
      path.join('C:\\Users\\ada\\AppData\\Roaming', 'Afterview'),
    );
  });
  it('lets AFTERVIEW_DATA_DIR override every platform', () => {
    expect(defaultDataDir({ platform: 'darwin', env: { AFTERVIEW_DATA_DIR: '/data/av' }, homedir: home })).toBe('/data/av');
  });
});
