// The security decisions of the desktop app as plain functions, so each is unit-tested
// without Electron: the window's options, which URLs the window may show, which links
// may leave the app, and which IPC senders are trusted.
import type { BrowserWindowConstructorOptions } from 'electron';

export { isSafeExternalUrl } from '../../shared/ipc/links.ts';
export { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import { MIN_SIZE } from './window-state.ts';

/** The app's pages are served from this origin by the protocol handler (protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'afterview';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function windowOptions(
  preloadPath: string,
  bounds: { x?: number; y?: number; width: number; height: number },
  extra: { icon?: string } = {},
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    ...extra,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Afterview',
    // Shown on 'ready-to-show', so there is no white flash before the first paint.
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: process.env.AFTERVIEW_DEVTOOLS === '1',
    },
  };
}

/** The window may only ever show the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the app's own top-level page may call the main process (not an iframe, not another site). */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url));
}
