import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl, isTrustedSender, windowOptions } from '../../../electron/main/security.ts';

describe('window options', () => {
  const options = windowOptions('/app/preload.cjs', { width: 1200, height: 800 });
  it('turn on isolation and the sandbox and keep Node out of the page', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
  it('show the window only when it is ready to paint (no white flash)', () => {
    expect(options.show).toBe(false);
    expect(options.width).toBe(1200);
  });
});

describe('URL rules', () => {
  it('treat only app://afterview pages as the app', () => {
    expect(isAppUrl('app://afterview/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://afterview/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('let only https and mailto links leave the app', () => {
    expect(isSafeExternalUrl('https://jobs.example.com/123')).toBe(true);
    expect(isSafeExternalUrl('mailto:dana@example.com?subject=Thanks')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///home/user/.ssh/id_rsa')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.com')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
  });
  it('trust only the top frame of the app page as an IPC sender', () => {
    expect(isTrustedSender({ url: 'app://afterview/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://afterview/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no inline script, no remote code and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
  it('is the same in renderer/index.html (less frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
