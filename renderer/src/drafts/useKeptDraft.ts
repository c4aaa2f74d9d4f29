// One draft's text: the card's own until the user types, then theirs, kept (draftMemory.ts)
// until sent or started over. When the card's facts change under an edit, `stale` says so and
// the user chooses: fill the new details into their words, or keep their text (issue 10).
import { useState } from 'react';
import type { Draft } from '../../../shared/templates/index.ts';
import { forgetDraft, loadDraft, saveDraft, type KeptDraft } from './draftMemory.ts';
import { fillIn } from './fillIn.ts';

export function useKeptDraft(memoryKey: string, draft: Draft) {
  const [kept, setKept] = useState<KeptDraft | null>(() => loadDraft(memoryKey));
  const keep = (next: KeptDraft | null) => {
    setKept(next);
    if (next) saveDraft(memoryKey, next);
    else forgetDraft(memoryKey);
  };
  const stale = kept !== null && (kept.baseSubject !== draft.subject || kept.baseBody !== draft.body);
  return {
    kept,
    subject: kept?.subject ?? draft.subject,
    body: kept?.body ?? draft.body,
    stale,
    edit(change: { subject?: string; body?: string }) {
      const base = kept ?? { subject: draft.subject, body: draft.body, baseSubject: draft.subject, baseBody: draft.body };
      keep({ ...base, ...change });
    },
    startOver: () => keep(null),
    fillInNew() {
      if (!kept) return;
      const subject = fillIn(kept.subject, kept.baseSubject, draft.subject).text;
      const body = fillIn(kept.body, kept.baseBody, draft.body).text;
      keep({ subject, body, baseSubject: draft.subject, baseBody: draft.body });
    },
    keepMine() {
      if (kept) keep({ ...kept, baseSubject: draft.subject, baseBody: draft.body });
    },
  };
}
