// `afterview stats`, in-process through main() with a fake terminal, over the November 2026
// search of test/shared/insights/story.ts, in Paris time, as of Tuesday 1 December 2026 10:00.
import { useTimeZone } from '../../shared/support/tz.ts';
useTimeZone('Europe/Paris');

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../node/cli/main.ts';
import type { CliIo } from '../../../node/cli/io.ts';
import { applicationsToCsv } from '../../../shared/csv/index.ts';
import { novemberSearch } from '../../shared/insights/story.ts';

const now = new Date('2026-12-01T09:00:00Z'); // Tuesday, 10:00 in Paris

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-stats-'));
  const doc = novemberSearch().doc;
  writeFileSync(path.join(dir, 'afterview.json'), JSON.stringify(doc));
  writeFileSync(path.join(dir, 'search.csv'), applicationsToCsv(doc.applications));
  writeFileSync(path.join(dir, 'broken.csv'), 'company,role,applied_on\nAcme,Designer,someday\n');
  return dir;
}

async function cli(args: string[], cwd = os.tmpdir()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => now, env: {}, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('afterview stats', () => {
  it('--json prints one object with the funnel, the Sankey, response days and promises for the period', async () => {
    const dir = dataDir();
    const { code, stdout, stderr } = await cli(['stats', '--data-dir', dir, '--from', '2026-11-02', '--to', '2026-11-30', '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout);
    expect(out.funnel).toEqual({ applied: 5, replied: 3, interviewed: 3, offers: 1, rejected: 1, withdrawn: 0, noResponse: 2, open: 2 });
    expect(out.sankey.nodes[0]).toEqual({ id: 'applied', label: 'Applied' });
    expect(out.sankey.links).toContainEqual({ source: 'round_2', target: 'rejected', value: 1 });
    expect(out.responseDays.applicationToFirstReply).toMatchObject({ median: 5, count: 3 });
    expect(out.responseDays.interviewToDecision).toMatchObject({ median: 6, count: 2 });
    expect(out.promises).toMatchObject({ kept: 1, late: 2, open: 0 });
    expect(out.rhythm.weeks[0]).toMatchObject({ week: '2026-W45', applications: 5 });
  });

  it('--csv reads a spreadsheet, which holds only the latest round of each application', async () => {
    const dir = dataDir();
    const fromData = JSON.parse((await cli(['stats', '--data-dir', dir, '--json'])).stdout);
    const fromCsv = await cli(['stats', '--csv', 'search.csv', '--json'], dir);
    expect(fromCsv.code).toBe(0);
    const out = JSON.parse(fromCsv.stdout);
    expect(out.funnel).toEqual(fromData.funnel);
    expect(out.promises).toEqual(fromData.promises);
    // Acme's two rounds are one row's interview: it goes from the first round straight to its rejection.
    expect(out.sankey.links).toContainEqual({ source: 'round_1', target: 'rejected', value: 1 });
    expect(out.sankey.nodes.map((n: { id: string }) => n.id)).not.toContain('round_2');
  });

  it('prints readable tables: what each stage reached, the flows, response times, promises and weeks', async () => {
    const { code, stdout } = await cli(['stats', '--data-dir', dataDir(), '--from', '2026-11-02', '--to', '2026-11-30']);
    expect(code).toBe(0);
    expect(stdout).toContain('Applications sent from Mon 2 Nov 2026 to Mon 30 Nov 2026: 5');
    expect(stdout).toMatch(/^Heard back\s+3\s+60%$/m);
    expect(stdout).toMatch(/^Round 2\s+Rejected\s+1$/m);
    expect(stdout).toMatch(/^Application to first reply\s+5 d\s+4 d to 7\.5 d\s+3 d to 10 d\s+3$/m);
    expect(stdout).toContain('Promises: 1 kept, 2 late, 0 still to come');
    expect(stdout).toMatch(/^Acme\s+Fri 20 Nov 2026\s+Wed 25 Nov 2026\s+three working days past their date$/m);
    expect(stdout).toMatch(/^Echo\s+Fri 27 Nov 2026\s+-\s+two working days past their date, no answer yet$/m);
    expect(stdout).toMatch(/^2026-W45\s+Mon 2 Nov 2026\s+5\s+0\s+0\s+met$/m);
  });

  it('says so when the period holds no applications', async () => {
    expect(await cli(['stats', '--data-dir', dataDir(), '--from', '2027-01-04'])).toMatchObject({
      code: 0,
      stdout: 'No applications sent from Mon 4 Jan 2027.\n',
    });
  });

  it('bad input gets one sentence saying what is wrong and how to fix it, and exit 2', async () => {
    const dir = dataDir();
    const cases: [string[], string][] = [
      [['--from', '2026-02-30'], 'afterview stats: the from date "2026-02-30" is not a day; write it like 2026-11-02.\n'],
      [
        ['--from', '2026-12-01', '--to', '2026-11-01'],
        'afterview stats: the period starts after it ends (2026-12-01 is after 2026-11-01); swap the two dates.\n',
      ],
      [['--csv', 'a.csv', '--data-dir', dir], 'afterview stats: give either --csv or --data-dir, not both.\n'],
      [
        ['--bogus'],
        expect.stringMatching(
          /^afterview stats: Unknown option '--bogus'.*; run "afterview stats --help" for the options\.\n$/,
        ) as unknown as string,
      ],
    ];
    for (const [args, stderr] of cases) expect(await cli(['stats', ...args])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('data it cannot read gets one sentence and exit 1', async () => {
    const dir = dataDir();
    expect(await cli(['stats', '--csv', 'broken.csv'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^afterview stats: broken\.csv row 2, column applied_on: .*; fix the file and run again\.\n$/),
    });
    expect(await cli(['stats', '--csv', 'missing.csv'], dir)).toMatchObject({
      code: 1,
      stderr: 'afterview stats: cannot read missing.csv (there is no such file); check the path and try again.\n',
    });
    const empty = mkdtempSync(path.join(os.tmpdir(), 'afterview-stats-'));
    expect(await cli(['stats', '--data-dir', empty])).toMatchObject({ code: 1, stderr: expect.stringContaining('no Afterview data') });
  });

  it('is listed in afterview --help and has its own help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}stats\s+the whole search at a glance/m);
    expect(await cli(['stats', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--from DAY') });
  });
});
