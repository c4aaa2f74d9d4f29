// A tab left open across a restart (issue 10): the web host refuses its old access key with
// 401, and the page says to open the new address from the terminal instead of "Try again".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App.tsx';
import { createClient } from '../../renderer/src/api/client.ts';
import { createHttpTransport } from '../../renderer/src/api/http-transport.ts';
import { HOST_GONE_MESSAGE, STALE_KEY_MESSAGE } from '../../renderer/src/api/load-errors.ts';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { StoreProvider } from '../../renderer/src/store/StoreContext.tsx';
import { fixedClock } from '../../shared/time/clock.ts';
import { NOW } from './render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function respond(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('web client', () => {
  it('turns a 401 into the restart sentence, naming the terminal and ?token=', async () => {
    const fetch = respond(401, {
      ok: false,
      error: { code: 'forbidden', message: 'This request did not carry the access key of this Afterview session, so it was refused.' },
    });
    const result = await createClient(createHttpTransport('key-from-an-earlier-run'))['state:get'](undefined);
    expect(fetch).toHaveBeenCalledOnce();
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: STALE_KEY_MESSAGE } });
    expect(STALE_KEY_MESSAGE).toMatch(/restarted.*new address it printed in the terminal.*\?token=/);
  });

  it('passes any other answer through unchanged', async () => {
    respond(200, { ok: false, error: { code: 'not_found', message: 'No such card.' } });
    expect(await createClient(createHttpTransport('key'))['state:get'](undefined)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such card.' },
    });
  });
});

// The real HTTP transport over a stubbed fetch: a 401 from the host, or no host at all.
async function openWith(answer: 'stale key' | 'host gone') {
  // jsdom has no EventSource; the page's event stream just never delivers here.
  vi.stubGlobal(
    'EventSource',
    class {
      addEventListener() {}
    },
  );
  if (answer === 'stale key') respond(401, { ok: false, error: { code: 'forbidden', message: 'refused' } });
  else
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
  render(
    <StoreProvider store={createAppStore(createClient(createHttpTransport('key')), { clock: fixedClock(NOW) })}>
      <App />
    </StoreProvider>,
  );
  return screen.findByRole('alert');
}

describe('the load error screen', () => {
  it('after a restart says to open the new address, without a Try again that cannot work', async () => {
    const alert = await openWith('stale key');
    expect(alert.textContent).toContain(STALE_KEY_MESSAGE);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('keeps Try again for a problem that trying again can fix', async () => {
    expect((await openWith('host gone')).textContent).toContain(HOST_GONE_MESSAGE);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
