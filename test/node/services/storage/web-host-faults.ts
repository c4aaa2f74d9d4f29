// The fault run through the real HTTP path, shared by the test (a few kills) and the bench
// (a hundred): the web host is bundled once and started as a plain node process on a data
// folder; bursts of commands are posted to it as the page would; it is killed with SIGKILL
// at a random moment; it is started again, and every change it answered ok must be there,
// and the data file must be valid, every time.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './child-helpers.ts';
import { DocumentSchema } from '../../../../shared/model/schema.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface FaultRun {
  rounds: number;
  answeredOk: number;
  missing: string[];
  invalidFiles: number;
  notices: string[];
}

export async function bundleWebHost(workDir: string): Promise<{ bundle: string; staticDir: string }> {
  const bundle = path.join(workDir, 'web-host.mjs');
  await bundleForNode(path.join(repoRoot, 'node/web/main.ts'), bundle, { external: ['electron-store', 'electron'] });
  // The host only needs a page to exist; the fault run never loads it.
  const staticDir = path.join(workDir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Afterview</title>');
  return { bundle, staticDir };
}

interface Host {
  child: ChildProcess;
  base: string;
  token: string;
}

function startHost(bundle: string, staticDir: string, dataDir: string): Promise<Host> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, '--no-open', '--port', '0', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, AFTERVIEW_RENDERER_DIR: staticDir },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Afterview is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(output);
      if (m) resolve({ child, base: m[1]!, token: m[2]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the web host exited (${code}):\n${output}`)));
  });
}

async function call(host: Host, channel: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const res = await fetch(`${host.base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(payload ?? null),
  });
  return (await res.json()) as { ok: boolean };
}

const addCommand = (id: string, at: string) => ({
  type: 'addApplication',
  id,
  at,
  eventId: `${id}-e`,
  fields: { company: `Company ${id}`, role: 'Engineer' },
});

/** Runs `rounds` kill rounds on a fresh data folder; returns what was answered and what is missing. */
export async function runWebHostFaults(rounds: number, options: { maxDelayMs?: number; burst?: number } = {}): Promise<FaultRun> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-http-fault-'));
  const { bundle, staticDir } = await bundleWebHost(workDir);
  const dataDir = path.join(workDir, 'data');
  const answered = new Set<string>();
  const result: FaultRun = { rounds: 0, answeredOk: 0, missing: [], invalidFiles: 0, notices: [] };
  let next = 0;
  try {
    for (let round = 0; round <= rounds; round++) {
      const host = await startHost(bundle, staticDir, dataDir);
      const exited = new Promise((r) => host.child.once('exit', r));
      const state = (await call(host, 'state:get', null)) as {
        ok: boolean;
        value: { doc: { applications: { id: string }[] }; notice: string | null };
      };
      const present = new Set(state.value.doc.applications.map((a) => a.id));
      for (const id of answered) if (!present.has(id)) result.missing.push(id);
      if (state.value.notice) result.notices.push(state.value.notice);
      if (round === rounds) {
        host.child.kill('SIGTERM');
        await exited;
        break;
      }
      // Bursts of concurrent commands until the kill lands at a random moment.
      let killed = false;
      const killAt = Math.random() * (options.maxDelayMs ?? 800);
      setTimeout(() => {
        killed = true;
        host.child.kill('SIGKILL');
      }, killAt);
      const at = new Date(Date.UTC(2024, 0, 1, 12, 0, round)).toISOString();
      while (!killed) {
        // Now and then a pause, long enough for a snapshot to start, so kills land in those too.
        if (Math.random() < 0.1) await new Promise((r) => setTimeout(r, Math.random() * 1_200));
        const ids = Array.from({ length: options.burst ?? 20 }, () => `f${next++}`);
        await Promise.all(
          ids.map((id) =>
            call(host, 'state:command', addCommand(id, at)).then(
              (res) => {
                if (res.ok) answered.add(id);
              },
              () => undefined, // cut off by the kill: never answered
            ),
          ),
        );
      }
      await exited;
      result.rounds++;
      // Before the first snapshot there is only the journal; once there, the file must be whole.
      const file = path.join(dataDir, 'afterview.json');
      if (fs.existsSync(file) && !DocumentSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8'))).success) result.invalidFiles++;
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  result.answeredOk = answered.size;
  return result;
}
