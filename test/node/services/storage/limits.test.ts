// Issue 11: a change is applied to a copy and the whole resulting document checked before
// it is answered. One that would break a whole-document limit is refused with a sentence
// naming the limit; nothing else is affected and later changes still save.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleApplication, sampleDocument } from '../../../fixtures/data/generate.ts';
import { addCommand, newDataDir, openService, writeDataFile } from './service-harness.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const contact = (i: number) => ({ id: `c${i}`, name: `Contact ${i}`, title: '', email: '', linkedin: '' });
const round = (i: number) => ({
  id: `r${i}`,
  startsAt: '2024-03-12T10:00:00.000Z',
  minutes: 60,
  kind: 'video' as const,
  interviewerIds: [],
  topics: '',
});
const template = (i: number) => ({
  id: `t${i}`,
  kind: 'thank_you_email' as const,
  name: `Template ${i}`,
  subject: '',
  body: 'Thank you.',
  builtIn: false,
});

async function expectRefusedThenLaterSaved(refused: unknown, limit: RegExp) {
  const first = await openService(dataDir);
  const before = await first.state();
  const res = await first.call('state:command', refused);
  expect(res.ok).toBe(false);
  if (!res.ok) expect(res.error.message).toMatch(limit);
  expect((await first.state()).doc).toEqual(before.doc);
  // The refusal stops nothing: later changes are answered ok and are there after a restart.
  for (const id of ['later-1', 'later-2', 'later-3']) expect((await first.call('state:command', addCommand(id))).ok).toBe(true);
  await first.close();
  const again = await openService(dataDir);
  const ids = (await again.state()).doc.applications.map((a) => a.id);
  expect(ids).toEqual(expect.arrayContaining(['later-1', 'later-2', 'later-3']));
  await again.close();
}

describe('whole-document limits', () => {
  it('refuses the 101st contact with a sentence naming the limit', async () => {
    const app = { ...sampleApplication(0), contacts: Array.from({ length: 100 }, (_, i) => contact(i)) };
    writeDataFile(dataDir, { ...sampleDocument(0), applications: [app] });
    await expectRefusedThenLaterSaved(
      { type: 'upsertContact', id: app.id, at: '2024-03-10T11:00:00.000Z', contact: contact(100) },
      /at most 100 contacts/,
    );
  });

  it('refuses the 101st round', async () => {
    const app = { ...sampleApplication(0), rounds: Array.from({ length: 100 }, (_, i) => round(i)) };
    writeDataFile(dataDir, { ...sampleDocument(0), applications: [app] });
    await expectRefusedThenLaterSaved(
      { type: 'addRound', id: app.id, at: '2024-03-10T11:00:00.000Z', eventId: 'e-r100', round: round(100) },
      /at most 100 interview rounds/,
    );
  });

  it('refuses the 501st template', async () => {
    writeDataFile(dataDir, { ...sampleDocument(1), templates: Array.from({ length: 500 }, (_, i) => template(i)) });
    await expectRefusedThenLaterSaved({ type: 'saveTemplate', template: template(500) }, /at most 500 templates/);
  });
});
