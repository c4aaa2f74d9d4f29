// Bulk tools above a list of messages to many applications (P10): copy them all, save them as
// one file, or, once they are sent from the mail app, log every one in a single step (issue 10).
import { useMemo, useState } from 'react';
import type { Application, TemplateKind } from '../../../shared/model/types.ts';
import { sentEventFor, templateFor } from '../../../shared/templates/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { newId } from '../lib/ids.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { bundledMessages, bundleText } from './bulkBundle.ts';
import { saveTextFile } from './saveTextFile.ts';

interface Props {
  apps: readonly Application[];
  /** The message sent to each; marking them sent logs what sentEventFor says (P10: withdrawn). */
  kind: TemplateKind;
  isTold(app: Application): boolean;
  /** "I've told them all": what the last button says. */
  doneLabel: string;
  fileName: string;
}

export function BulkSendTools({ apps, kind, isTold, doneLabel, fileName }: Props) {
  const store = useAppStore();
  const docTemplates = useApp((s) => s.doc!.templates);
  const settings = useApp((s) => s.doc!.settings);
  const now = useApp((s) => s.now);
  const minute = minuteOf(now);
  const live = useApp((s) => s.doc!.applications);
  const untold = useMemo(
    () =>
      apps.filter((a) => {
        const l = live.find((x) => x.id === a.id);
        return l ? !isTold(l) : false;
      }),
    [apps, live, isTold],
  );
  const [busy, setBusy] = useState(false);
  const template = useMemo(() => templateFor({ templates: docTemplates }, kind), [docTemplates, kind]);
  const text = () => bundleText(bundledMessages(untold, template, settings, new Date(minute)));
  const toast = (message: string, tone: 'info' | 'error' = 'info') => store.getState().pushToast({ message, tone });

  const copyAll = async () => {
    const all = text();
    if (await store.getState().copyToClipboard({ text: all }))
      toast(`Copied ${untold.length} ${untold.length === 1 ? 'message' : 'messages'}. Paste each into its own email.`);
  };

  const tellAll = async () => {
    setBusy(true);
    try {
      const at = new Date(now).toISOString();
      let logged = 0;
      const sent = sentEventFor(kind, at, {});
      for (const app of untold) {
        if (sent && (await store.getState().dispatch({ type: 'logEvent', id: app.id, event: { ...sent, id: newId() } }))) logged++;
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
