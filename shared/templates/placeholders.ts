// The placeholders a template can use, written {name}, and what each shows when the card has
// no value for it: "[interviewer's first name]", visible in the text and flagged as unfilled.
export const PLACEHOLDERS = {
  candidate_name: 'your name',
  signature: 'your name',
  interviewer_first_name: "interviewer's first name",
  company: 'company',
  role: 'role',
  interview_date: 'interview date',
  decision_date: 'decision date',
  topic: 'something you discussed',
  skills: 'your matching skills',
  // P7: the follow-up's positive line about the organisation.
  liked: 'what you liked about the company',
  // "Hi Dana", or the hiring team when the card names nobody (withdrawal, offer replies, P16).
  greeting: 'greeting',
  // P16: the day the offer must be answered by.
  offer_deadline: 'offer deadline',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export interface PlaceholderSpan {
  field: 'subject' | 'body';
  start: number;
  end: number;
  name: PlaceholderName;
  filled: boolean;
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** "[interviewer's first name]": how an unfilled placeholder reads in a draft. */
export function unfilledText(name: PlaceholderName): string {
  return `[${PLACEHOLDERS[name]}]`;
}

/** Fills {name} tokens, recording where each value (or its visible gap) lands in the result. */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
  field: PlaceholderSpan['field'],
): { text: string; spans: PlaceholderSpan[] } {
  const spans: PlaceholderSpan[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\{([a-z_]+)\}/g)) {
    const name = match[1]!;
    if (!isPlaceholderName(name)) continue;
    out += text.slice(last, match.index);
    const value = values[name]?.trim();
    const inserted = value ? value : unfilledText(name);
    spans.push({ field, start: out.length, end: out.length + inserted.length, name, filled: Boolean(value) });
    out += inserted;
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), spans };
}

/**
 * Placeholders a saved template uses that the app cannot fill ("{first_name}" instead of
 * "{interviewer_first_name}"), each once, in order: Settings > Templates flags them, since
 * every draft from that template would otherwise carry the gap.
 */
export function unknownPlaceholders(template: { subject: string; body: string }): string[] {
  const names = [...`${template.subject}\n${template.body}`.matchAll(/\{([^{}\n]{1,40})\}/g)].map((m) => m[1]!.trim());
  return [...new Set(names.filter((name) => !isPlaceholderName(name)))];
}
