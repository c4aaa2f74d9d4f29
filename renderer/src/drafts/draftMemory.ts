// The user's edits to a draft, kept per card, recipient and template until the message is
// sent or the user starts over (issue 10): closing the panel, switching template or filling a
// card field must not lose their words. localStorage, so a reload keeps them too; it is
// only a convenience, so a full or blocked storage just means nothing is kept.
export interface KeptDraft {
  subject: string;
  body: string;
  /** The draft as the card gave it when these edits were made, to tell when the card's facts changed. */
  baseSubject: string;
  baseBody: string;
}

const PREFIX = 'afterview.draft.';

export function draftMemoryKey(applicationId: string, contactId: string | undefined, templateId: string): string {
  return `${PREFIX}${applicationId}.${contactId ?? 'all'}.${templateId}`;
}

export function loadDraft(key: string): KeptDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<KeptDraft>;
    return typeof kept.subject === 'string' &&
      typeof kept.body === 'string' &&
      typeof kept.baseSubject === 'string' &&
      typeof kept.baseBody === 'string'
      ? (kept as KeptDraft)
      : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, kept: KeptDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the edit still lives in the open editor.
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing kept to forget.
  }
}
