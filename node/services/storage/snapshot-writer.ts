// Writes the whole document to a temp file beside the data file without ever holding the
// process for long: the text is produced a few hundred applications at a time, with a turn
// of the event loop between pieces, and written and fsynced asynchronously. At 20,000
// applications one JSON.stringify of the document blocks for well over 100 ms; a piece
// costs about a millisecond. The text is byte for byte what serializeDocument gives, and
// its hash is taken on the way, so the journal can name the snapshot it follows.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AfterviewDocument } from '../../../shared/model/types.ts';

const APPS_PER_PIECE = 200;
let counter = 0;

export const hashText = (text: string): string => createHash('sha1').update(text).digest('hex');

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Pieces of `JSON.stringify(doc, null, 2)`, applications a few at a time. */
function* pieces(doc: AfterviewDocument): Generator<string, void, undefined> {
  const keys = Object.keys(doc).filter((key) => (doc as unknown as Record<string, unknown>)[key] !== undefined);
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    yield `  ${JSON.stringify(key)}: `;
    if (key === 'applications' && doc.applications.length > 0) {
      const apps = doc.applications;
      yield '[\n';
      for (let start = 0; start < apps.length; start += APPS_PER_PIECE) {
        let text = '';
        for (let i = start; i < Math.min(start + APPS_PER_PIECE, apps.length); i++) {
          text += `    ${JSON.stringify(apps[i], null, 2).replace(/\n/g, '\n    ')}${i < apps.length - 1 ? ',\n' : '\n'}`;
        }
        yield text;
      }
      yield '  ]';
    } else {
      yield JSON.stringify((doc as unknown as Record<string, unknown>)[key], null, 2).replace(/\n/g, '\n  ');
    }
    yield k < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

export interface WrittenSnapshot {
  temp: string;
  hash: string;
}

/** Writes `doc` to a new temp file next to `filePath` (0600), fsynced; the caller renames it. */
export async function writeSnapshotTemp(filePath: string, doc: AfterviewDocument): Promise<WrittenSnapshot> {
  const temp = `${filePath}.tmp-${process.pid}-${counter++}`;
  const hash = createHash('sha1');
  const handle = await fs.promises.open(temp, 'w', 0o600);
  try {
    let batch = '';
    for (const piece of pieces(doc)) {
      batch += piece;
      if (batch.length > 256 * 1024) {
        hash.update(batch);
        await handle.write(batch);
        batch = '';
        await turn();
      }
    }
    hash.update(batch);
    await handle.write(batch);
    await handle.datasync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return { temp, hash: hash.digest('hex') };
}

/** The whole text at once, for tests and for small documents. */
export function snapshotText(doc: AfterviewDocument): string {
  return [...pieces(doc)].join('');
}
