// P16 on the offer card: every other application still in progress, each with its note
// saying there is an offer with a deadline and asking for their timeline, to copy one by one
// and mark as sent (the same bulk row as P10's withdrawals).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { P16_IN_PROGRESS } from '../../../shared/engine/rules-offer.ts';
import type { Application } from '../../../shared/model/types.ts';
import { BulkDraftRow } from '../dialogs/BulkDraftRow.tsx';
import { useApp } from '../store/StoreContext.tsx';

const wasAsked = (a: Application) => a.events.some((e) => e.template === 'expedite_request');

export function ExpediteRequests({ offer }: { offer: Application }) {
  const others = useApp(
    useShallow((s) => (s.doc?.applications ?? []).filter((a) => a.id !== offer.id && P16_IN_PROGRESS.includes(a.stage))),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  if (!offer.offerDeadline || others.length === 0) return null;
  return (
    <section aria-label="Ask the others for their timeline">
      <p>
        Tell {others.length === 1 ? 'the other company' : `the ${others.length} other companies`} in progress about the deadline and ask
        where things stand, so they can answer in time (P16).
      </p>
      <ol className="withdraw-list">
        {others.map((o) => (
          <BulkDraftRow
            key={o.id}
            app={o}
            kind="expedite_request"
            isTold={wasAsked}
            offerDeadline={offer.offerDeadline!}
            open={openId === o.id}
            onToggle={() => setOpenId(openId === o.id ? null : o.id)}
            onSent={() => setOpenId(null)}
          />
        ))}
      </ol>
    </section>
  );
}
