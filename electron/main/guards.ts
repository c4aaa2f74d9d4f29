// Keeps the window on the app's own pages: navigation elsewhere and new windows are
// refused (safe links go to the system browser instead), and every permission the page
// might ask for (camera, geolocation, notifications...) is denied: the main process
// does the notifying. setupGuards installs both for the whole app, once.
import type { Session, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security.ts';

export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface GuardedApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): unknown;
}

/**
 * The one place the guards are installed, once, before any window exists: every web
 * contents the app ever creates (the main window's, and any a bug or a page might open)
 * is guarded as it is created, and the session refuses every permission. The IPC sender
 * check is the other half; it lives in the one IPC wrapper (ipc.ts).
 */
export function setupGuards(app: GuardedApp, session: Session, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  denyPermissions(session);
}
