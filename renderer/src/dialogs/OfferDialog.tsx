// After accepting an offer (P10): every other open application, each with its withdrawal
// note, to copy one by one and mark as sent. Marking one closes that card as withdrawn.
import { useMemo, useState } from 'react';
import { clipboardPayload } from '../../../shared/exchange/clipboard.ts';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { Application } from '../../../shared/model/types.ts';
import { renderDrafts, templatesFor } from '../../../shared/templates/index.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Icon } from '../components/Icon.tsx';
import { DraftEditor, type DraftText } from '../drafts/DraftEditor.tsx';
import { draftMemoryKey } from '../drafts/draftMemory.ts';
import { newId, nowIso } from '../lib/ids.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';

function WithdrawalRow({ app, open, onToggle, onSent }: { app: Application; open: boolean; onToggle(): void; onSent(): void }) {
  const store = useAppStore();
  const docTemplates = useApp((s) => s.doc!.templates);
  const settings = useApp((s) => s.doc!.settings);
  const minute = useApp((s) => minuteOf(s.now));
  const told = useApp((s) => s.doc!.applications.find((a) => a.id === app.id)?.events.some((e) => e.kind === 'withdrawn') ?? false);
  const [busy, setBusy] = useState(false);
  const template = useMemo(() => templatesFor({ templates: docTemplates }).find((t) => t.kind === 'withdrawal')!, [docTemplates]);
  const draft = useMemo(() => renderDrafts(template, app, { settings, now: new Date(minute) })[0]!, [template, app, settings, minute]);

  const copy = async (text: DraftText) => {
    const res = await store.getState().api['clipboard:write'](clipboardPayload(text, 'body'));
    if (!res.ok) store.getState().pushToast({ message: res.error.message, tone: 'error' });
    return res.ok;
  };
  const act = async (text: DraftText, mark: boolean) => {
    setBusy(true);
    try {
      if (!(await copy(text))) return;
      if (!mark) {
        store.getState().pushToast({ message: `Copied the note to ${app.company}.`, tone: 'info' });
        return;
      }
      const ok = await store.getState().dispatch({ type: 'logEvent', id: app.id, event: { id: newId(), kind: 'withdrawn', at: nowIso(), note: '' } });
      if (ok) onSent();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`withdraw${told ? ' withdraw--told' : ''}`}>
      <button type="button" className="withdraw__head" aria-expanded={open} onClick={onToggle}>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
        <span className="withdraw__company">{app.company}</span>
        <span className="muted">{app.role}</span>
        <span className={`withdraw__state${told ? ' withdraw__state--told' : ''}`}>
          {told ? (
            <>
              <Icon name="check" size={14} /> Told
            </>
          ) : (
            'Not told yet'
          )}
        </span>
      </button>
      {open && (
        <DraftEditor
          memoryKey={draftMemoryKey(app.id, undefined, template.id)}
          draft={draft}
          kind="withdrawal"
          app={app}
          policy={settings.policy}
          recipientName={app.contacts[0]?.name ?? null}
          busy={busy || told}
          onCopy={(t) => void act(t, false)}
          onCopyAndMark={(t) => void act(t, true)}
          onOpenMail={(t) => void store.getState().api['mail:open']({ to: t.to, subject: t.subject, body: t.body })}
        />
      )}
    </li>
  );
}

export function OfferDialog({ applicationId, onClose }: { applicationId: string; onClose(): void }) {
  const store = useAppStore();
  const accepted = useApp((s) => s.doc?.applications.find((a) => a.id === applicationId));
  // Who to tell is fixed when the dialog opens; told ones stay listed, ticked.
  const [others] = useState(() =>
    (store.getState().doc?.applications ?? []).filter((a) => a.id !== applicationId && isOpenStage(a.stage)),
  );
  const toldCount = useApp((s) => others.filter((o) => s.doc?.applications.find((a) => a.id === o.id)?.events.some((e) => e.kind === 'withdrawn')).length);
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
        <ol className="withdraw-list">
          {others.map((o) => (
            <WithdrawalRow key={o.id} app={o} open={openId === o.id} onToggle={() => setOpenId(openId === o.id ? null : o.id)} onSent={() => nextAfter(o.id)} />
          ))}
        </ol>
      )}
    </Dialog>
  );
}
