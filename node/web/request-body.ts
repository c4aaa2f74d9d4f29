// Reading a JSON request's body, up to a size limit. An answer to a body over the limit can
// only reach the client if the connection is still open, so an oversized body is read on
// and thrown away (not cut off with req.destroy()) while the handler answers 413.
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 60 * 1024 * 1024;

/** The body as text, or null when it is larger than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      req.off('data', onData);
      req.resume();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** "60 MB", "512 KB": the limit as the sentence of a 413 says it. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
