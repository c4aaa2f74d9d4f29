// Template gaps of any bracket style left in a draft (playbook, "Draft checks"): a pasted
// template from elsewhere says "{first_name}", "[Interviewer's Name]" or "<company>", not
// our own "[interviewer's first name]". Any of them reaching a hiring manager reads as a form letter.
import type { TextRange } from './check-types.ts';

// Short bracketed text with a letter in it, on one line. Email addresses ("<dana@acme.example>")
// and links are real content, not gaps, so anything with "@", "://" or "mailto:" is left alone.
const GAP = /\{[^{}\n]{1,40}\}|\[[^[\]\n]{1,40}\]|<[^<>\n]{1,40}>/g;

export function templateGaps(text: string, known: readonly TextRange[] = []): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(GAP)) {
    const inner = match[0].slice(1, -1);
    if (!/[a-z]/i.test(inner) || /@|:\/\/|^mailto:/i.test(inner)) continue;
    const start = match.index;
    const end = start + match[0].length;
    // Our own unfilled placeholders are reported with a hint of where the value comes from.
    if (known.some((r) => r.start === start && r.end === end)) continue;
    ranges.push({ start, end });
  }
  return ranges;
}

/** Whether a line holds a gap of any style (a greeting "Dear [Name]," names nobody). */
export function hasGap(text: string): boolean {
  return templateGaps(text).length > 0;
}
