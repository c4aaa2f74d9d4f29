// `afterview export` only reads (issue 9): whatever the data folder holds (an older file, a
// damaged one, a newer one, nothing) and whoever holds its lock, no file in it changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSubcommand } from '../../../node/cli/export.ts';
import type { CliIo } from '../../../node/cli/io.ts';
import { createBackup } from '../../../node/services/storage/backups.ts';
import { acquireDataLock } from '../../../node/services/storage/lock.ts';
import { MIGRATIONS } from '../../../shared/migrations/index.ts';
import { SCHEMA_VERSION } from '../../../shared/model/schema.ts';
import { sampleDocument } from '../../fixtures/data/generate.ts';

let dir: string;
let dataDir: string;
let out: string[];
let err: string[];
let io: CliIo;
const NOW = new Date('2024-03-10T12:00:00.000Z');
const dataFile = () => path.join(dataDir, 'afterview.json');
const exportCommand = (...args: string[]) => exportSubcommand.run([...args, '--data-dir', dataDir], io);

/** Every file below `folder` with its bytes and modification time: what "changes nothing" compares. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!fs.existsSync(folder)) return files;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(folder, full);
    files[key] = entry.isFile() ? `${fs.readFileSync(full).toString('base64')} @${fs.statSync(full).mtimeMs}` : 'folder';
  }
  return files;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-export-'));
  dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  out = [];
  err = [];
  io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => NOW, env: {}, cwd: dir };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('afterview export reads without writing', () => {
  it('exports an older-format file, migrated in memory only, and changes no file in the folder', async () => {
    // The format before the current one, which the migrations bring up to date.
    expect(MIGRATIONS[SCHEMA_VERSION - 1]).toBeTypeOf('function');
    const doc = sampleDocument(3);
    fs.writeFileSync(dataFile(), JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION - 1 }));
    const before = snapshot(dataDir);
    expect(await exportCommand('--format', 'json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ schemaVersion: SCHEMA_VERSION, applications: doc.applications });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('reports a damaged file in a sentence, exits 1, and neither moves it aside nor restores a backup', async () => {
    createBackup(dataDir, sampleDocument(2), 'daily', new Date('2024-03-09T12:00:00.000Z'));
    fs.writeFileSync(dataFile(), '{"schemaVersion": 1, "applica');
    const before = snapshot(dataDir);
    expect(await exportCommand('--format', 'csv')).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(
      /^afterview export: .*afterview\.json cannot be read: the file is not complete JSON\. The app restores its latest backup when it next starts\.\n$/,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('works while the web host holds the lock, and leaves the lock, the file and the backups as they were', async () => {
    fs.writeFileSync(dataFile(), JSON.stringify(sampleDocument(4)));
    const lock = acquireDataLock(dataDir, 'web', { pid: process.ppid, now: NOW });
    try {
      const before = snapshot(dataDir);
      const target = path.join(dir, 'apps.csv');
      expect(await exportCommand('--format', 'csv', '--out', target)).toBe(0);
      expect(err.join('')).toBe(`Exported 4 applications to ${target}.\n`);
      expect(fs.readFileSync(target, 'utf8').split(/\r?\n/).filter(Boolean)).toHaveLength(5);
      // Opening the full store used to write a daily backup here.
      expect(snapshot(dataDir)).toEqual(before);
    } finally {
      lock.release();
    }
  });

  it('exports what it understands of a newer file, says so, and changes nothing', async () => {
    const doc = sampleDocument(1);
    fs.writeFileSync(dataFile(), JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION + 1 }));
    const before = snapshot(dataDir);
    expect(await exportCommand('--format', 'json')).toBe(0);
    expect(JSON.parse(out.join('')).applications).toEqual(doc.applications);
    expect(err.join('')).toMatch(
      /written by a newer Afterview \(format \d+\); only what this version understands is included\. Update Afterview for all of it\.\n$/,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('says there is no data yet instead of creating the folder', async () => {
    const absent = path.join(dir, 'nothing-here');
    expect(await exportSubcommand.run(['--format', 'json', '--data-dir', absent], io)).toBe(1);
    expect(err.join('')).toMatch(
      /^afterview export: There is no Afterview data in .*nothing-here yet .*; open the app and add an application first\.\n$/,
    );
    expect(fs.existsSync(absent)).toBe(false);
  });
});
