// Which links may leave the app for the operating system or a new browser tab: web pages
// over https and mail drafts. Everything else (file:, javascript:, http:) stays closed.

// URL is a global in every runtime Afterview runs in (Chromium, Node, Electron), but it is
// not in the plain ECMAScript library that shared/ is typechecked against.
declare const URL: new (url: string) => { protocol: string; hostname: string; username: string; password: string };

export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password) || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}
