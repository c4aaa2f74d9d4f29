// What the services say to the person using Afterview, in one place: the sentences a page
// shows when the app service, the router, capture, import and export or the notifier answer
// with a refusal. Each says what happened, that nothing was lost, and what to do. Kept
// together so the voice stays one voice; the storage's notices are in storage/sentences.ts,
// the hosts' start and stop failures in failure-sentences.ts and start-failure-sentence.ts.

// The door (contract-router.ts) and the web host's last resort (node/web/handler-guard.ts).
export const FOREIGN_SENDER = 'This request did not come from Afterview itself, so it was refused.';
export const INTERNAL_FAILURE =
  'Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, restart Afterview.';
export const unknownRequest = (channel: string): string => `Afterview does not know the request "${channel.slice(0, 60)}".`;

// The app service.
export const READ_ONLY =
  'This data was saved by a newer version of Afterview, so it is open read-only. Update Afterview to make changes; nothing has been altered.';
export const LINK_REFUSED = 'Only https:// web pages and email links can be opened from Afterview.';

// A dropped or pasted mail, invitation or posting (capture-handlers.ts).
export const CAPTURE_NO_APPLICATION =
  'No application matches this yet; pick the application it belongs to and try again. Nothing was changed.';
export const CAPTURE_NOTHING_TO_CHANGE = 'There is nothing to change on the board for this. Nothing was changed.';

// Import, export and backups (exchange/import-export.ts, host-exchange.ts).
export const CALENDAR_NOT_IMPORTED = 'Afterview exports calendars but cannot import them; import a JSON backup or a CSV file instead.';
export const CSV_UNREADABLE = 'The CSV file could not be read; nothing was imported.';
export const BACKUP_GONE = 'That backup is no longer there or cannot be read. Pick another one from the list; nothing was changed.';

// Why a reminder is in the page's banner rather than a desktop notification (reminders/desktop-notifier.ts).
export const NOTIFICATIONS_UNSUPPORTED = 'This system cannot show desktop notifications, so Afterview shows your reminders here instead.';
export const NOTIFICATION_REFUSED =
  'The system refused to show a desktop notification (notifications may be turned off for Afterview), so the reminder is shown here instead.';

// An address of the app's own pages that serves nothing (renderer-path.ts: the app:// protocol and the web host).
export const BAD_ADDRESS =
  'That address is not a valid path (it has a broken %-escape or a character no file name can hold), so nothing was served. Check the address, or open Afterview from its start page.';
export const NO_SUCH_PAGE = 'There is no such page in Afterview. Check the address, or open Afterview from its start page.';
