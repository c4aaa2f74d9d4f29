// Drafts for the card's current action (or any template on demand): one per interviewer,
// filled from the card. Copy, copy and mark as sent, or open in the mail app.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clipboardPayload, type CopyPart } from '../../../shared/exchange/clipboard.ts';
import type { Action, Application } from '../../../shared/model/types.ts';
import { renderDrafts, sentEventFor, templateFor, templatesFor, type Draft } from '../../../shared/templates/index.ts';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion.ts';
import { Section } from '../ui/Section.tsx';
import { minuteOf, selectActionsByApp } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { newId, nowIso } from '../lib/ids.ts';
import { DraftEditor, type DraftText } from './DraftEditor.tsx';
import { SENT_WORDS } from './sentWords.ts';
import { draftMemoryKey, forgetDraft } from './draftMemory.ts';

const NO_DRAFTS: readonly Draft[] = [];
const NONE: Action[] = [];

export function DraftsSection({ app }: { app: Application }) {
  const store = useAppStore();
  const actions = useApp((s) => selectActionsByApp(s).get(app.id) ?? NONE);
  const draftKey = useApp((s) => s.panel?.draftKey ?? null);
  const draftRequest = useApp((s) => s.panel?.draftRequest ?? 0);
  const docTemplates = useApp((s) => s.doc!.templates);
  const settings = useApp((s) => s.doc!.settings);
  const minute = useApp((s) => minuteOf(s.now));
  const templates = useMemo(() => templatesFor({ templates: docTemplates }), [docTemplates]);
  const [chosenTemplate, setChosenTemplate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sectionRef = useRef<HTMLDivElement>(null);
  const reducedMotion = usePrefersReducedMotion();

  const drafted = actions.filter((a) => a.template);
  const action = drafted.find((a) => a.key === draftKey) ?? drafted[0] ?? null;
  // Memoised: templateFor builds fresh built-ins, and a new template each render re-renders the
  // drafts, whose editors report their text back, without end.
  const actionTemplate = useMemo(
    () => (action?.template ? templateFor({ templates: docTemplates }, action.template) : null),
    [docTemplates, action?.template],
  );
  const template = (chosenTemplate ? templates.find((t) => t.id === chosenTemplate) : null) ?? actionTemplate;

  // A new choice of action puts its own template back, and brings the drafts into view.
  useEffect(() => {
    setChosenTemplate(null);
    if (draftRequest > 0) sectionRef.current?.scrollIntoView?.({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    // Only a new request scrolls; the motion preference is read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftRequest]);

  // What each recipient's draft reads now (the user's edits included), so the near-identical
  // check compares the notes as they will be sent, not as the template wrote them.
  const [texts, setTexts] = useState<Record<string, Draft>>({});
  const textKey = (templateId: string, d: Draft) => `${templateId}:${d.contactId ?? ''}`;
  const noteText = useCallback(
    (templateId: string, d: Draft) =>
      setTexts((prev) => (prev[textKey(templateId, d)] === d ? prev : { ...prev, [textKey(templateId, d)]: d })),
    [],
  );
  const sendAt = useMemo(() => new Date(minute), [minute]);

  const drafts = useMemo(() => {
    if (!template) return [];
    const forAction = template.kind === action?.template ? action : null;
    return renderDrafts(template, app, {
      settings,
      now: new Date(minute),
      ...(forAction?.roundId ? { roundId: forAction.roundId } : {}),
      ...(forAction?.contactId ? { contactId: forAction.contactId } : {}),
    });
  }, [template, action, app, settings, minute]);

  const siblings = useMemo(() => {
    const byReader = new Map<Draft, Draft[]>();
    for (const d of drafts)
      byReader.set(d, template ? drafts.filter((o) => o.contactId !== d.contactId).map((o) => texts[textKey(template.id, o)] ?? o) : []);
    return byReader;
  }, [drafts, texts, template]);
  const siblingsOf = (d: Draft): readonly Draft[] => siblings.get(d) ?? NO_DRAFTS;

  const copy = async (text: DraftText, part: CopyPart) => {
    const payload = clipboardPayload(text, part);
    if (!payload.text) {
      store.getState().pushToast({ message: 'There is nothing to copy yet; write the message first.', tone: 'error' });
      return false;
    }
    return store.getState().copyToClipboard(payload);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const COPIED: Record<CopyPart, string> = {
    body: 'Copied the message. Paste it into your mail or message box.',
    subject: 'Copied the subject line.',
    all: 'Copied the subject and the message.',
  };
  const onCopy = (text: DraftText, part: CopyPart) =>
    run(async () => {
      if (await copy(text, part)) store.getState().pushToast({ message: COPIED[part], tone: 'info' });
    });

  const markSent = async (text: DraftText) => {
    if (!template) return;
    const state = store.getState();
    const about = { ...(action?.roundId ? { roundId: action.roundId } : {}), ...(text.contactId ? { contactId: text.contactId } : {}) };
    if (template.kind === 'accept_offer') {
      if (await state.dispatch({ type: 'acceptOffer', id: app.id, at: nowIso(), eventId: newId() }))
        state.openDialog({ kind: 'offer', applicationId: app.id });
      return;
    }
    const event = sentEventFor(template.kind, nowIso(), about);
    if (!event) return;
    const ok = await state.dispatch({ type: 'logEvent', id: app.id, event: { ...event, id: newId() } });
    if (ok) {
      // Sent: the kept edits have done their job.
      forgetDraft(draftMemoryKey(app.id, text.contactId, template.id));
      state.pushToast({
        message: `Copied and marked ${SENT_WORDS[template.kind]} as sent.`,
        tone: 'info',
        action: { label: 'Undo', run: () => void store.getState().undo() },
      });
    }
  };

  const onCopyAndMark = (text: DraftText) =>
    run(async () => {
      if (await copy(text, 'body')) await markSent(text);
    });

  const onOpenMail = (text: DraftText) =>
    run(async () => {
      await store.getState().openMail({ to: text.to, subject: text.subject, body: text.body });
    });

  const nameOf = (contactId: string | undefined) => (contactId ? (app.contacts.find((c) => c.id === contactId)?.name ?? null) : null);

  return (
    <div ref={sectionRef} className="drafts-anchor">
      <Section
        title="Drafts"
        actions={
          <label className="template-picker">
            <span className="sr-only">Template</span>
            <select
              className="input input--compact"
              value={template?.id ?? ''}
              onChange={(e) => setChosenTemplate(e.target.value || null)}
              aria-label="Template"
            >
              {!template && <option value="">Choose a template…</option>}
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        }
      >
        {drafted.length > 1 && (
          <div className="segmented draft-actions" role="group" aria-label="Draft for">
            {drafted.map((a) => (
              <button
                key={a.key}
                type="button"
                className="segmented__item"
                aria-pressed={a.key === action?.key && !chosenTemplate}
                onClick={() => store.getState().chooseDraft(a.key)}
              >
                {a.title}
              </button>
            ))}
          </div>
        )}
        {!template ? (
          <p className="panel-empty">No message is due on this card. Pick a template above to write one anyway.</p>
        ) : (
          drafts.map((d) => (
            <DraftEditor
              siblings={siblingsOf(d)}
              sendAt={sendAt}
              onText={(text) => noteText(template.id, text)}
              // Keyed by template and reader only: a change on the card must not remount the editor and drop the user's words.
              key={`${template.id}:${d.contactId ?? ''}`}
              memoryKey={draftMemoryKey(app.id, d.contactId, template.id)}
              draft={d}
              kind={template.kind}
              app={app}
              policy={settings.policy}
              recipientName={nameOf(d.contactId)}
              busy={busy}
              onCopy={onCopy}
              onCopyAndMark={onCopyAndMark}
              onOpenMail={onOpenMail}
            />
          ))
        )}
      </Section>
    </div>
  );
}
