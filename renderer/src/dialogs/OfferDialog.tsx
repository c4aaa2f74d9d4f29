// After accepting an offer (P10): every other open application, each with its withdrawal
// note, to copy one by one and mark as sent. Marking one closes that card as withdrawn.
import { useState } from 'react';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { Application } from '../../../shared/model/types.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { BulkDraftRow } from './BulkDraftRow.tsx';
import { BulkSendTools } from './BulkSendTools.tsx';

const wasWithdrawn = (a: Application) => a.events.some((e) => e.kind === 'withdrawn');

export function OfferDialog({ applicationId, onClose }: { applicationId: string; onClose(): void }) {
  const store = useAppStore();
  const accepted = useApp((s) => s.doc?.applications.find((a) => a.id === applicationId));
  // Who to tell is fixed when the dialog opens; told ones stay listed, ticked.
  const [others] = useState(() => (store.getState().doc?.applications ?? []).filter((a) => a.id !== applicationId && isOpenStage(a.stage)));
  const toldCount = useApp(
    (s) =>
      others.filter((o) => {
        const live = s.doc?.applications.find((a) => a.id === o.id);
        return live ? wasWithdrawn(live) : false;
      }).length,
  );
  const [openId, setOpenId] = useState<string | null>(others[0]?.id ?? null);

  const nextAfter = (id: string) => {
    const i = others.findIndex((o) => o.id === id);
    setOpenId(others[i + 1]?.id ?? null);
  };

  return (
    <Dialog
      title={accepted ? `You accepted ${accepted.company}` : 'Offer accepted'}
      size="large"
      onClose={onClose}
      description={
        others.length > 0
          ? `Congratulations. Now tell the ${others.length === 1 ? 'other company' : `${others.length} other companies`} you are withdrawing, politely and at once, so nobody keeps a place for you (P10).`
          : 'Congratulations. There are no other open applications to tell.'
      }
      footer={
        <>
          <span className="dialog__progress muted num">
            {toldCount} of {others.length} told
          </span>
          <button type="button" className="button button--primary" onClick={onClose}>
            {toldCount === others.length ? 'Done' : 'Finish later'}
          </button>
        </>
      }
    >
      {others.length > 0 && (
        <BulkSendTools
          apps={others}
          kind="withdrawal"
          isTold={wasWithdrawn}
          doneLabel="I've told them all"
          fileName="withdrawal-notes.txt"
        />
      )}
      {others.length > 0 && (
        <ol className="withdraw-list">
          {others.map((o) => (
            <BulkDraftRow
              key={o.id}
              app={o}
              kind="withdrawal"
              isTold={wasWithdrawn}
              open={openId === o.id}
              onToggle={() => setOpenId(openId === o.id ? null : o.id)}
              onSent={() => nextAfter(o.id)}
            />
          ))}
        </ol>
      )}
    </Dialog>
  );
}
