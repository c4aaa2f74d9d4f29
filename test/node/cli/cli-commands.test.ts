// The command line's import and export (node/cli/import.ts, export.ts), run in-process
// against a temporary data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSubcommand } from '../../../node/cli/import.ts';
import { exportSubcommand } from '../../../node/cli/export.ts';
import type { CliIo } from '../../../node/cli/io.ts';
import { acquireDataLock } from '../../../node/services/storage/lock.ts';
import { listBackups } from '../../../node/services/storage/backups.ts';
import { DocumentSchema } from '../../../shared/model/schema.ts';
import { sampleDocument } from '../../fixtures/data/generate.ts';

let dir: string;
let dataDir: string;
let out: string[];
let err: string[];
let io: CliIo;
const importCommand = (args: string[], cli: CliIo) => importSubcommand.run(args, cli);
const exportCommand = (args: string[], cli: CliIo) => exportSubcommand.run(args, cli);
const dataFile = () => path.join(dataDir, 'afterview.json');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-cli-'));
  dataDir = path.join(dir, 'data');
  out = [];
  err = [];
  io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date('2024-03-10T12:00:00.000Z'), env: {}, cwd: dir };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('afterview import', () => {
  it('imports a CSV into the data folder, after a backup, and reports the counts', async () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(dataFile(), JSON.stringify(sampleDocument(2)));
    const csv = path.join(dir, 'tracker.csv');
    fs.writeFileSync(csv, 'Company,Job Title,Date Applied,Notes 2\nGlobex,Designer,2024-03-01,x\nInitech,Analyst,2024-02-20,y\n');
    expect(await importCommand([csv, '--data-dir', dataDir], io)).toBe(0);
    expect(out.join('')).toBe(
      'Imported tracker.csv: 2 applications added, 0 updated, 0 skipped as already there.\nColumns not understood and left out: Notes 2.\n',
    );
    const saved = DocumentSchema.parse(JSON.parse(fs.readFileSync(dataFile(), 'utf8')));
    expect(saved.applications).toHaveLength(4);
    expect(
      listBackups(dataDir)
        .filter((b) => b.reason === 'import')
        .map((b) => b.applications),
    ).toEqual([2]);
  });

  it('refuses while the app holds the data, changing nothing', async () => {
    fs.mkdirSync(dataDir);
    const before = JSON.stringify(sampleDocument(1));
    fs.writeFileSync(dataFile(), before);
    const csv = path.join(dir, 'a.csv');
    fs.writeFileSync(csv, 'Company,Role\nGlobex,Designer\n');
    const appLock = acquireDataLock(dataDir, 'app', { pid: process.ppid });
    try {
      expect(await importCommand([csv, '--data-dir', dataDir], io)).toBe(3);
    } finally {
      appLock.release();
    }
    expect(err.join('')).toMatch(/^afterview import: Afterview is open and holds this data/);
    expect(fs.readFileSync(dataFile(), 'utf8')).toBe(before);
  });

  it('leaves the data exactly as it was when a row is wrong, naming the row and column', async () => {
    fs.mkdirSync(dataDir);
    const before = JSON.stringify(sampleDocument(1));
    fs.writeFileSync(dataFile(), before);
    const csv = path.join(dir, 'bad.csv');
    fs.writeFileSync(csv, 'Company,Role\nGlobex,Designer\nInitech,\n');
    expect(await importCommand([csv, '--data-dir', dataDir], io)).toBe(1);
    expect(err.join('')).toMatch(/Row 3, column "Role"/);
    expect(fs.readFileSync(dataFile(), 'utf8')).toBe(before);
    expect(listBackups(dataDir).filter((b) => b.reason === 'import')).toEqual([]);
  });

  it('explains its usage when the file is missing from the command', async () => {
    expect(await importCommand(['--data-dir', dataDir], io)).toBe(2);
    expect(err.join('')).toContain('Usage: afterview import FILE');
  });
});

describe('command-line paths', () => {
  it('resolves FILE against the working folder and finds the data through AFTERVIEW_DATA_DIR', async () => {
    fs.writeFileSync(path.join(dir, 'mine.csv'), 'Company,Role\nGlobex,Designer\n');
    const withEnv = { ...io, env: { AFTERVIEW_DATA_DIR: dataDir } };
    expect(await importCommand(['mine.csv'], withEnv)).toBe(0);
    expect(JSON.parse(fs.readFileSync(dataFile(), 'utf8')).applications).toHaveLength(1);
  });

  it('prints help with --help', async () => {
    expect(await importCommand(['--help'], io)).toBe(0);
    expect(await exportCommand(['-h'], io)).toBe(0);
    expect(out.join('')).toMatch(/Usage: afterview import FILE[\s\S]*Usage: afterview export --format/);
  });
});

describe('afterview export', () => {
  it('prints a JSON backup to standard output that imports back exactly', async () => {
    fs.mkdirSync(dataDir);
    const doc = sampleDocument(3);
    fs.writeFileSync(dataFile(), JSON.stringify(doc));
    expect(await exportCommand(['--format', 'json', '--data-dir', dataDir], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual(doc);
    const other = path.join(dir, 'other');
    const backup = path.join(dir, 'backup.json');
    fs.writeFileSync(backup, out.join(''));
    expect(await importCommand([backup, '--data-dir', other], io)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(other, 'afterview.json'), 'utf8'))).toEqual(doc);
  });

  it('writes a calendar to --out, and works while the app holds the data', async () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(dataFile(), JSON.stringify(sampleDocument(3)));
    const appLock = acquireDataLock(dataDir, 'app', { pid: process.ppid });
    const target = path.join(dir, 'cal.ics');
    try {
      expect(await exportCommand(['--format', 'ics', '--out', target, '--data-dir', dataDir], io)).toBe(0);
    } finally {
      appLock.release();
    }
    expect(out).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(fs.readFileSync(target, 'utf8'))).name).toBe('vcalendar');
  });

  it('writes CSV, and refuses an unknown format', async () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(dataFile(), JSON.stringify(sampleDocument(2)));
    expect(await exportCommand(['--format', 'csv', '--data-dir', dataDir], io)).toBe(0);
    expect(out.join('').split(/\r?\n/).filter(Boolean)).toHaveLength(3);
    expect(await exportCommand(['--format', 'pdf', '--data-dir', dataDir], io)).toBe(2);
    expect(err.join('')).toContain('choose --format json, csv or ics');
  });
});
