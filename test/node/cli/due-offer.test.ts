// `afterview due` and P16: the countdown, the asks and the decide reminder, from a CSV with offer_deadline.
import { useTimeZone } from '../../shared/support/tz.ts';
useTimeZone('Europe/Paris');

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../node/cli/main.ts';
import type { CliIo } from '../../../node/cli/io.ts';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => new Date('2026-12-01T11:00:00Z'),
    env: {},
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const CSV =
  'company,role,stage,offer_at,offer_deadline,interview_at,interviewers,decision_by\nInitech,Engineer,offer,2026-12-01 10:00,2026-12-11 17:00,,,\nAcme,Designer,,,,2026-12-03 10:00,Dana Whitfield,2026-12-15\n';

describe('afterview due: P16', () => {
  it('P16 due: Tuesday 1 December 2026 12:00 lists the expedite and extension asks, the countdown, and the decide reminder on Wednesday 9 December 09:00', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-due-'));
    writeFileSync(path.join(dir, 'offer.csv'), CSV);
    const json = await cli(['due', '--csv', 'offer.csv', '--now', '2026-12-01T12:00', '--json'], dir);
    expect(json.code).toBe(0);
    const rows = (JSON.parse(json.stdout) as Record<string, unknown>[]).filter((r) => r.rule === 'P16');
    // Actions due at the same moment are ordered by key; compare them as a set.
    expect(rows.map((r) => [r.company, r.template, r.due]).sort()).toEqual([
      ['Acme', 'expedite_request', '2026-12-01T10:00:00+01:00'],
      ['Initech', null, '2026-12-11T17:00:00+01:00'],
      ['Initech', 'extension_request', '2026-12-01T10:00:00+01:00'],
    ]);
    const table = await cli(['due', '--csv', 'offer.csv', '--now', '2026-12-01T12:00'], dir);
    expect(table.stdout).toContain('Decide by Fri 11 Dec');
    expect(table.stdout).toContain(
      'Initech offer: answer by 2026-12-11T17:00:00+01:00; reminder to decide 2026-12-09T09:00:00+01:00 (P16).',
    );
  });
});
