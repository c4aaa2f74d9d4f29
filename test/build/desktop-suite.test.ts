// The Electron suite (test/desktop) decides to skip itself from these answers, without
// loading the electron package (which would try to download the binary since Electron 42).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary, whyNotRunnable } from '../desktop/electron-binary.ts';

let root: string;
const electronDir = () => path.join(root, 'node_modules', 'electron');

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'afterview-electron-binary-'));
  mkdirSync(electronDir(), { recursive: true });
  writeFileSync(path.join(electronDir(), 'package.json'), '{"name":"electron","version":"45.5.0"}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('says the binary is not installed when the package has never downloaded it (npm ci here)', () => {
    expect(findElectronBinary({}, root)).toEqual({ ok: false, reason: expect.stringMatching(/^Electron binary not installed: .*path\.txt is missing/) });
  });

  it('says so too when path.txt names a binary that is not there', () => {
    writeFileSync(path.join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({}, root)).toEqual({ ok: false, reason: expect.stringMatching(/^Electron binary not installed: .*dist\/electron is missing/) });
  });

  it('finds the downloaded binary, or the one ELECTRON_OVERRIDE_DIST_PATH points at', () => {
    writeFileSync(path.join(electronDir(), 'path.txt'), 'electron');
    mkdirSync(path.join(electronDir(), 'dist'));
    writeFileSync(path.join(electronDir(), 'dist', 'electron'), '');
    expect(findElectronBinary({}, root)).toEqual({ ok: true, path: path.join(electronDir(), 'dist', 'electron') });
    const elsewhere = path.join(root, 'custom');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, root)).toEqual({ ok: true, path: path.join(elsewhere, 'electron') });
  });

  it('on Linux, also wants a display to open the window on', () => {
    writeFileSync(path.join(electronDir(), 'path.txt'), 'electron');
    mkdirSync(path.join(electronDir(), 'dist'));
    writeFileSync(path.join(electronDir(), 'dist', 'electron'), '');
    expect(whyNotRunnable({}, 'linux', root)).toMatch(/xvfb-run/);
    expect(whyNotRunnable({ DISPLAY: ':99' }, 'linux', root)).toBeNull();
    expect(whyNotRunnable({}, 'darwin', root)).toBeNull();
  });
});
