// Serves the built renderer to the window from app://afterview/, a private origin of our
// own: pages get a real origin for the CSP's 'self' without file:// and its wide reach.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveRendererFile, type RendererFile } from '../../node/services/renderer-path.ts';
import { NO_SUCH_PAGE } from '../../node/services/sentences.ts';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.ts';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Maps app://afterview/<path> to a file inside rendererDir, or says why it is not served. */
export function resolveAppRequest(rendererDir: string, requestUrl: string): RendererFile {
  const url = URL.canParse(requestUrl) ? new URL(requestUrl) : null;
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404, message: NO_SUCH_PAGE };
  return resolveRendererFile(rendererDir, url.pathname);
}

/** The file for app://afterview/<path>, or null for anything that is not served. */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  const target = resolveAppRequest(rendererDir, requestUrl);
  return target.ok ? target.file : null;
}

const textResponse = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/** The protocol handler: it always answers, so a bad address or a missing file is never a rejection. */
export async function answerAppRequest(rendererDir: string, request: { url: string }): Promise<Response> {
  const target = resolveAppRequest(rendererDir, request.url);
  if (!target.ok) return textResponse(target.status, target.message);
  let response: Response;
  try {
    response = await net.fetch(pathToFileURL(target.file).toString());
  } catch {
    return textResponse(404, NO_SUCH_PAGE);
  }
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(response.body, { status: response.status, headers });
}

export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request));
}
