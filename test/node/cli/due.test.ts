// `afterview due`: in-process through main() with a fake terminal, and once for real through
// bin/afterview.mjs in a child process with its own TZ, as a user would run it.
import { useTimeZone } from '../../shared/support/tz.ts';
useTimeZone('Europe/Paris');

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../node/cli/main.ts';
import type { CliIo } from '../../../node/cli/io.ts';
import { parseApplicationsCsv } from '../../../shared/csv/index.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => path.join(root, 'test/fixtures/csv', name);

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => new Date('2022-01-24T11:00:00Z'),
    env: {},
    cwd: root,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('afterview due', () => {
  it('--json prints every open action with company, role, rule, title, due (local offset) and status, soonest first', async () => {
    const { code, stdout } = await cli(['due', '--csv', fixture('applications.csv'), '--now', '2022-01-24T12:00', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.company, r.rule, r.due, r.status])).toEqual([
      ['Cobalt', 'P8', '2022-01-24T09:00:00+01:00', 'overdue'],
      ['Northwind', 'P4', '2022-01-25T09:00:00+01:00', 'upcoming'],
      ['Birch & Co', 'P1', null, 'upcoming'],
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(expect.arrayContaining(['company', 'role', 'rule', 'title', 'due', 'status']));
  });

  it('prints an aligned table a person can read, with the P14 advice under it', async () => {
    const { code, stdout } = await cli(['due', '--csv', fixture('applications.csv'), '--now', '2022-01-24T12:00']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DUE\s+STATUS\s+COMPANY\s+ROLE\s+RULE\s+ACTION$/);
    expect(lines[1]).toMatch(/^Mon 24 Jan 09:00\s+overdue\s+Cobalt\s+Design Lead\s+P8\s+One more touch/);
    expect(lines[2]).toMatch(/^Tue 25 Jan 09:00\s+upcoming\s+Northwind/);
    // Every column starts where its header does.
    const ruleAt = lines[0]!.indexOf('RULE');
    const companyAt = lines[0]!.indexOf('COMPANY');
    for (const line of lines.slice(1, 4)) {
      expect(line.slice(ruleAt)).toMatch(/^P\d+ /);
      expect(line.slice(companyAt)).toMatch(/^(Cobalt|Northwind|Birch & Co) /);
    }
  });

  it('uses the clock when --now is absent', async () => {
    const { stdout } = await cli(['due', '--csv', fixture('applications.csv'), '--json']);
    expect(JSON.parse(stdout)[0]).toMatchObject({ company: 'Cobalt', status: 'overdue' });
  });

  it('a malformed CSV exits non-zero naming the row and column', async () => {
    const { code, stdout, stderr } = await cli(['due', '--csv', fixture('malformed.csv'), '--now', '2022-01-24T12:00']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('row 3, column applied_on');
    expect(stderr).toContain('row 4, column role');
  });

  it("reads the app's data file from --data-dir, read-only", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-cli-'));
    const parsed = parseApplicationsCsv('company,role,interview_at\nAcme,Engineer,2022-01-24 10:00\n', {
      now: new Date('2022-01-20T00:00:00Z'),
    });
    if (!parsed.ok) throw new Error('fixture');
    const text = JSON.stringify({ ...emptyDocument(), applications: parsed.applications });
    writeFileSync(path.join(dir, 'afterview.json'), text);
    const { code, stdout } = await cli(['due', '--data-dir', dir, '--now', '2022-01-24T12:00', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ company: 'Acme', rule: 'P2', due: '2022-01-25T11:00:00+01:00', status: 'upcoming' }),
    ]);
  });

  it('explains a missing or damaged data file and usage mistakes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-cli-'));
    expect(await cli(['due', '--data-dir', dir])).toMatchObject({ code: 1, stderr: expect.stringContaining('no Afterview data') });
    writeFileSync(path.join(dir, 'afterview.json'), '{"schemaVersion": 1, "applica');
    expect(await cli(['due', '--data-dir', dir])).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot be read') });
    expect(await cli(['due', '--now', 'soon', '--csv', 'x.csv'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--now') });
    expect(await cli(['due', '--bogus'])).toMatchObject({ code: 2 });
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command') });
    expect(await cli(['due', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--csv FILE') });
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('due') });
  });
});

describe('bin/afterview.mjs (child process)', () => {
  const run = promisify(execFile);
  const bin = path.join(root, 'bin/afterview.mjs');

  it('works through tsx with no build step, in the TZ it is given', async () => {
    const { stdout } = await run(
      process.execPath,
      [bin, 'due', '--csv', fixture('applications.csv'), '--now', '2022-01-24T12:00', '--json'],
      { env: { ...process.env, TZ: 'America/New_York' } },
    );
    const rows = JSON.parse(stdout) as { company: string; due: string | null }[];
    expect(rows.find((r) => r.company === 'Northwind')!.due).toBe('2022-01-25T09:00:00-05:00');
  });

  it('exits non-zero on a malformed CSV', async () => {
    const failure = await run(process.execPath, [bin, 'due', '--csv', fixture('malformed.csv')], {
      env: { ...process.env, TZ: 'UTC' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('row 3, column applied_on') });
  });
});
