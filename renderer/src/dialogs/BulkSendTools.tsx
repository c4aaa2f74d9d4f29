// Bulk tools above a list of messages to many applications (P10): copy them all, save them as
// one file, or, once they are sent from the mail app, log every one in a single step (issue 10).
import { useMemo, useState } from 'react';
import type { AppEvent, Application, TemplateKind } from '../../../shared/model/types.ts';
import { templatesFor } from '../../../shared/templates/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { newId } from '../lib/ids.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { bundledMessages, bundleText } from './bulkBundle.ts';
import { saveTextFile } from './saveTextFile.ts';

interface Props {
  apps: readonly Application[];
  kind: TemplateKind;
  sentEvent: Omit<AppEvent, 'id' | 'at' | 'note'>;
  isTold(app: Application): boolean;
  /** "I've told them all": what the last button says. */
  doneLabel: string;
  fileName: string;
}

export function BulkSendTools({ apps, kind, sentEvent, isTold, doneLabel, fileName }: Props) {
  const store = useAppStore();
  const docTemplates = useApp((s) => s.doc!.templates);
  const settings = useApp((s) => s.doc!.settings);
  const now = useApp((s) => s.now);
  const minute = minuteOf(now);
  const live = useApp((s) => s.doc!.applications);
  const untold = useMemo(() => apps.filter((a) => { const l = live.find((x) => x.id === a.id); return l ? !isTold(l) : false; }), [apps, live, isTold]);
  const [busy, setBusy] = useState(false);
  const template = useMemo(() => templatesFor({ templates: docTemplates }).find((t) => t.kind === kind)!, [docTemplates, kind]);
  const text = () => bundleText(bundledMessages(untold, template, settings, new Date(minute)));
  const toast = (message: string, tone: 'info' | 'error' = 'info') => store.getState().pushToast({ message, tone });

  const copyAll = async () => {
    const all = text();
    const res = await store.getState().api['clipboard:write']({ text: all });
    if (res.ok) toast(`Copied ${untold.length} ${untold.length === 1 ? 'message' : 'messages'}. Paste each into its own email.`);
    else toast(res.error.message, 'error');
  };

  const tellAll = async () => {
    setBusy(true);
    try {
      const at = new Date(now).toISOString();
      let logged = 0;
      for (const app of untold) {
        if (await store.getState().dispatch({ type: 'logEvent', id: app.id, event: { ...sentEvent, id: newId(), at, note: '' } })) logged++;
      }
      toast(`Logged ${logged} ${logged === 1 ? 'message' : 'messages'} as sent.`);
    } finally {
      setBusy(false);
    }
  };

  if (untold.length === 0) return null;
  return (
    <div className="bulk-tools" role="group" aria-label="All messages at once">
      <button type="button" className="button" disabled={busy} onClick={() => void copyAll()}>
        <Icon name="copy" size={14} />
        Copy all messages
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => saveTextFile(fileName, text())}>
        <Icon name="download" size={14} />
        Save as one file
      </button>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void tellAll()}>
        <Icon name="check" size={14} />
        {doneLabel}
      </button>
    </div>
  );
}
