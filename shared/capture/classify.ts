// What kind of message an employer sent, by rules a user can read back: each verdict comes
// with the phrases it rests on. Order matters: an offer or a rejection outranks the
// invitation or request the same mail may also contain.
import type { CaptureKind } from './types.ts';
import { INTERVIEW, OFFER, REJECTION_STRONG, REJECTION_WEAK, REQUEST, STILL_GOING, found } from './wording-rules.ts';

export interface Classification {
  kind: Exclude<CaptureKind, 'posting' | 'unknown'>;
  /** The phrases found, quoted, in the order they decided it. */
  clues: string[];
  /** "'unfortunately' and 'other candidates' read as a rejection". */
  because: string;
}

const quoted = (labels: string[]) => {
  const q = labels.map((l) => `'${l}'`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q.at(-1)}`;
};

const verdict = (kind: Classification['kind'], clues: string[], as: string): Classification => ({
  kind,
  clues,
  because: `${quoted(clues)} ${clues.length === 1 ? 'reads' : 'read'} as ${as}`,
});

export function classifyMessage(subject: string, body: string, hasInvite = false): Classification {
  // Mail bodies wrap at ~76 columns, so a phrase can span a line break.
  const text = `${subject}\n${body}`.replace(/\s+/g, ' ');
  const offer = found(OFFER, text);
  if (offer.length > 0) return verdict('offer', offer, 'an offer');

  const strong = found(REJECTION_STRONG, text);
  const weak = found(REJECTION_WEAK, text);
  const going = found(STILL_GOING, text);
  if (strong.length > 0) return verdict('rejection', [...strong, ...weak], 'a rejection');
  // Two soft signs make a rejection only when nothing says the process is still going:
  // "unfortunately we are still interviewing other candidates" is a delay, not a no.
  if (weak.length >= 2 && going.length === 0) return verdict('rejection', weak, 'a rejection');

  if (hasInvite) return verdict('interview', ['a calendar invitation'], 'an interview');
  const interview = found(INTERVIEW, text);
  if (interview.length > 0) return verdict('interview', interview, 'an invitation to interview');

  const request = found(REQUEST, text);
  if (request.length > 0) return verdict('request', request, 'a request for something');

  const clues = weak.length > 0 ? [...weak, ...going] : going;
  if (clues.length > 0) {
    return {
      kind: 'reply',
      clues,
      because: `${quoted(clues)} ${clues.length === 1 ? 'reads' : 'read'} as a reply that keeps the process open`,
    };
  }
  return { kind: 'reply', clues: [], because: 'no rejection, offer, invitation or request was found, so it reads as a reply' };
}
