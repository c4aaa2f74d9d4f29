// What the page can do by itself, for a host that does not (the web host cannot reach the
// user's clipboard or mail app): the browser's clipboard, a mailto: link, a new tab.
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import type { CapabilityChannel } from '../../../shared/ipc/capabilities.ts';
import { fail, ok, type Result } from '../../../shared/ipc/result.ts';
import { isSafeExternalUrl } from '../../../shared/ipc/links.ts';
import { mailtoUrl } from '../../../shared/exchange/clipboard.ts';

export type PageCapabilities = { [C in CapabilityChannel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

export const CLIPBOARD_REFUSED =
  'The browser did not let Afterview use the clipboard. Allow clipboard access for this page, or select the text and copy it by hand.';

export function browserPage(): PageCapabilities {
  return {
    async 'clipboard:write'(req) {
      try {
        if (req.html !== undefined && typeof ClipboardItem !== 'undefined') {
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': new Blob([req.text], { type: 'text/plain' }),
              'text/html': new Blob([req.html], { type: 'text/html' }),
            }),
          ]);
        } else {
          await navigator.clipboard.writeText(req.text);
        }
        return ok(true as const);
      } catch {
        return fail('unavailable', CLIPBOARD_REFUSED);
      }
    },
    async 'mail:open'(req) {
      window.location.href = mailtoUrl({ to: req.to ?? [], subject: req.subject ?? '', body: req.body ?? '' });
      return ok(true as const);
    },
    async 'link:open'(req) {
      if (!isSafeExternalUrl(req.url)) return fail('forbidden', 'Only https:// web pages and email links can be opened from Afterview.');
      window.open(req.url, '_blank', 'noopener,noreferrer');
      return ok(true as const);
    },
    async 'data:openFolder'() {
      return fail(
        'not_served',
        'A browser page cannot open folders. Your data folder is named in Settings; open it from your file manager.',
      );
    },
  };
}
