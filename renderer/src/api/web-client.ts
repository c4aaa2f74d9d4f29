// The contract carried over HTTP to the loopback web host: each channel is a POST to
// /api/<channel> with the per-run token, and events arrive on a server-sent event stream.
import type { AfterviewApi, Channel, EventName, EventPayloads } from '../../../shared/ipc/contract.ts';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import { isSafeExternalUrl } from '../../../shared/ipc/links.ts';
import { mailtoUrl } from '../../../shared/exchange/clipboard.ts';

const TOKEN_KEY = 'afterview.token';

/**
 * The host answered 401: this tab's access key is from an earlier run (Afterview was restarted
 * and printed a new address). Trying again cannot work; only the new address can (issue 10).
 */
export const STALE_KEY_MESSAGE = "Afterview was restarted, so this tab's access key no longer works. Open the new address it printed in the terminal (the one ending in ?token=); nothing you saved is lost.";

/** The tab has no access key at all. */
export const NO_KEY_MESSAGE = 'This page was opened without its access key. Open the address the Afterview web host printed, including ?token=.';

/** Whether a message asks for a new address, so offering "Try again" would be useless. */
export function needsNewAddress(message: string): boolean {
  return message === STALE_KEY_MESSAGE || message === NO_KEY_MESSAGE;
}

const failure = (message: string): Result<never> => ({ ok: false, error: { code: 'unavailable', message } });

const inPageChannels = {
  async 'clipboard:write'(req: { text: string; html?: string }): Promise<Result<true>> {
    try {
      if (req.html !== undefined && typeof ClipboardItem !== 'undefined') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([req.text], { type: 'text/plain' }),
            'text/html': new Blob([req.html], { type: 'text/html' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(req.text);
      }
      return { ok: true, value: true };
    } catch {
      return failure('The browser did not let Afterview use the clipboard. Allow clipboard access for this page, or select the text and copy it by hand.');
    }
  },
  async 'mail:open'(req: { to?: string[]; subject?: string; body?: string }): Promise<Result<true>> {
    window.location.href = mailtoUrl({ to: req.to ?? [], subject: req.subject ?? '', body: req.body ?? '' });
    return { ok: true, value: true };
  },
  async 'link:open'(req: { url: string }): Promise<Result<true>> {
    if (!isSafeExternalUrl(req.url)) return { ok: false, error: { code: 'forbidden', message: 'Only https:// web pages and email links can be opened from Afterview.' } };
    window.open(req.url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: true };
  },
};



/** The token arrives once in the address (?token=...); it is kept for this tab and removed from the address bar. */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createWebClient(token: string | null): AfterviewApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  const connect = () => {
    if (source || !token) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of listeners.keys()) attach(name);
  };
  const attached = new Set<EventName>();
  const attach = (name: EventName) => {
    if (!source || attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (e) => {
      const payload = JSON.parse((e as MessageEvent<string>).data) as never;
      for (const fn of listeners.get(name) ?? []) fn(payload);
    });
  };

  const call = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    if (!token) {
      return {
        ok: false,
        error: { code: 'forbidden', message: NO_KEY_MESSAGE },
      };
    }
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(request === undefined ? null : request),
      });
      if (res.status === 401) return { ok: false, error: { code: 'forbidden', message: STALE_KEY_MESSAGE } };
      return (await res.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'unavailable', message: 'Afterview is not running any more. Start it again with npm start; nothing you saved is lost.' },
      };
    }
  };

  const api = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, (req: unknown) => call(c, req)])) as Record<Channel, unknown>;
  // In a browser the page itself holds the clipboard and opens links; the host cannot.
  Object.assign(api, inPageChannels);
  return {
    ...(api as Omit<AfterviewApi, 'on'>),
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      connect();
      attach(event);
      return () => set.delete(listener as (payload: never) => void);
    },
  } as AfterviewApi;
}
