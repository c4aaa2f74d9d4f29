// The loopback web host: the same renderer and the same contract as the desktop app,
// carried over HTTP on 127.0.0.1 (requests) and a server-sent event stream (events).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import { fail, type ErrorCode, type Result } from '../../shared/ipc/result.ts';
import type { Router } from '../services/contract-router.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import { decodePathSegment } from '../services/renderer-path.ts';
import { answerClientError, guardHandler } from './handler-guard.ts';
import { checkHost, checkOrigin, tokenFrom, tokenMatches } from './http-guard.ts';
import { DEFAULT_MAX_BODY_BYTES, formatSize, readBody } from './request-body.ts';
import { serveStatic } from './static-files.ts';
import {
  ADDRESS_NOT_UNDERSTOOD,
  BROKEN_REQUEST_ADDRESS,
  NO_ACCESS_KEY,
  NOT_JSON,
  PAGES_ONLY,
  requestTooLarge,
  SEND_JSON,
  USE_POST,
} from './sentences.ts';

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface WebServer {
  readonly port: number;
  readonly url: string;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  close(): Promise<void>;
}

export interface WebServerOptions {
  router: Router;
  staticDir: string;
  token: string;
  port: number;
  /** The largest request body accepted, in bytes; tests lower it so they need not send 60 MB. */
  maxBodyBytes?: number;
  /** Told about a request handler that failed (the client got a 500 with a sentence). */
  onError?: (error: unknown) => void;
}

// Refusals the HTTP status says too; every other answer, failed or not, is a 200 with its Result.
const ERROR_STATUS: Partial<Record<ErrorCode, number>> = { unknown_channel: 404, invalid_payload: 400, not_served: 501 };

function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const clients = new Set<ServerResponse>();
  let port = options.port;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const origin = checkOrigin(req, port);
    if (!origin.ok) return sendJson(res, origin.status, fail('forbidden', origin.reason));
    if (!tokenMatches(options.token, tokenFrom(req, url))) {
      return sendJson(res, 401, fail('forbidden', NO_ACCESS_KEY));
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_payload', USE_POST));
    const type = req.headers['content-type'] ?? '';
    // Requiring JSON keeps plain HTML forms on other pages from posting here at all.
    if (!type.startsWith('application/json')) return sendJson(res, 415, fail('invalid_payload', SEND_JSON));
    const channel = decodePathSegment(url.pathname.slice('/api/'.length));
    if (channel === null) return sendJson(res, 404, fail('unknown_channel', BROKEN_REQUEST_ADDRESS));
    const text = await readBody(req, maxBody);
    if (text === null) {
      // The rest of the body is still arriving: say so and close, rather than read it all.
      const refusal = fail('invalid_payload', requestTooLarge(formatSize(maxBody)));
      return sendJson(res, 413, refusal, { connection: 'close' });
    }
    let payload: unknown;
    try {
      payload = text.trim() === '' ? null : JSON.parse(text);
    } catch {
      return sendJson(res, 400, fail('invalid_payload', NOT_JSON));
    }
    // The contract treats "no payload" as undefined; JSON can only say null.
    const result = await options.router.dispatch(channel, payload === null ? undefined : payload, true);
    const status = result.ok ? 200 : (ERROR_STATUS[result.error.code] ?? 200);
    sendJson(res, status, result);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = checkHost(req, port);
    if (!host.ok) return sendText(res, host.status, host.reason);
    const base = `http://127.0.0.1:${port}`;
    const target = req.url ?? '/';
    // Appended rather than resolved, so "//x" stays a path instead of naming a host "x".
    const address = target.startsWith('/') ? base + target : target;
    if (!URL.canParse(address, base)) return sendText(res, 400, ADDRESS_NOT_UNDERSTOOD);
    const url = new URL(address, base);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, PAGES_ONLY);
    return serveStatic(options.staticDir, url.pathname, res, SECURITY_HEADERS);
  };

  const server = http.createServer(guardHandler(handle, options.onError));
  server.on('clientError', answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': keep-alive\n\n');
  }, 25_000);
  heartbeat.unref();

  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const c of clients) c.write(frame);
    },
    async close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
