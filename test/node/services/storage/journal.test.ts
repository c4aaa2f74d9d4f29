// The journal's promises at start: a torn last line (a kill mid-write, never answered) is
// dropped; a kill between a snapshot's rename and the journal's cut replays only what the
// snapshot lacks; a damaged line in the middle loads what came before it, keeps a copy and
// says so. And the change format replays to exactly the document that was answered.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDocumentChange, diffDocuments } from '../../../../node/services/storage/document-diff.ts';
import { serializeDocument } from '../../../../node/services/storage/document-file.ts';
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { encodeEntry, parseJournal } from '../../../../node/services/storage/journal.ts';
import { hashText, snapshotText } from '../../../../node/services/storage/snapshot-writer.ts';
import type { AfterviewDocument } from '../../../../shared/model/types.ts';
import { sampleApplication, sampleDocument } from '../../../fixtures/data/generate.ts';
import { clock, newDataDir } from './service-harness.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const withApp = (doc: AfterviewDocument, i: number): AfterviewDocument => ({
  ...doc,
  applications: [...doc.applications, sampleApplication(i)],
});
const change = (seq: number, before: AfterviewDocument, after: AfterviewDocument) =>
  encodeEntry({ t: 'change', seq, d: diffDocuments(before, after)! });
const writeSnapshot = (doc: AfterviewDocument) => {
  const text = serializeDocument(doc);
  fs.writeFileSync(path.join(dataDir, 'afterview.json'), text);
  return hashText(text);
};
const writeJournal = (text: string) => fs.writeFileSync(path.join(dataDir, 'afterview.journal'), text);
const ids = (doc: AfterviewDocument) => doc.applications.map((a) => a.id);

describe('opening: snapshot, then the journal', () => {
  const d0 = sampleDocument(2);
  const d1 = withApp(d0, 10);
  const d2 = withApp(d1, 11);
  const d3 = withApp(d2, 12);

  it('replays the journal and drops a torn last line', async () => {
    const hash = writeSnapshot(d0);
    const torn = change(3, d2, d3).slice(0, 30);
    writeJournal(encodeEntry({ t: 'base', hash }) + change(1, d0, d1) + change(2, d1, d2) + torn);
    const store = await openDocumentStore({ dataDir, clock });
    expect(ids(store.doc)).toEqual(ids(d2));
    expect(store.notice).toBeNull();
    await store.close();
  });

  it('after a kill between the snapshot and the cut, replays only what the snapshot lacks', async () => {
    const oldHash = hashText(serializeDocument(d0));
    const newHash = writeSnapshot(d2);
    writeJournal(
      encodeEntry({ t: 'base', hash: oldHash }) +
        change(1, d0, d1) +
        change(2, d1, d2) +
        encodeEntry({ t: 'snap', hash: newHash, through: 2 }) +
        change(3, d2, d3),
    );
    const store = await openDocumentStore({ dataDir, clock });
    expect(ids(store.doc)).toEqual(ids(d3));
    expect(store.notice).toBeNull();
    await store.close();
  });

  it('loads what comes before a damaged line, keeps a copy of the journal and says so', async () => {
    const hash = writeSnapshot(d0);
    const bad = change(2, d1, d2).replace('"seq":2', '"seq":9');
    writeJournal(encodeEntry({ t: 'base', hash }) + change(1, d0, d1) + bad + change(3, d2, d3));
    const store = await openDocumentStore({ dataDir, clock });
    expect(ids(store.doc)).toEqual(ids(d1));
    expect(store.notice).toMatch(/line 3 of it is damaged.*afterview\.journal\.kept-/);
    await store.close();
  });

  it('keeps a journal that belongs to another data file aside instead of replaying it', async () => {
    writeSnapshot(d0);
    writeJournal(encodeEntry({ t: 'base', hash: 'someone-else' }) + change(1, d0, d1));
    const store = await openDocumentStore({ dataDir, clock });
    expect(ids(store.doc)).toEqual(ids(d0));
    expect(store.notice).toMatch(/does not belong to the data file/);
    await store.close();
  });
});

describe('the journal format', () => {
  it('a checksum tells a good line from an altered one', () => {
    const good = encodeEntry({ t: 'base', hash: 'h' });
    expect(parseJournal(good + good).entries).toHaveLength(2);
    expect(parseJournal(good.replace('"h"', '"x"') + good)).toEqual({ entries: [], damagedAt: 0 });
  });

  it('the snapshot text is exactly what serializeDocument writes', () => {
    const doc = sampleDocument(7);
    expect(snapshotText(doc)).toBe(serializeDocument(doc));
    expect(snapshotText(sampleDocument(0))).toBe(serializeDocument(sampleDocument(0)));
  });

  it('replaying a change gives back the very document that was answered', () => {
    const base = sampleDocument(12);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(20), notes: fc.string() }),
      fc.record({ kind: fc.constant('settings' as const), signature: fc.string({ maxLength: 40 }) }),
      fc.record({ kind: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let doc = base;
        let replayed = base;
        edits.forEach((e, n) => {
          const apps = [...doc.applications];
          if (e.kind === 'add') apps.splice(e.at % (apps.length + 1), 0, sampleApplication(100 + n));
          if (e.kind === 'remove' && apps.length > 0) apps.splice(e.at % apps.length, 1);
          if (e.kind === 'edit' && apps.length > 0) apps[e.at % apps.length] = { ...apps[e.at % apps.length]!, notes: e.notes };
          const next: AfterviewDocument =
            e.kind === 'settings'
              ? { ...doc, settings: { ...doc.settings, signature: e.signature } }
              : e.kind === 'move'
                ? { ...doc, columns: { ...doc.columns, applied: [...doc.columns.applied].reverse() } }
                : { ...doc, applications: apps };
          const d = diffDocuments(doc, next);
          if (d) replayed = applyDocumentChange(replayed, JSON.parse(JSON.stringify(d)) as typeof d);
          doc = next;
        });
        expect(JSON.parse(JSON.stringify(replayed))).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 200 },
    );
  });
});
