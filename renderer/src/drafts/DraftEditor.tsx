// One draft, editable in place: subject above body, spellcheck on, the checks beside it.
// Hovering or focusing a check lights up the exact words it is about.
import type { CopyPart } from '../../../shared/exchange/clipboard.ts';
import { useEffect, useId, useMemo, useState } from 'react';
import { checkDraft, type DraftCheck } from '../../../shared/checks/index.ts';
import type { Application, Policy, TemplateKind } from '../../../shared/model/types.ts';
import type { Draft } from '../../../shared/templates/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import type { Mark } from './segments.ts';
import { useKeptDraft } from './useKeptDraft.ts';

export interface DraftText {
  to: string[];
  subject: string;
  body: string;
  contactId?: string;
}

interface Props {
  draft: Draft;
  kind: TemplateKind;
  app: Application;
  policy: Policy;
  recipientName: string | null;
  busy: boolean;
  /** Where the user's edits to this draft are kept (draftMemory.ts). */
  memoryKey: string;
  /** The same message to the card's other interviewers, as they read now (near-identical check). */
  siblings?: readonly Draft[];
  /** Now: the send-time check asks what time it is where the recipient is. */
  sendAt?: Date;
  /** Tells the section what this draft reads now, so its siblings can compare. */
  onText?(draft: Draft): void;
  /** 'body' is what goes in a message box; emails can also copy the subject, or both. */
  onCopy(text: DraftText, part: CopyPart): void;
  onCopyAndMark(text: DraftText): void;
  onOpenMail(text: DraftText): void;
}

const isPlaceholderCheck = (c: DraftCheck) => c.id.startsWith('unfilled-placeholder');

export function DraftEditor({
  draft,
  kind,
  app,
  policy,
  recipientName,
  busy,
  memoryKey,
  siblings,
  sendAt,
  onText,
  onCopy,
  onCopyAndMark,
  onOpenMail,
}: Props) {
  const { kept, subject, body, edit, startOver, stale, fillInNew, keepMine } = useKeptDraft(memoryKey, draft);
  const [lit, setLit] = useState<number | null>(null);
  const ids = { subject: useId(), body: useId(), checks: useId() };
  const isEmail = draft.subject !== '' || subject !== '';

  const current = useMemo<Draft>(() => ({ ...draft, subject, body }), [draft, subject, body]);
  const checks = useMemo(
    () => checkDraft(current, { kind, app, policy, ...(siblings ? { siblings } : {}), ...(sendAt ? { sendAt } : {}) }),
    [current, kind, app, policy, siblings, sendAt],
  );
  useEffect(() => onText?.(current), [current, onText]);
  const hasGaps = checks.some(isPlaceholderCheck);

  const marksFor = (field: 'subject' | 'body'): Mark[] => {
    const marks: Mark[] = [];
    checks.forEach((c, i) => {
      if (c.field !== field) return;
      for (const r of c.ranges) {
        if (isPlaceholderCheck(c)) marks.push({ ...r, className: 'hl-gap' });
        if (lit === i) marks.push({ ...r, className: 'hl-lit' });
      }
    });
    return marks;
  };

  // Clicking a check selects the words it is about, ready to be typed over.
  const selectRange = (c: DraftCheck) => {
    const el = document.getElementById(ids[c.field]) as HTMLTextAreaElement | null;
    const range = c.ranges[0];
    if (!el) return;
    el.focus();
    if (range) el.setSelectionRange(range.start, range.end);
  };

  const text: DraftText = { to: draft.to, subject, body, ...(draft.contactId ? { contactId: draft.contactId } : {}) };
  const edited = kept !== null;

  return (
    <article className="draft" aria-label={recipientName ? `Draft to ${recipientName}` : 'Draft'}>
      <div className="draft__editor">
        {recipientName && (
          <div className="draft__to">
            <span className="muted">To</span> {recipientName}
            {draft.to.length > 0 && <span className="muted"> &lt;{draft.to.join(', ')}&gt;</span>}
          </div>
        )}
        {isEmail && (
          <div className="draft__field">
            <div className="draft__label-row">
              <label htmlFor={ids.subject} className="draft__label">
                Subject
              </label>
              <span className="draft__label-actions">
                <button type="button" className="link-button" disabled={busy} onClick={() => onCopy(text, 'subject')}>
                  Copy subject
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => onCopy(text, 'all')}
                  title="Copy the subject line and the message together"
                >
                  Copy all
                </button>
              </span>
            </div>
            <HighlightedText
              id={ids.subject}
              label="Subject"
              value={subject}
              onChange={(v) => edit({ subject: v })}
              marks={marksFor('subject')}
              multiline={false}
            />
          </div>
        )}
        <div className="draft__field">
          <label htmlFor={ids.body} className="draft__label">
            Message
          </label>
          <HighlightedText
            id={ids.body}
            label="Message"
            value={body}
            onChange={(v) => edit({ body: v })}
            marks={marksFor('body')}
            multiline
            describedBy={checks.length ? ids.checks : undefined}
          />
        </div>
        {stale && (
          <div className="draft__stale" role="status">
            <p>The card has new details since you edited this draft; your words stay as they are.</p>
            <div className="draft__stale-buttons">
              <button type="button" className="button button--small" onClick={fillInNew}>
                Fill in the new details
              </button>
              <button type="button" className="button button--small button--quiet" onClick={keepMine}>
                Keep my text
              </button>
            </div>
          </div>
        )}
        {hasGaps && (
          <p className="draft__gap-help">
            <mark className="hl-gap">[like this]</mark> is a gap the card could not fill. Type over it, or add the detail to the card and{' '}
            {edited ? 'you can fill it in here.' : 'the draft fills itself.'}
          </p>
        )}
        <div className="draft__buttons">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onCopyAndMark(text)}>
            <Icon name="check" size={14} />
            Copy and mark as sent
          </button>
          {/* In a narrow panel the labels shorten (the full words stay the accessible name), so the row does not wrap. */}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onCopy(text, 'body')}
            aria-label={isEmail ? 'Copy body' : undefined}
            title={isEmail ? 'Copy the message without its subject' : undefined}
          >
            <Icon name="copy" size={14} />
            Copy{isEmail && <span className="draft__wide-only"> body</span>}
          </button>
          {isEmail && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onOpenMail(text)}
              aria-label="Open in mail app"
              title="Open in mail app"
            >
              <Icon name="mail" size={14} />
              <span className="draft__wide-only">Open in mail app</span>
              <span className="draft__narrow-only">Mail</span>
            </button>
          )}
          {edited && (
            <button type="button" className="button button--quiet" onClick={startOver}>
              Start over
            </button>
          )}
        </div>
      </div>
      <div className="draft__checks" id={ids.checks} role="group" aria-label="Checks on this draft">
        {checks.length === 0 ? (
          <p className="check check--ok">
            <Icon name="check" size={14} />
            Reads well: named, specific, short.
          </p>
        ) : (
          <ul className="checks-list">
            {checks.map((c, i) => (
              <li key={`${c.id}-${i}`}>
                <button
                  type="button"
                  className={`check${lit === i ? ' check--lit' : ''}`}
                  onMouseEnter={() => setLit(i)}
                  onMouseLeave={() => setLit(null)}
                  onFocus={() => setLit(i)}
                  onBlur={() => setLit(null)}
                  onClick={() => selectRange(c)}
                  title={c.ranges.length ? 'Select these words in the draft' : undefined}
                >
                  <Icon name="alert" size={14} className="check__icon" />
                  <span>
                    {c.message}
                    {c.rule && <span className="rule">{c.rule}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
