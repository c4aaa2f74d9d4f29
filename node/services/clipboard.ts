// Writes a draft to the system clipboard from the main process: plain text and HTML in one
// call, so both formats belong to the same copy (two calls would let the second replace
// the first). The Electron clipboard is passed in, so this runs and is tested without it.

export interface ClipboardLike {
  write(data: { text?: string; html?: string }): void;
}

export function writeClipboard(clipboard: ClipboardLike, payload: { text: string; html?: string }): void {
  clipboard.write(payload.html ? { text: payload.text, html: payload.html } : { text: payload.text });
}
