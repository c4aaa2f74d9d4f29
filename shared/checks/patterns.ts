// Phrases the draft checks look for, each with the one-line suggestion shown beside it.
// Written as regular expressions over the draft text; flags "gi" are added by the caller.

export interface PhrasePattern {
  source: string;
  message: string;
}

/** Pushy phrasing (playbook, "Draft checks"): pressure reads worse than silence. */
export const PUSHY: readonly PhrasePattern[] = [
  { source: String.raw`\bwhen will I hear back\b`, message: 'Ask gently instead: "Is there any news you can share on the next steps?"' },
  { source: String.raw`\b(I am|I'm|I've been|I have been) still waiting\b|\bstill waiting\b`, message: 'Leave out the waiting; say you are still interested instead.' },
  { source: String.raw`\bas I (said|mentioned|wrote) (before|earlier|previously)\b`, message: 'Drop the reminder of what you said; restate the point kindly if it matters.' },
  { source: String.raw`\bASAP\b|\bas soon as possible\b`, message: 'Let them set the pace; ask for news "when you have a moment".' },
  { source: String.raw`\bhaven'?t heard (back|anything)\b|\bhave not heard (back|anything)\b`, message: 'Skip the silence itself; ask whether there is any news.' },
  { source: String.raw`[?!]{2,}`, message: 'One question mark or full stop is enough.' },
];

/** A follow-up that says or implies the job went to someone else (P7). */
export const IMPLIES_LOST: readonly PhrasePattern[] = [
  { source: String.raw`\bsomeone else\b|\banother (candidate|applicant|person)\b|\bother (candidates|applicants)\b`, message: 'Do not suggest they chose someone else; write as though the door is open (P7).' },
  { source: String.raw`\b(position|role|job|vacancy) (has|had|may have|might have) (already )?been (filled|closed|given)\b`, message: 'Do not guess the role is filled; ask for news instead (P7).' },
  { source: String.raw`\b(did not|didn't|won't|will not|may not have|might not have) (get|got|gotten) (the|this) (job|role|position|offer)\b`, message: 'Never imply you did not get it; keep the note hopeful (P7).' },
  { source: String.raw`\bnot (been )?(selected|chosen|successful)\b|\b(decided|chosen) to move (forward|on) with\b`, message: 'Leave the decision to them; do not announce it for them (P7).' },
];

export function findAll(text: string, source: string): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(source, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
