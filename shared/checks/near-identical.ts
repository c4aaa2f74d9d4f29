// Drafts to two interviewers at the same company that are the same words apart from the name
// (playbook, "Draft checks"). Interviewers compare notes; each should read as written for its
// reader (P3), so the check asks for something said with this person in particular.
import type { Application } from '../model/types.ts';
import type { Draft } from '../templates/render.ts';

/** At most this many words changed (or this share of the longer note) still counts as the same note. */
const SAME_WORDS = 3;
const SAME_SHARE = 0.05;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Stands in for any contact's name; not a word a note would contain.
const NAME_TOKEN = 'zzname';

/** The words of a draft with every contact's name replaced by one token, so names do not count as a difference. */
function wordsOf(draft: Draft, app: Application): string[] {
  let text = `${draft.subject}\n${draft.body}`.toLowerCase();
  const names = app.contacts.flatMap((c) => [c.name.trim(), ...c.name.trim().split(/\s+/)]).filter((n) => n.length > 1);
  // Longest first, so "Dana Whitfield" goes before "Dana".
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`\\b${escape(name.toLowerCase())}\\b`, 'g'), NAME_TOKEN);
  }
  return text.match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Word-level edit distance, stopping early once it passes `limit` (notes are short, so this is cheap). */
function wordDistance(a: readonly string[], b: readonly string[], limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return best;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether two drafts to different people say the same thing apart from the name. */
export function nearlyIdentical(a: Draft, b: Draft, app: Application): boolean {
  const left = wordsOf(a, app);
  const right = wordsOf(b, app);
  const limit = Math.max(SAME_WORDS, Math.ceil(SAME_SHARE * Math.max(left.length, right.length)));
  return wordDistance(left, right, limit) <= limit;
}

/** The other drafts (to other people at this company) that this one nearly repeats. */
export function nearIdenticalTo(draft: Draft, others: readonly Draft[], app: Application): Draft[] {
  return others.filter((o) => o !== draft && o.contactId !== draft.contactId && nearlyIdentical(draft, o, app));
}
