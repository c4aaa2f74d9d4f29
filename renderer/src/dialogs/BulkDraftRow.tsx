// One application in a bulk send: its company, whether it has been told, and its draft to
// copy and mark as sent. P10's withdrawals (OfferDialog) and P16's timeline requests
// (ExpediteRequests) are the same job with a different message, so they share this row.
import { useMemo, useState } from 'react';
import { clipboardPayload } from '../../../shared/exchange/clipboard.ts';
import type { Application, TemplateKind } from '../../../shared/model/types.ts';
import { renderDrafts, sentEventFor, templateFor } from '../../../shared/templates/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { DraftEditor, type DraftText } from '../drafts/DraftEditor.tsx';
import { draftMemoryKey } from '../drafts/draftMemory.ts';
import { newId, nowIso } from '../lib/ids.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';

export interface BulkDraftRowProps {
  app: Application;
  /** The message; marking it sent logs what sentEventFor says for it on the card. */
  kind: TemplateKind;
  /** Whether the card already shows it was told (read from the live document). */
  isTold(app: Application): boolean;
  /** P16: the deadline of the offer on another card, for {offer_deadline}. */
  offerDeadline?: string;
  open: boolean;
  onToggle(): void;
  onSent(): void;
}

export function BulkDraftRow({ app, kind, isTold, offerDeadline, open, onToggle, onSent }: BulkDraftRowProps) {
  const store = useAppStore();
  const docTemplates = useApp((s) => s.doc!.templates);
  const settings = useApp((s) => s.doc!.settings);
  const minute = useApp((s) => minuteOf(s.now));
  const told = useApp((s) => {
    const live = s.doc!.applications.find((a) => a.id === app.id);
    return live ? isTold(live) : false;
  });
  const [busy, setBusy] = useState(false);
  const template = useMemo(() => templateFor({ templates: docTemplates }, kind), [docTemplates, kind]);
  const draft = useMemo(
    () => renderDrafts(template, app, { settings, now: new Date(minute), ...(offerDeadline ? { offerDeadline } : {}) })[0]!,
    [template, app, settings, minute, offerDeadline],
  );

  const copy = (text: DraftText) => store.getState().copyToClipboard(clipboardPayload(text, 'body'));
  const act = async (text: DraftText, mark: boolean) => {
    setBusy(true);
    try {
      if (!(await copy(text))) return;
      if (!mark) {
        store.getState().pushToast({ message: `Copied the note to ${app.company}.`, tone: 'info' });
        return;
      }
      const sent = sentEventFor(kind, nowIso(), {});
      const ok = sent !== null && (await store.getState().dispatch({ type: 'logEvent', id: app.id, event: { ...sent, id: newId() } }));
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
          draft={draft}
          kind={kind}
          app={app}
          policy={settings.policy}
          recipientName={app.contacts[0]?.name ?? null}
          busy={busy || told}
          memoryKey={draftMemoryKey(app.id, undefined, template.id)}
          onCopy={(t) => void act(t, false)}
          onCopyAndMark={(t) => void act(t, true)}
          onOpenMail={(t) => void store.getState().openMail({ to: t.to, subject: t.subject, body: t.body })}
        />
      )}
    </li>
  );
}
