// An employer's mail as a mail client saves or drags it (.eml, RFC 5322), read with
// mailparser: multipart and encodings handled, an HTML-only body turned to text, the quoted
// earlier mail removed, and an attached invitation read as well.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { CapturedMessage, Person } from '../../../shared/capture/types.ts';
import { CaptureReadError, readInvites } from './ics.ts';
import { withoutQuotedReply } from './quoted-reply.ts';

function firstPerson(field: AddressObject | AddressObject[] | undefined): Person | null {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const address = list.flatMap((a) => a.value)[0];
  return address ? { name: address.name ?? '', email: (address.address ?? '').toLowerCase() } : null;
}

function allEmails(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list
    .flatMap((a) => a.value)
    .map((v) => (v.address ?? '').toLowerCase())
    .filter(Boolean);
}

function calendarText(mail: ParsedMail): string | null {
  const part = mail.attachments.find((a) => /text\/calendar|application\/ics/i.test(a.contentType) || /\.ics$/i.test(a.filename ?? ''));
  return part ? part.content.toString('utf8') : null;
}

const ENCRYPTED = /^content-type:\s*(?:multipart\/encrypted|application\/(?:x-)?pkcs7-mime)/im;

/** `fallbackDate`: when the mail has no Date header (a pasted draft), the moment it was handed over. */
export async function readEmail(source: Buffer | string, fallbackDate: Date): Promise<CapturedMessage> {
  const head = (typeof source === 'string' ? source : source.toString('latin1')).slice(0, 20_000);
  if (ENCRYPTED.test(head))
    throw new CaptureReadError('This mail is encrypted; save it decrypted from your mail client (or paste its text) and try again.');
  if (!/^(?:from|subject|date|message-id|received|mime-version):/im.test(head)) {
    throw new CaptureReadError('This is not a saved mail: an .eml file starts with headers such as From:, Subject: and Date:.');
  }
  const mail = await simpleParser(source, { skipImageLinks: true });
  const from = firstPerson(mail.from) ?? { name: '', email: '' };
  const body = mail.text ?? '';
  const icsText = calendarText(mail);
  let invite: CapturedMessage['invite'];
  if (icsText) {
    try {
      invite = readInvites(icsText, allEmails(mail.to))[0];
    } catch (error) {
      // A broken attachment should not hide the mail's words: read the mail without it.
      if (!(error instanceof CaptureReadError)) throw error;
    }
  }
  return {
    from,
    subject: mail.subject ?? '',
    sentAt: (mail.date ?? fallbackDate).toISOString(),
    text: withoutQuotedReply(body),
    ...(invite ? { invite } : {}),
  };
}

/** Text pasted from a mail: a "From:" and "Subject:" line are used when the paste has them. */
export function readPastedMail(text: string, now: Date): CapturedMessage {
  const line = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(text)?.[1]?.trim() ?? '';
  const fromLine = line('From');
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(fromLine)?.[0]?.toLowerCase() ?? '';
  const name = fromLine
    .replace(/<[^>]*>/, '')
    .replace(email, '')
    .replace(/["']/g, '')
    .trim();
  const dated = Date.parse(line('Date') || line('Sent'));
  return {
    from: { name, email },
    subject: line('Subject'),
    sentAt: (Number.isNaN(dated) ? now : new Date(dated)).toISOString(),
    text: withoutQuotedReply(text),
  };
}
