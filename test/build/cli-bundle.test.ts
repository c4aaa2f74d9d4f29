// The command line as installed users run it: the one-file bundle scripts/build.mjs writes
// to dist/cli/afterview.mjs, started by bin/afterview.mjs with plain Node, in a folder with
// no node_modules anywhere above it (so neither tsx nor any dependency can be found).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build as esbuild, type Metafile } from 'esbuild';
// @ts-expect-error: a plain ES module script without type declarations
import { cliBuildOptions } from '../../scripts/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let metafile: Metafile;

/** Runs a file with plain node: no --import, no NODE_OPTIONS, UTC. */
async function node(file: string, args: string[]) {
  const env = { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [file, ...args], { cwd: dir, env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  // os.tmpdir() has no node_modules above it (checked below), unlike the repository.
  dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-cli-bundle-'));
  const result = await esbuild({ ...(cliBuildOptions(path.join(dir, 'dist/cli/afterview.mjs')) as object), metafile: true });
  metafile = result.metafile;
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(root, 'bin/afterview.mjs'), path.join(dir, 'bin/afterview.mjs'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built command line (dist/cli/afterview.mjs)', () => {
  it('is run from a folder where no node_modules can be found', () => {
    for (let up = dir; path.dirname(up) !== up; up = path.dirname(up)) expect(existsSync(path.join(up, 'node_modules')), up).toBe(false);
  });

  it('needs only Node itself; electron-store, the desktop storage engine, stays out and is loaded lazily', () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imports = Object.values(metafile.outputs).flatMap((output) => output.imports).filter((i) => i.external);
    expect(imports.filter((i) => !allowed.has(i.path) && !(i.path === 'electron-store' && i.kind === 'dynamic-import'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'dist/cli/afterview.mjs'), 'utf8')).not.toMatch(/["']tsx(\/|["'])/);
  });

  it('bin/afterview.mjs runs it with plain node: --help', async () => {
    const { code, stdout } = await node('bin/afterview.mjs', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: afterview <command> \[options\]/);
    expect(stdout).toMatch(/due\s+list the follow-ups that are due/);
  });

  it('answers due from a CSV, and says what to do when a data folder has no data yet', async () => {
    const csv = path.join(root, 'test/fixtures/csv/applications.csv');
    const due = await node('bin/afterview.mjs', ['due', '--csv', csv, '--now', '2022-01-24T12:00', '--json']);
    expect(due.code).toBe(0);
    expect((JSON.parse(due.stdout) as { company: string }[]).map((row) => row.company)).toEqual(['Cobalt', 'Northwind', 'Birch & Co']);
    mkdirSync(path.join(dir, 'empty'));
    const empty = await node('dist/cli/afterview.mjs', ['due', '--data-dir', 'empty']);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/There is no Afterview data in .*empty yet/);
  });
});
