// The fault test (issue 4): a child process writes acknowledged changes through the real
// store and is killed with SIGKILL at random points, a hundred times. After every kill the
// data file must parse, validate, and hold every change acknowledged before the kill.
// The writer is bundled once with esbuild and run with plain node, so a kill costs a
// process start, not a TypeScript compile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../../shared/model/schema.ts';
import { sampleDocument } from '../../../fixtures/data/generate.ts';
import { openDocumentStore } from '../../../../node/services/storage/document-store.ts';
import { bundleForNode, onLines } from './child-helpers.ts';
import { systemClock } from '../../../../node/services/system-clock.ts';

const KILLS = 100;
let workDir: string;
let bundle: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-fault-'));
  bundle = path.join(workDir, 'writer.mjs');
  // Only the conf engine runs in the child; electron-store would pull in Electron.
  await bundleForNode(fileURLToPath(new URL('./fault-writer.ts', import.meta.url)), bundle, { external: ['electron-store', 'electron'] });
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Runs the writer and kills it `delayMs` after it is ready; resolves with what it acked. */
function runAndKill(dataDir: string, delayMs: number): Promise<{ acked: number[]; notices: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    const notices: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    onLines(child.stdout, (line) => {
      if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      else if (line.startsWith('notice ')) notices.push(line.slice(7));
      else if (line.startsWith('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      // Only what was fully read counts as acknowledged: a half-printed line is not.
      if (signal === 'SIGKILL') resolve({ acked, notices });
      else reject(new Error(`the writer exited by itself (${code}): ${stderr}`));
    });
  });
}

describe('storage under SIGKILL (fault test)', () => {
  it(`keeps a valid file with every acknowledged change across ${KILLS} kills at random points`, async () => {
    const dataDir = path.join(workDir, 'data');
    fs.mkdirSync(dataDir);
    // A few hundred applications make each write long enough for kills to land inside it.
    fs.writeFileSync(path.join(dataDir, 'afterview.json'), JSON.stringify(sampleDocument(300)));
    const everAcked = new Set<number>();
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const { acked, notices } = await runAndKill(dataDir, Math.floor(Math.random() * 60));
      expect(notices, `kill ${kill}: the writer had to recover`).toEqual([]);
      acked.forEach((n) => everAcked.add(n));
      totalAcks += acked.length;

      const text = fs.readFileSync(path.join(dataDir, 'afterview.json'), 'utf8');
      const parsed = DocumentSchema.safeParse(JSON.parse(text));
      expect(parsed.success, `kill ${kill}: the file does not validate`).toBe(true);
      const ids = new Set(parsed.data!.applications.map((a) => a.id));
      const missing = [...everAcked].filter((n) => !ids.has(`fault-${n}`));
      expect(missing, `kill ${kill}: acknowledged changes lost`).toEqual([]);
    }
    // The writer did real work between kills (how much depends on the machine's load).
    expect(totalAcks).toBeGreaterThan(0);
    const store = await openDocumentStore({ dataDir, clock: systemClock });
    expect(store.notice).toBeNull();
    expect(store.doc.applications.length).toBeGreaterThanOrEqual(300 + everAcked.size);
    await store.close();
    // No temp files are left to grow without bound (stale ones are swept at open).
    const leftovers = fs.readdirSync(dataDir).filter((n) => n.includes('.tmp-'));
    expect(leftovers.length).toBeLessThan(KILLS);
  }, 120_000);
});
