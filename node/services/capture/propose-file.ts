// One entry point for whatever the user hands over (a dropped file, a paste, the command
// line's FILE): it tells the kind apart by name and content, reads it, and proposes.
import { proposeForInvite, proposeForMessage, type ProposeOptions } from '../../../shared/capture/propose.ts';
import { proposeForPosting } from '../../../shared/capture/posting.ts';
import type { CaptureProposal } from '../../../shared/capture/types.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { readEmail, readPastedMail } from './eml.ts';
import { CaptureReadError, readInvites } from './ics.ts';
import { readPostingHtml } from './posting-html.ts';

export interface HandedOver {
  name: string;
  content: Buffer | string;
  /** Where a posting page was fetched from, when it was. */
  pageUrl?: string;
}

export type CaptureResult = { ok: true; proposal: CaptureProposal } | { ok: false; message: string };

type Kind = 'ics' | 'eml' | 'html' | 'text';

/** The file's kind from its content first (a mail saved as .txt is still a mail), then its name. */
export function kindOf(file: HandedOver): Kind {
  const head = (typeof file.content === 'string' ? file.content : file.content.toString('latin1', 0, 4_000)).trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (
    /^(?:[\w-]+:[^\n]*\r?\n)+/.test(head) &&
    /^(?:from|received|message-id|mime-version|return-path|delivered-to):/im.test(head) &&
    /\.eml$|^[^.]*$/i.test(file.name)
  )
    return 'eml';
  if (/^<!doctype html|^<html|application\/ld\+json/i.test(head)) return 'html';
  if (/\.ics$/i.test(file.name)) return 'ics';
  if (/\.eml$/i.test(file.name)) return 'eml';
  if (/\.html?$/i.test(file.name)) return 'html';
  return 'text';
}

export async function proposeFromFile(file: HandedOver, doc: AfterviewDocument, options: ProposeOptions): Promise<CaptureResult> {
  const { now } = options;
  const text = () => (typeof file.content === 'string' ? file.content : file.content.toString('utf8'));
  try {
    switch (kindOf(file)) {
      case 'ics': {
        const [invite] = readInvites(text());
        return { ok: true, proposal: proposeForInvite(doc, invite!, options) };
      }
      case 'eml':
        return { ok: true, proposal: proposeForMessage(doc, await readEmail(file.content, now), options) };
      case 'html':
        return { ok: true, proposal: proposeForPosting(readPostingHtml(text(), file.pageUrl), options) };
      case 'text': {
        const pasted = text();
        if (!pasted.trim())
          return {
            ok: false,
            message:
              'This file is empty: expected a saved mail (.eml), a calendar invitation (.ics), a job posting page (.html) or a mail pasted as text.',
          };
        return { ok: true, proposal: proposeForMessage(doc, readPastedMail(pasted, now), options) };
      }
    }
  } catch (error) {
    if (error instanceof CaptureReadError) return { ok: false, message: error.message };
    return {
      ok: false,
      message: `Afterview could not read ${file.name}: expected a saved mail (.eml), a calendar invitation (.ics) or a job posting page (.html).`,
    };
  }
}
