import { beforeEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { answerAppRequest, handleAppScheme, resolveAppFile } from '../../../electron/main/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.ts';

describe('app:// protocol', () => {
  const root = path.resolve('/opt/afterview/renderer');
  it('maps app pages to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://afterview/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://afterview/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });
  it('never serves a file outside it or for another host', () => {
    // The URL parser folds dot segments, so these land inside the folder, never above it.
    expect(resolveAppFile(root, 'app://afterview/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile(root, 'app://afterview/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    // An encoded slash survives the parser; decoding it must not climb out.
    expect(resolveAppFile(root, 'app://afterview/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
  });
});

describe('app:// protocol under malformed addresses (issue 9)', () => {
  const root = path.resolve('/opt/afterview/renderer');
  const malformed = ['/%E0', '/%', '/%zz', '/a%E0b', '/assets/%C0%AF', '/%00', '/assets/x%2'];

  beforeEach(() => {
    vi.mocked(net.fetch).mockReset();
  });

  it('resolves a malformed escape to nothing instead of throwing', () => {
    for (const pathname of malformed) expect(resolveAppFile(root, `app://afterview${pathname}`), pathname).toBeNull();
  });

  it('answers a malformed escape with a 400 and a sentence, without touching the disk', async () => {
    for (const pathname of malformed) {
      const response = await answerAppRequest(root, { url: `app://afterview${pathname}` });
      expect(response.status, pathname).toBe(400);
      expect(await response.text()).toMatch(/^That address is not a valid path.*\.$/);
    }
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it('answers a file that cannot be read with a 404 sentence rather than a rejection', async () => {
    vi.mocked(net.fetch).mockRejectedValue(new Error('net::ERR_FILE_NOT_FOUND'));
    const response = await answerAppRequest(root, { url: 'app://afterview/assets/missing.js' });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/^There is no such page in Afterview\..*\.$/);
    expect((await answerAppRequest(root, { url: 'app://other/index.html' })).status).toBe(404);
  });

  it('serves a file with the Content-Security-Policy through the handler it registers', async () => {
    vi.mocked(net.fetch).mockResolvedValue(new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    handleAppScheme(root);
    const handler = vi.mocked(protocol.handle).mock.calls.at(-1)![1] as (request: { url: string }) => Promise<Response>;
    const response = await handler({ url: 'app://afterview/' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(vi.mocked(net.fetch).mock.calls[0]![0]).toBe(pathToFileURL(path.join(root, 'index.html')).toString());
    expect((await handler({ url: 'app://afterview/%E0' })).status).toBe(400);
  });
});
