// The client decides each page-side capability once: a transport whose host serves it (the
// desktop) gets the request; otherwise (the web host) the page does it itself and the host
// is never asked. Run against the real app service in-process and the real HTTP transport.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../renderer/src/api/client.ts';
import { createHttpTransport } from '../../../renderer/src/api/http-transport.ts';
import { browserPage, CLIPBOARD_REFUSED } from '../../../renderer/src/api/page-capabilities.ts';
import { CAPABILITY_CHANNELS } from '../../../shared/ipc/capabilities.ts';
import { startHost } from '../render.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function pageClipboard() {
  const writeText = vi.fn(async () => undefined);
  const write = vi.fn(async () => undefined);
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText, write } });
  return { writeText, write };
}

describe('a desktop host (it serves every capability)', () => {
  it('gets the clipboard, the links and the mail, and the page does nothing itself', async () => {
    const host = await startHost(null);
    const { writeText, write } = pageClipboard();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    expect(await host.client['clipboard:write']({ text: 'Hi Dana,', html: '<p>Hi Dana,</p>' })).toEqual({ ok: true, value: true });
    expect(await host.client['link:open']({ url: 'https://jobs.example.com/1' })).toEqual({ ok: true, value: true });
    expect(await host.client['mail:open']({ to: ['dana@example.com'], subject: 'Thanks', body: 'Hi' })).toEqual({ ok: true, value: true });
    expect(host.clipboard).toEqual([{ text: 'Hi Dana,', html: '<p>Hi Dana,</p>' }]);
    expect(host.opened).toEqual(['https://jobs.example.com/1', 'mailto:dana@example.com?subject=Thanks&body=Hi']);
    expect(writeText).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});

describe('a web host (it serves none)', () => {
  it('is never asked: the page writes its own clipboard and opens its own tab', async () => {
    const host = await startHost(null, { kind: 'web' });
    const { writeText } = pageClipboard();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    expect(await host.client['clipboard:write']({ text: 'Hi Dana,' })).toEqual({ ok: true, value: true });
    expect(writeText).toHaveBeenCalledWith('Hi Dana,');
    expect(await host.client['link:open']({ url: 'https://jobs.example.com/1' })).toEqual({ ok: true, value: true });
    expect(open).toHaveBeenCalledWith('https://jobs.example.com/1', '_blank', 'noopener,noreferrer');
    expect(await host.client['link:open']({ url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.calls.filter((c) => (CAPABILITY_CHANNELS as readonly string[]).includes(c.channel))).toEqual([]);
    // Asked straight, the host says it does not serve them rather than a quiet ok.
    expect(await host.elsewhere('clipboard:write', { text: 'Hi' })).toMatchObject({ ok: false, error: { code: 'not_served' } });
  });

  it('says in a sentence when the browser refuses the clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    expect(await browserPage()['clipboard:write']({ text: 'Hi' })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: CLIPBOARD_REFUSED },
    });
  });

  it('over HTTP sends the data channels to the host and keeps the capabilities in the page', async () => {
    const fetch = vi.fn(
      async (_url: string) =>
        new Response(JSON.stringify({ ok: true, value: [] }), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const { writeText } = pageClipboard();
    const client = createClient(createHttpTransport('key'));
    expect(await client['backups:list'](undefined)).toEqual({ ok: true, value: [] });
    expect(await client['clipboard:write']({ text: 'Hi' })).toEqual({ ok: true, value: true });
    expect(fetch.mock.calls.map((c) => String(c[0]))).toEqual(['/api/backups:list']);
    expect(writeText).toHaveBeenCalledWith('Hi');
  });
});
