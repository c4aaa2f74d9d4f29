// The web host as a user runs it (`node --import tsx node/web/main.ts`), in a child
// process: what any web page can send it must not stop it, and stopping it prints no stack.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  rmSync(dir, { recursive: true, force: true });
});

interface Host {
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function startHost(): Promise<Host> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-host-'));
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Afterview</title>');
  const started = spawn(
    process.execPath,
    ['--import', 'tsx', 'node/web/main.ts', '--no-open', '--port', '0', '--data-dir', path.join(dir, 'data')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, AFTERVIEW_RENDERER_DIR: staticDir },
    },
  );
  child = started;
  let output = '';
  const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Afterview is running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (m?.[1]) resolve(Number(m[1]));
    };
    started.stdout.on('data', onData);
    started.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`the web host exited with ${code}:\n${output}`)));
  });
  return { port, output: () => output, exited };
}

function get(port: number, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, headers: { host: `127.0.0.1:${port}` }, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${pathname}`)));
    req.on('error', reject);
  });
}

describe('the web host process', () => {
  it('answers malformed paths with a 4xx sentence, keeps serving, and stops on SIGTERM without a stack trace', async () => {
    const host = await startHost();
    for (const pathname of ['/%E0', '/%', '/%zz', '/a%E0b', '/assets/%C0%AF', '/api/%E0', '/%E0%A4%A', '/%00']) {
      const reply = await get(host.port, pathname);
      expect(reply.status, pathname).toBeGreaterThanOrEqual(400);
      expect(reply.status, pathname).toBeLessThan(500);
      expect(reply.body, pathname).toMatch(/[A-Z].*\./);
    }
    expect((await get(host.port, '/')).status).toBe(200);
    expect(child?.exitCode).toBeNull();
    child?.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(host.output()).not.toMatch(/\n\s+at /);
  }, 60_000);
});
