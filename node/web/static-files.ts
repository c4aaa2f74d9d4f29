// Serves the built renderer from one folder, never outside it.
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { resolveRendererFile } from '../services/renderer-path.ts';
import { NO_SUCH_PAGE } from '../services/sentences.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function sendText(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

export async function serveStatic(root: string, pathname: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const target = resolveRendererFile(root, pathname);
  if (!target.ok) return sendText(res, target.status, headers, target.message);
  // Opened before the answer starts, so a file that is missing or goes away is a 404 sentence.
  let handle: FileHandle | null = null;
  let size: number;
  try {
    handle = await open(target.file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    await handle?.close().catch(() => undefined);
    return sendText(res, 404, headers, NO_SUCH_PAGE);
  }
  const type = TYPES[path.extname(target.file)] ?? 'application/octet-stream';
  const cache = target.relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...headers, 'content-type': type, 'content-length': String(size), 'cache-control': cache });
  // pipe() would leave a read error unhandled, which ends the process; pipeline hands it
  // here, where the half-sent answer can only be cut off. The stream closes the handle.
  pipeline(handle.createReadStream(), res, (error) => {
    if (error) res.destroy();
  });
}
