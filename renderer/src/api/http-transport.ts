// The contract carried over HTTP to the loopback web host: each channel is a POST to
// /api/<channel> with the per-run token, and events arrive on a server-sent event stream.
// The web host serves none of the page-side capabilities (it answers 'not_served'): in a
// browser the page itself holds the clipboard and opens links and mail.
import type { Channel, EventName } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import { HOST_GONE_MESSAGE, NO_KEY_MESSAGE, STALE_KEY_MESSAGE } from './load-errors.ts';
import type { Transport } from './transport.ts';

const TOKEN_KEY = 'afterview.token';

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

export function createHttpTransport(token: string | null): Transport {
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
    if (!token) return { ok: false, error: { code: 'forbidden', message: NO_KEY_MESSAGE } };
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(request === undefined ? null : request),
      });
      if (res.status === 401) return { ok: false, error: { code: 'forbidden', message: STALE_KEY_MESSAGE } };
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'unavailable', message: HOST_GONE_MESSAGE } };
    }
  };

  return {
    call: (channel, request) => call(channel, request) as never,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      connect();
      attach(event);
      return () => set.delete(listener as (payload: never) => void);
    },
    serves: () => false,
  };
}
