// From the path of a request to a file of the built renderer, for both hosts: app:// in the
// desktop app and http://127.0.0.1 in the web host. Anything can send these paths (any web
// page can point an <img> at the loopback host), so bad input is an answer, never a throw.
import path from 'node:path';
import { BAD_ADDRESS, NO_SUCH_PAGE } from './sentences.ts';

export type RendererFile = { ok: true; file: string; relative: string } | { ok: false; status: 400 | 404; message: string };

/** decodeURIComponent that answers null, instead of throwing, for a malformed escape (%E0, %zz, %). */
export function decodePathSegment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The file inside `root` that `pathname` (still %-encoded, as the URL parser left it) names. */
export function resolveRendererFile(root: string, pathname: string): RendererFile {
  const decoded = pathname === '/' ? '/index.html' : decodePathSegment(pathname);
  // A NUL byte is no file name anywhere, and the file system would throw on it.
  if (decoded === null || decoded.includes('\0')) return { ok: false, status: 400, message: BAD_ADDRESS };
  const relative = decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  // An encoded slash (%2f) survives the URL parser's folding of "..": decoding it must not climb out.
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 404, message: NO_SUCH_PAGE };
  return { ok: true, file, relative };
}
