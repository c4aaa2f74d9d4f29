import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyPermissions, guardWebContents } from '../../../electron/main/guards.ts';

function fakeContents() {
  const handlers: Record<string, (event: { preventDefault: () => void }, url: string) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: vi.fn((name: string, fn: (event: { preventDefault: () => void }, url: string) => void) => {
      handlers[name] = fn;
    }),
    setWindowOpenHandler: vi.fn((fn: (details: { url: string }) => { action: string }) => {
      openHandler = fn;
    }),
  };
  const navigate = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    handlers[name]?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('window guards', () => {
  it('block navigation to another origin and hand safe links to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, openExternal);
    expect(navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/phish');
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(navigate('will-navigate', 'app://afterview/index.html')).toBe(false);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
  });
  it('deny every new window', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    guardWebContents(contents, openExternal);
    expect(open('https://jobs.example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://jobs.example.com');
    expect(open('http://plain.example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
  it('deny every permission request', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyPermissions(session as unknown as Session);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0](null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
  });
});
