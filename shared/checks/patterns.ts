// Phrases the draft checks look for, each with the one-line suggestion shown beside it.
// Written as regular expressions over the draft text; flags "gi" are added by the caller.

export interface PhrasePattern {
  source: string;
  message: string;
}

/** Pushy phrasing (playbook, "Draft checks"): pressure reads worse than silence. */
export const PUSHY: readonly PhrasePattern[] = [
  // Any "when do/will/can I hear back" or "when can I expect an answer": the guides' own example of what not to send.
  {
    source: String.raw`\bwhen (will|do|would|can|could|shall|might|should) I (hear back|hear from you|get (an answer|a response|a reply|a decision)|expect (an answer|a response|a reply|a decision|to hear))\b`,
    message: 'Ask gently instead: "Is there any news you can share on the next steps?"',
  },
  {
    source: String.raw`\b(I am|I'm|I've been|I have been) still waiting\b|\bstill waiting\b`,
    message: 'Leave out the waiting; say you are still interested instead.',
  },
  {
    source: String.raw`\bas I (said|mentioned|wrote) (before|earlier|previously)\b`,
    message: 'Drop the reminder of what you said; restate the point kindly if it matters.',
  },
  // Offering to start soon (an acceptance) is the candidate's own pace, not pressure on them.
  {
    source: String.raw`(?<!\bI(?: can| could| am able to|'m able to| would be able to| will be able to| am happy to| would be happy to|'d be happy to) (?:start|begin|join)(?: work| the team)? )(\bASAP\b|\bas soon as possible\b)`,
    message: 'Let them set the pace; ask for news "when you have a moment".',
  },
  {
    source: String.raw`\bhaven'?t heard (back|anything)\b|\bhave not heard (back|anything)\b`,
    message: 'Skip the silence itself; ask whether there is any news.',
  },
  { source: String.raw`[?!]{2,}`, message: 'One question mark or full stop is enough.' },
];

/** A follow-up that says or implies the job went to someone else (P7). */
export const IMPLIES_LOST: readonly PhrasePattern[] = [
  // "another candidate" only after a choosing word: "meeting other candidates this week" implies nothing lost.
  {
    source: String.raw`\bsome(one|body) else\b|(?<=\b(?:with|chose|chosen|choose|choosing|selected|select|picked|pick|hired|hire|hiring|preferred|prefer|offered (?:it|the (?:role|job|position)) to|gave (?:it|the (?:role|job|position)) to)\s)(another|a different|a stronger|an? other|other) (candidate|applicant|person|people)s?\b`,
    message: 'Do not suggest they chose someone else; write as though the door is open (P7).',
  },
  {
    source: String.raw`\b(already )?(hired|found|chosen|selected|picked) (some(one|body)|another|a different|the right (candidate|person))\b|\b(have|has|had|'ve) already (hired|filled|chosen|decided)\b`,
    message: 'Do not guess they have hired already; ask for news instead (P7).',
  },
  {
    source: String.raw`\b(position|role|job|vacancy) (has|had|may have|might have) (already )?been (filled|closed|given)\b`,
    message: 'Do not guess the role is filled; ask for news instead (P7).',
  },
  {
    source: String.raw`\b(did not|didn't|won't|will not|may not have|might not have) (get|got|gotten) (the|this) (job|role|position|offer)\b`,
    message: 'Never imply you did not get it; keep the note hopeful (P7).',
  },
  {
    source: String.raw`\bnot (been )?(selected|chosen|successful|picked)\b|n't (been )?(selected|chosen|successful|picked)\b|\b(decided|chosen) to move (forward|on) with\b`,
    message: 'Leave the decision to them; do not announce it for them (P7).',
  },
];

export function findAll(text: string, source: string): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(source, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
