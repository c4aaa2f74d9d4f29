// Every request of the web host runs through guardHandler: a handler that throws or whose
// promise rejects gets a 500 with a sentence (or, once the answer has begun, a cut-off
// connection) instead of an unhandled rejection, which would end the whole host.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { INTERNAL_FAILURE } from '../services/sentences.ts';
import { HEADERS_TOO_LARGE, REQUEST_NOT_UNDERSTOOD } from './sentences.ts';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function answerFailure(req: IncomingMessage, res: ServerResponse): void {
  try {
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const api = (req.url ?? '').startsWith('/api/');
    const body = api ? JSON.stringify({ ok: false, error: { code: 'internal', message: INTERNAL_FAILURE } }) : INTERNAL_FAILURE;
    const type = api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
    res
      .writeHead(500, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close' })
      .end(body);
  } catch {
    res.destroy();
  }
}

export function guardHandler(handler: RequestHandler, onError: (error: unknown) => void = () => {}): RequestHandler {
  return (req, res) => {
    const fail = (error: unknown) => {
      try {
        onError(error);
      } finally {
        answerFailure(req, res);
      }
    };
    // A write after the answer ended emits 'error' on the response; unheard, it ends the process.
    res.on('error', () => res.destroy());
    try {
      Promise.resolve(handler(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
};

/**
 * Node's own answer to a request it cannot parse is a bare 400; this one says why in a
 * sentence. (A request line Node can parse but whose path is odd reaches the handlers.)
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request'];
  const text = status === 431 ? HEADERS_TOO_LARGE : REQUEST_NOT_UNDERSTOOD;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
