// The contract carried over HTTP to the loopback web host: each channel is a POST to
// /api/<channel> with the per-run token, and events arrive on a server-sent event stream.
import type { AfterviewApi, Channel, EventName, EventPayloads } from '../../../shared/ipc/contract.ts';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';

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
        error: { code: 'forbidden', message: 'This page was opened without its access key. Open the address the Afterview web host printed, including ?token=.' },
      };
    }
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(request === undefined ? null : request),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'unavailable', message: 'Afterview is not running any more. Start it again with npm start; nothing you saved is lost.' },
      };
    }
  };

  const api = Object.fromEntries(CHANNELS.map((c) => [c, (req: unknown) => call(c, req)])) as Record<Channel, unknown>;
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
