// The Content-Security-Policy of every page of the app: only our own scripts and styles,
// no inline code, no network but our own origin, no frames, no forms posting elsewhere.
// renderer/index.html carries the same policy in a meta tag; a test keeps them equal.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
