// Issue 11: salvage, not rollback. One invalid application in the data file is set aside,
// verbatim, in a quarantine file the user is told about, and every other one loads; a
// backup is only the last resort, when the file cannot be read at all.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../node/services/storage/backups.ts';
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { sampleDocument } from '../../../fixtures/data/generate.ts';
import { clock, newDataDir } from './service-harness.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('salvaging a data file with a bad application', () => {
  it('sets one bad application aside and loads the other 52, not the morning backup', async () => {
    // A good backup with 3 applications exists: the old code went back to it.
    createBackup(dataDir, sampleDocument(3), 'daily', new Date('2024-03-10T06:00:00.000Z'));
    const doc = sampleDocument(53);
    const raw = JSON.parse(JSON.stringify(doc)) as { applications: Record<string, unknown>[] };
    raw.applications[17] = { ...raw.applications[17], decisionBy: 'next tuesday' };
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), JSON.stringify(raw));

    const store = await openDocumentStore({ dataDir, clock });
    expect(store.doc.applications).toHaveLength(52);
    expect(store.doc.applications.map((a) => a.id)).not.toContain(doc.applications[17]!.id);
    const quarantine = fs.readdirSync(dataDir).find((n) => n.startsWith('afterview.quarantine-'));
    expect(quarantine).toBeDefined();
    expect(store.notice).toContain(path.join(dataDir, quarantine!));
    expect(store.notice).toMatch(/could not use one application/);
    const kept = JSON.parse(fs.readFileSync(path.join(dataDir, quarantine!), 'utf8')) as { applications: unknown[] };
    expect(kept.applications).toEqual([raw.applications[17]]);
    await store.close();

    // The salvaged file is what opens next time, with no notice.
    const again = await openDocumentStore({ dataDir, clock });
    expect(again.doc.applications).toHaveLength(52);
    expect(again.notice).toBeNull();
    await again.close();
  });

  it('still goes to the newest backup when the file is not JSON at all', async () => {
    createBackup(dataDir, sampleDocument(3), 'daily', new Date('2024-03-10T06:00:00.000Z'));
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), '{"schemaVersion": 2, "applications": [');
    const store = await openDocumentStore({ dataDir, clock });
    expect(store.doc.applications).toHaveLength(3);
    expect(store.notice).toMatch(/restored your backup/);
    await store.close();
  });
});
