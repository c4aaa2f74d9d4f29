// What goes on the clipboard for a draft, and the mailto: link that opens it in a mail app.
// A draft is copied as plain text and as HTML together, so a mail client keeps the
// paragraphs while a plain field (a LinkedIn message box) gets clean text.

export interface Draft {
  subject: string;
  body: string;
}

export type CopyPart = 'subject' | 'body' | 'all';

export interface ClipboardPayload {
  text: string;
  html: string;
}

const normalizeLines = (text: string): string => text.replace(/\r\n?/g, '\n');

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Blank lines separate paragraphs; a single line break stays a line break. */
export function paragraphsToHtml(text: string): string {
  return normalizeLines(text)
    .trim()
    .split(/\n[ \t]*\n+/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function clipboardPayload(draft: Draft, part: CopyPart): ClipboardPayload {
  const subject = normalizeLines(draft.subject).replace(/\n+/g, ' ').trim();
  const body = normalizeLines(draft.body).trim();
  if (part === 'subject') return { text: subject, html: escapeHtml(subject) };
  if (part === 'body' || subject === '') return { text: body, html: paragraphsToHtml(body) };
  return {
    text: `Subject: ${subject}\n\n${body}`,
    html: `<p>Subject: ${escapeHtml(subject)}</p>${paragraphsToHtml(body)}`,
  };
}

export interface MailDraft {
  to: string | readonly string[];
  subject: string;
  body: string;
}

/** Percent-encodes for a mailto: header value (RFC 6068 section 2): UTF-8, %20 for spaces. */
const encodeValue = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A mailto: URL with recipients, subject and body (RFC 6068). Line breaks become CRLF
 * (%0D%0A), as the RFC asks; an address keeps its "@" and has everything else encoded.
 */
export function mailtoUrl(draft: MailDraft): string {
  const recipients = (typeof draft.to === 'string' ? [draft.to] : [...draft.to])
    .map((address) => address.trim())
    .filter((address) => address !== '')
    .map((address) => encodeValue(address).replace(/%40/g, '@'))
    .join(',');
  const fields: string[] = [];
  const subject = normalizeLines(draft.subject).replace(/\n+/g, ' ').trim();
  if (subject) fields.push(`subject=${encodeValue(subject)}`);
  const body = normalizeLines(draft.body);
  if (body.trim()) fields.push(`body=${encodeValue(body.replace(/\n/g, '\r\n'))}`);
  return `mailto:${recipients}${fields.length ? `?${fields.join('&')}` : ''}`;
}
