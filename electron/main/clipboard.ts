// Writes a draft to the system clipboard from the main process: plain text and HTML as two
// types of ONE clipboard item in one write, so both belong to the same copy (a mail client
// pastes the formatting, a plain field the clean text) and a second write never replaces
// the first. Electron 44 rebuilt the clipboard on the W3C Clipboard API: write() takes
// ClipboardItems keyed by MIME type and returns a promise. Electron's clipboard and
// ClipboardItem come in as parameters, so this runs and is tested without Electron.
export type ClipboardItemClass<Item> = new (items: Record<string, string>) => Item;

export interface DraftPayload {
  text: string;
  html?: string;
}

/** The item's MIME types and contents: text always, HTML only when there is some. */
export function draftClipboardTypes(payload: DraftPayload): Record<string, string> {
  return payload.html ? { 'text/plain': payload.text, 'text/html': payload.html } : { 'text/plain': payload.text };
}

/** Resolves once the system clipboard holds the draft; rejects if the system refused it. */
export function writeDraftToClipboard<Item>(
  clipboard: { write(items: Item[]): Promise<void> },
  ClipboardItem: ClipboardItemClass<Item>,
  payload: DraftPayload,
): Promise<void> {
  return clipboard.write([new ClipboardItem(draftClipboardTypes(payload))]);
}
