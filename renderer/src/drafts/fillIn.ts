// When the card's facts change under a draft the user has edited, the new details are
// offered, never forced (issue 10). This works out what changed between the draft the
// edit started from and the draft the card gives now, word by word, and carries each change
// into the user's text where the old words are still there, once, to be found.

/** Words, runs of space, and a visible gap "[like this]" as one token. */
function tokens(text: string): string[] {
  return text.match(/\[[^\]\n]*\]|\s+|[^\s[]+|\[/g) ?? [];
}

interface Hunk {
  from: string;
  to: string;
}

/** The changed runs between two texts, from a longest-common-subsequence of their tokens. */
function hunks(before: string, after: string): Hunk[] {
  const a = tokens(before);
  const b = tokens(after);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  let from = '';
  let to = '';
  const flush = () => {
    if (from || to) out.push({ from, to });
    from = '';
    to = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) to += b[j++];
    else from += a[i++];
  }
  flush();
  return out;
}

export interface FillResult {
  text: string;
  /** Changes carried into the user's text. */
  filled: number;
  /** Changes whose old words the user has already rewritten; left for them. */
  left: number;
}

/** The user's `edited` text with the changes from `base` to `fresh` applied where they still fit. */
export function fillIn(edited: string, base: string, fresh: string): FillResult {
  let text = edited;
  let filled = 0;
  let left = 0;
  for (const { from, to } of hunks(base, fresh)) {
    const at = from.trim() ? text.indexOf(from) : -1;
    if (at >= 0 && text.indexOf(from, at + 1) < 0) {
      text = text.slice(0, at) + to + text.slice(at + from.length);
      filled++;
    } else left++;
  }
  return { text, filled, left };
}
