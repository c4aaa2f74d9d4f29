// The web host's door: the token, the Host and Origin checks, payload validation, and the
// static files. Each refusal must leave the stored data exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRuntime, type Runtime } from '../../../electron/services/app-runtime.ts';
import { startWebServer, type WebServer } from '../../../electron/web/server.ts';

const TOKEN = 'test-token-0123456789abcdef';
let dir: string;
let staticDir: string;
let runtime: Runtime;
let server: WebServer;
const events: string[] = [];

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(method: string, pathname: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method, path: pathname, headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };
const auth = { ...json, authorization: `Bearer ${TOKEN}` };
const addCommand = (company: string) =>
  JSON.stringify({
    type: 'addApplication',
    id: `app-${company}`,
    at: '2026-11-20T10:00:00.000Z',
    eventId: `ev-${company}`,
    fields: { company, role: 'Product Designer' },
  });
const storedCompanies = async () => {
  await runtime.store.flush();
  const file = path.join(dir, 'afterview.json');
  // A new data folder has no file until the first change is written.
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  return (JSON.parse(text) as { applications: { company: string }[] }).applications.map((a) => a.company);
};

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-web-'));
  staticDir = path.join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Afterview</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  events.length = 0;
  runtime = await startRuntime({
    dataDir: dir,
    backend: 'conf',
    lock: 'web',
    emit: (event) => events.push(event),
    notify: () => undefined,
    host: {
      platform: { kind: 'web', dataDir: dir, version: 'test', notifications: () => 'default' },
      writeClipboard: () => undefined,
      openExternal: async () => undefined,
      openDataFolder: async () => undefined,
      deliverExport: async (f) => ({ fileName: f.fileName, content: f.content, mimeType: f.mimeType }),
    },
  });
  server = await startWebServer({ router: runtime.router, staticDir, token: TOKEN, port: 0 });
});

afterEach(async () => {
  await server.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('applies a command that carries the token, and stores it', async () => {
    const reply = await request('POST', '/api/state:command', { headers: auth, body: addCommand('Acme') });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { revision: 2, canUndo: true } });
    expect(await storedCompanies()).toEqual(['Acme']);
    expect(events).toContain('state:changed');
  });

  it('refuses a request without the token and changes nothing', async () => {
    await request('POST', '/api/state:command', { headers: auth, body: addCommand('Acme') });
    const reply = await request('POST', '/api/state:command', { headers: json, body: addCommand('Evil') });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrong = await request('POST', '/api/state:command', { headers: { ...json, authorization: 'Bearer nope' }, body: addCommand('Evil') });
    expect(wrong.status).toBe(401);
    expect(await storedCompanies()).toEqual(['Acme']);
  });

  it('refuses a foreign Origin even with the token, and changes nothing', async () => {
    const reply = await request('POST', '/api/state:command', { headers: { ...auth, origin: 'https://evil.example' }, body: addCommand('Evil') });
    expect(reply.status).toBe(403);
    const crossSite = await request('POST', '/api/state:command', { headers: { ...auth, 'sec-fetch-site': 'cross-site' }, body: addCommand('Evil') });
    expect(crossSite.status).toBe(403);
    expect(await storedCompanies()).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await request('GET', '/', { headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
    const api = await request('POST', '/api/state:get', { headers: { ...auth, host: 'evil.example' }, body: 'null' });
    expect(api.status).toBe(421);
  });

  it('rejects a payload of the wrong shape with a sentence naming the field, and changes nothing', async () => {
    const bad = JSON.stringify({ type: 'addApplication', id: 'x', at: 'yesterday', eventId: 'e', fields: { company: 'Acme', role: 'PM' } });
    const reply = await request('POST', '/api/state:command', { headers: auth, body: bad });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { ok: false; error: { code: string; message: string; path: string } };
    expect(body.error.code).toBe('invalid_payload');
    expect(body.error.path).toBe('at');
    expect(body.error.message).toMatch(/at: must be an ISO 8601 date-time.*Nothing was changed/);
    const missing = await request('POST', '/api/state:command', { headers: auth, body: JSON.stringify({ type: 'addApplication', id: 'x', at: '2026-11-20T10:00:00Z', eventId: 'e', fields: { company: '  ' , role: 'PM' } }) });
    expect(JSON.parse(missing.body).error.message).toMatch(/fields\.company: a company name is needed/);
    expect(await storedCompanies()).toEqual([]);
  });

  it('rejects unknown channels, non-JSON bodies and other content types', async () => {
    expect((await request('POST', '/api/fs:delete', { headers: auth, body: '{}' })).status).toBe(404);
    expect((await request('POST', '/api/state:command', { headers: auth, body: '{not json' })).status).toBe(400);
    const form = await request('POST', '/api/state:command', { headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: addCommand('Evil') });
    expect(form.status).toBe(415);
    expect(await storedCompanies()).toEqual([]);
  });

  it('opens the event stream only with the token', async () => {
    expect((await request('GET', '/api/events')).status).toBe(401);
    const ok = await new Promise<number>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${TOKEN}`, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
    });
    expect(ok).toBe(200);
  });

  it('answers a restore of a missing or damaged backup with a sentence and changes nothing', async () => {
    await request('POST', '/api/state:command', { headers: auth, body: addCommand('Acme') });
    const missing = await request('POST', '/api/backups:restore', { headers: auth, body: JSON.stringify({ id: '2026-11-20T10-00-00-000Z_daily_1' }) });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    mkdirSync(path.join(dir, 'backups'), { recursive: true });
    writeFileSync(path.join(dir, 'backups', '2026-11-19T10-00-00-000Z_daily_1.json'), '{"schemaVersion": 1, "applic');
    const damaged = await request('POST', '/api/backups:restore', { headers: auth, body: JSON.stringify({ id: '2026-11-19T10-00-00-000Z_daily_1' }) });
    expect(JSON.parse(damaged.body)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('nothing was changed') } });
    expect(await storedCompanies()).toEqual(['Acme']);
  });

  it('serves the app with security headers and nothing outside its folder', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await request('GET', '/../secret.txt')).status).toBe(404);
    expect((await request('GET', '/..%2fsecret.txt')).status).toBe(404);
  });
});
