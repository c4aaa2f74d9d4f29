// Issue 11: a change answered ok is a saved change, whatever happens next. Both hosts' real
// paths are killed with SIGKILL in the middle of bursts of commands, then started again:
// every change answered ok must be there and the data file valid, every time. The test runs
// a few kills to stay quick; `npm run bench` runs the HTTP one a hundred times
// (test/bench/storage-crash.bench.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../../shared/model/schema.ts';
import { bundleForNode, onLines } from './child-helpers.ts';
import { runWebHostFaults } from './web-host-faults.ts';

const KILLS = Number(process.env.AFTERVIEW_CRASH_KILLS ?? 10);
let workDir: string;
let ipcBundle: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-crash-'));
  ipcBundle = path.join(workDir, 'ipc-writer.mjs');
  const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  // The desktop app's engine, electron-store, with the electron mock standing in for Electron.
  await bundleForNode(here('./ipc-fault-writer.ts'), ipcBundle, {
    alias: { electron: here('../../../mocks/electron.ts'), vitest: here('./vi-stub.ts') },
  });
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function runIpcWriter(dataDir: string, from: number, killAfterMs: number): Promise<{ before: string[]; answered: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ipcBundle, dataDir, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let before: string[] = [];
    const answered: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    onLines(child.stdout, (line) => {
      if (line.startsWith('ok ')) answered.push(line.slice(3));
      else if (line.startsWith('ready')) {
        before = line.slice(6).split(',').filter(Boolean);
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve({ before, answered }) : reject(new Error(`the writer exited (${code}): ${stderr}`)),
    );
  });
}

describe('SIGKILL during bursts of commands', () => {
  it(`through the web host's HTTP path: nothing answered ok is lost in ${KILLS} kills`, async () => {
    const run = await runWebHostFaults(KILLS);
    expect(run.rounds).toBe(KILLS);
    expect(run.answeredOk).toBeGreaterThan(0);
    expect(run.invalidFiles).toBe(0);
    expect(run.missing).toEqual([]);
    expect(run.notices).toEqual([]);
  }, 120_000);

  it(`through the IPC router with the electron-store engine: nothing answered ok is lost in ${KILLS} kills`, async () => {
    const dataDir = path.join(workDir, 'ipc-data');
    const answered = new Set<string>();
    let next = 0;
    for (let kill = 0; kill <= KILLS; kill++) {
      const { before, answered: now } = await runIpcWriter(dataDir, next, kill === KILLS ? 0 : Math.random() * 500);
      const present = new Set(before);
      expect(
        [...answered].filter((id) => !present.has(id)),
        `after kill ${kill}`,
      ).toEqual([]);
      now.forEach((id) => answered.add(id));
      next += 10_000;
      const file = path.join(dataDir, 'afterview.json');
      if (fs.existsSync(file)) expect(DocumentSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8'))).success).toBe(true);
    }
    expect(answered.size).toBeGreaterThan(0);
  }, 120_000);
});
