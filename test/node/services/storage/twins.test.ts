// Issue 11: imports keep ids unique. A JSON backup with two applications sharing an id is
// refused with a sentence (nothing changes); a data file with twins loads with the later
// twin set aside, so one card never stands for two applications.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../../shared/exchange/json-backup.ts';
import { sampleApplication, sampleDocument } from '../../../fixtures/data/generate.ts';
import { addCommand, newDataDir, openService, writeDataFile } from './service-harness.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const withTwins = () => {
  const doc = sampleDocument(3);
  return { ...doc, applications: [...doc.applications, { ...sampleApplication(7), id: doc.applications[1]!.id, company: 'Twin Co' }] };
};

describe('application ids stay unique', () => {
  it('refuses a JSON backup with twins, changing nothing', async () => {
    const app = await openService(dataDir);
    expect((await app.call('state:command', addCommand('mine'))).ok).toBe(true);
    const res = await app.call('data:import', { fileName: 'backup.json', content: encodeBackup(withTwins()) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/two applications with the same id .*nothing was imported/);
    expect((await app.state()).doc.applications.map((a) => a.id)).toEqual(['mine']);
    await app.close();
  });

  it('loads a data file with twins with the later twin set aside, and keeps saving', async () => {
    writeDataFile(dataDir, withTwins());
    const app = await openService(dataDir);
    const state = await app.state();
    expect(state.doc.applications).toHaveLength(3);
    expect(state.doc.applications.some((a) => a.company === 'Twin Co')).toBe(false);
    expect(state.notice).toMatch(/two applications have the id/);
    const quarantine = fs.readdirSync(dataDir).find((n) => n.startsWith('afterview.quarantine-'))!;
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, quarantine), 'utf8')).applications[0].company).toBe('Twin Co');
    expect((await app.call('state:command', addCommand('later'))).ok).toBe(true);
    await app.close();
  });
});
