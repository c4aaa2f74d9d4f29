// What the loopback web host says: its refusals of a request (an answer a page or another
// program reads) and the lines it prints in the terminal. The sentences the services answer
// through it are in node/services/sentences.ts.

// Refusals (server.ts, http-guard.ts, handler-guard.ts).
export const NO_ACCESS_KEY = 'This request did not carry the access key of this Afterview session, so it was refused.';
export const OTHER_PAGE_REFUSED = 'Requests from other web pages are refused.';
export const USE_POST = 'Use POST for Afterview requests.';
export const SEND_JSON = 'Afterview requests must be sent as JSON.';
export const BROKEN_REQUEST_ADDRESS = 'That is not the address of an Afterview request (it has a broken %-escape). Nothing was changed.';
export const requestTooLarge = (size: string): string => `The request is larger than ${size}, so it was refused. Nothing was changed.`;
export const NOT_JSON = 'The request was not valid JSON. Nothing was changed.';
export const ADDRESS_NOT_UNDERSTOOD = 'That address could not be understood, so nothing was served.';
export const PAGES_ONLY = 'Only pages can be read here; Afterview requests go to /api/.';
export const HEADERS_TOO_LARGE = 'The request headers are too large, so the request was refused.';
export const REQUEST_NOT_UNDERSTOOD = 'The request could not be understood, so it was refused.';

// The terminal (main.ts).
export const BROWSER_NOT_OPENED = 'Could not open a browser by itself; open the address above.';
export const HOW_TO_STOP = 'Press Ctrl+C to stop. Your changes are saved as you make them.';
export const PORT_IN_USE = 'That port is already in use (is Afterview already running?). Pick another with --port.';
export const notBuiltYet = (staticDir: string): string =>
  `The app is not built yet (${staticDir} is missing). Run "npm run build" first, or use "npm start".`;
export const requestFailedLine = (reason: string): string => `[afterview] a request failed (${reason}); it was answered with an error.`;
