// Who may talk to the loopback web host. Anything on this machine can reach 127.0.0.1,
// including web pages the user has open in a browser, so every API call must carry the
// per-run token, and requests whose Host or Origin is not our own address are refused
// (this also stops DNS-rebinding pages that resolve their own name to 127.0.0.1).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { OTHER_PAGE_REFUSED } from './sentences.ts';

export interface GuardVerdict {
  ok: boolean;
  status: number;
  reason: string;
}

const allow: GuardVerdict = { ok: true, status: 200, reason: '' };

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkHost(req: IncomingMessage, port: number): GuardVerdict {
  const host = req.headers.host ?? '';
  if (!ownOrigins(port).some((o) => o === `http://${host}`)) {
    return { ok: false, status: 421, reason: `Requests for the host "${host.slice(0, 80)}" are not served here.` };
  }
  return allow;
}

export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin)) {
    return { ok: false, status: 403, reason: OTHER_PAGE_REFUSED };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: OTHER_PAGE_REFUSED };
  }
  return allow;
}

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenFrom(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  // EventSource cannot send headers, so the event stream takes the token in its address.
  return url.pathname === '/api/events' ? url.searchParams.get('token') : null;
}
