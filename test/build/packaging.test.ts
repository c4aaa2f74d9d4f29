// The packaging configuration, checked offline. electron-builder validates its config
// against its JSON schema before it downloads anything; these tests run that same
// validation, then run electron-builder itself (`--linux dir`) on a fake built tree with
// a stand-in Electron binary, and look inside the app.asar it writes and at the fuses it
// flips. The real Electron (and so the installers) cannot be downloaded on this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';

// A fuse is one byte in the binary: ASCII '1' on, '0' off (@electron/fuses' FuseState,
// which its package entry does not export).
const FUSE_ON = 0x31;
const FUSE_OFF = 0x30;

const root = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG_FILE = 'electron-builder.yml';
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, CONFIG_FILE, null);
}

async function validate(config: Configuration): Promise<void> {
  // A copy: the validator coerces types in place.
  await validateConfiguration(structuredClone(config), new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it('is really validated: a misspelt fuse or a wrong type is rejected, naming the option', async () => {
    const config = await loadConfig();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration;
    await expect(validate(broken)).rejects.toThrow(/electronFuses/);
    await expect(validate({ ...config, linux: { ...config.linux, iconn: 'build/icons' } } as Configuration)).rejects.toThrow(/linux/);
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'sometimes' } } as unknown as Configuration)).rejects.toThrow(/oneClick/);
  });

  it('names the app and builds AppImage and deb, NSIS and dmg', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('app.afterview.desktop');
    expect(config.productName).toBe('Afterview');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' });
  });

  it('gives the .deb the Maintainer and Homepage electron-builder requires (package.json author email and homepage)', () => {
    // FpmTarget stops with "Please specify author 'email'" or "Please specify project
    // homepage" otherwise; that check runs only when a .deb is built, so it is made here.
    const metadata = packageJson as { author?: { name?: string; email?: string } | string; homepage?: string };
    const author = typeof metadata.author === 'string' ? { email: /<([^>]+)>/.exec(metadata.author)?.[1] } : metadata.author;
    expect(author?.email, 'package.json needs "author": { "name": ..., "email": ... }').toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(metadata.homepage, 'package.json needs "homepage"').toMatch(/^https:\/\//);
  });

  it('pins the Electron version that is installed as a devDependency', async () => {
    const installed = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect((await loadConfig()).electronVersion).toBe(installed.version);
    expect(packageJson.devDependencies.electron).toBe(installed.version);
  });

  it('sets the security fuses', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at icon, entitlement and resource files that exist', async () => {
    const config = await loadConfig();
    const referenced = [
      config.linux?.icon,
      config.win?.icon,
      config.mac?.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      ...(config.extraResources as { from: string }[]).map((r) => r.from),
    ];
    for (const file of referenced) {
      expect(typeof file).toBe('string');
      expect(existsSync(path.join(root, file as string)), `${file} is missing`).toBe(true);
    }
  });
});

describe('the bundles need nothing from node_modules at run time', () => {
  // The same bundling as scripts/build.mjs (everything bundled, only 'electron' left out):
  // what remains external must be Electron or Node itself, since node_modules do not ship.
  const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

  for (const entry of ['electron/main/entry.ts', 'electron/preload/preload.ts']) {
    it.skipIf(!existsSync(path.join(root, entry)))(`${entry} imports only electron and Node built-ins once bundled`, async () => {
      const result = await esbuild({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        external: ['electron'],
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const external = Object.values(result.metafile.inputs)
        .flatMap((input) => input.imports)
        .filter((i) => i.external)
        .map((i) => i.path);
      expect(external.filter((name) => !allowed.has(name))).toEqual([]);
    });
  }
});

/**
 * A stand-in for Electron's unpacked distribution: an "executable" that carries the fuse
 * wire the way the real binary does (a sentinel, the wire version, its length, one byte
 * per fuse), so electron-builder can flip the fuses and we can read them back.
 */
function writeFakeElectron(dir: string, version: string) {
  mkdirSync(dir, { recursive: true });
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  const fuses = 9;
  const wire = Buffer.from([1, fuses, ...Array<number>(fuses).fill(FUSE_ON)]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), sentinel, wire]), { mode: 0o755 });
  writeFileSync(path.join(dir, 'version'), version);
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<html></html>');
}

function writeFile(file: string, content = '') {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** What `npm run build` leaves in dist/, plus the sources and tooling that must stay out. */
function writeProject(dir: string) {
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  cpSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  cpSync(path.join(root, CONFIG_FILE), path.join(dir, CONFIG_FILE));
  cpSync(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The built app.
  writeFile(path.join(dir, packageJson.main), "import 'electron';\n");
  writeFile(path.join(dir, `${packageJson.main}.map`), '{}');
  writeFile(path.join(dir, 'dist/electron/preload.cjs'), "require('electron');\n");
  writeFile(path.join(dir, 'dist/renderer/index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
  writeFile(path.join(dir, 'dist/renderer/assets/index.js'), 'export {};\n');
  writeFile(path.join(dir, 'dist/renderer/assets/index.css'), 'body{}\n');
  // Sources and tooling.
  for (const file of [
    'electron/main/main.ts', 'electron/preload/preload.ts', 'renderer/src/main.tsx', 'shared/model/schema.ts',
    'test/shared/smoke.test.ts', 'scripts/build.mjs', 'tsconfig.json', 'vite.config.ts', 'vitest.config.ts',
    'README.md', '.tmp/scratch.txt', '.ci/run', 'release-notes.md',
  ]) writeFile(path.join(dir, file), '// not part of the package\n');
}

describe.skipIf(process.platform === 'win32')('electron-builder packs only the built app (a real run, offline)', () => {
  let dir: string;
  let appAsar: string[];
  let output: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-pack-'));
    writeProject(dir);
    const config = await loadConfig();
    writeFakeElectron(path.join(dir, 'fake-electron'), String(config.electronVersion));
    const run = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--config', CONFIG_FILE, '-c.electronDist=fake-electron'],
      { cwd: dir, env: { ...process.env, CI: 'true', ELECTRON_BUILDER_CACHE: path.join(dir, 'cache') }, timeout: 120_000 },
    );
    output = `${run.stdout}\n${run.stderr}`;
    appAsar = listPackage(path.join(dir, 'release/linux-unpacked/resources/app.asar'), { isPack: false }).map((p) => p.replace(/\\/g, '/'));
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('puts exactly the bundles and package.json in app.asar', () => {
    const files = appAsar.filter((p) => /\.[a-z]+$/.test(p)).sort();
    expect(files).toEqual(
      [
        '/package.json',
        `/${packageJson.main}`,
        '/dist/electron/preload.cjs',
        '/dist/renderer/assets/index.css',
        '/dist/renderer/assets/index.js',
        '/dist/renderer/index.html',
      ].sort(),
    );
  });

  it('ships no node_modules at all: no dev dependency, and no runtime one either (they are bundled)', () => {
    expect(appAsar.filter((p) => p.includes('node_modules'))).toEqual([]);
    // Any package's folder anywhere (dist/electron is ours, not the electron package).
    const names = new Set([...Object.keys(packageJson.devDependencies), ...Object.keys(packageJson.dependencies)].filter((n) => n !== 'electron'));
    for (const entry of appAsar) for (const segment of entry.split('/')) expect(names.has(segment), entry).toBe(false);
    expect(output).not.toMatch(/rebuilding native/i);
  });

  it('ships no sources, source maps, tests or tooling', () => {
    expect(appAsar.filter((p) => /\.(ts|tsx|map|md)$|^\/(electron|renderer|shared|test|scripts|build|\.tmp|\.ci)\//.test(p))).toEqual([]);
  });

  it("starts from package.json's main, which is inside the package", () => {
    const packed = JSON.parse(extractFile(path.join(dir, 'release/linux-unpacked/resources/app.asar'), 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(packed.main).toBe(packageJson.main);
    expect(appAsar).toContain(`/${packed.main}`);
  });

  it('copies the tray images and the window icon next to app.asar', () => {
    const resources = path.join(dir, 'release/linux-unpacked/resources');
    for (const file of ['tray/tray.png', 'tray/tray@2x.png', 'tray/trayTemplate.png', 'tray/trayTemplate@2x.png', 'icon.png']) {
      expect(existsSync(path.join(resources, file)), file).toBe(true);
    }
  });

  it('flips the fuses in the executable it writes', async () => {
    const wire = await getCurrentFuseWire(path.join(dir, 'release/linux-unpacked/afterview'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ON);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE_OFF);
  });
});
