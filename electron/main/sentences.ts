// What the desktop app's main process says itself: the titles of its error dialogs and the
// reasons a setting could not be applied. Why starting or quitting failed is worded in
// node/services (start-failure-sentence.ts, failure-sentences.ts), shared with the web host.

// Dialog titles (menu-export.ts, quit-flush.ts; start-failure.ts uses START_FAILURE_TITLE).
export const EXPORT_FAILED_TITLE = 'Afterview could not export';
export const SAVE_FAILED_TITLE = 'Afterview could not save';
export const EXPORT_UNEXPECTED =
  'The export did not finish because of a problem on our side. Try again; if it keeps happening, restart Afterview.';

// Start at login (login-item.ts).
export const LOGIN_ITEM_UNSUPPORTED = 'Starting at login is not available on this system.';
export const LOGIN_ITEM_FROM_SOURCE = 'Starting at login works in the installed app, not when running from source.';
export const LOGIN_ITEM_NO_HOME = 'Your home folder could not be found, so Afterview cannot add itself to the programs started at login.';
export const loginItemFailed = (detail: string): string =>
  `Afterview could not change whether it starts at login (${detail}). Your setting is saved; try again from Settings.`;
