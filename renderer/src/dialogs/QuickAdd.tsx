// Quick add (n): the things known when an application goes out, and for a search already
// in progress, when it went out and when its interview is (issue 10). Everything else can
// wait for the card's panel.
import { useId, useState, type FormEvent } from 'react';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { StageId } from '../../../shared/model/types.ts';
import { formatLocalDay } from '../../../shared/dates/local.ts';
import { STAGE_TITLES } from '../../../shared/model/stage-titles.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { isWebAddress, normaliseLink } from '../ui/fields.tsx';
import { newId } from '../lib/ids.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { appliedInstant, interviewInstant } from './quickAddTimes.ts';

export function QuickAdd({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const now = useApp((s) => s.now);
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [url, setUrl] = useState('');
  const [stage, setStage] = useState<StageId>('applied');
  const [appliedDay, setAppliedDay] = useState(() => formatLocalDay(new Date(now)));
  const [interviewAt, setInterviewAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hints = { applied: useId(), interview: useId() };
  const typed = company !== '' || role !== '' || url !== '' || interviewAt !== '';

  const [askDiscard, setAskDiscard] = useState(false);
  // Escape or Cancel with words typed asks first, so a stray key does not lose them.
  const close = () => {
    if (typed && !askDiscard) setAskDiscard(true);
    else onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const link = normaliseLink(url);
    if (!company.trim() || !role.trim()) {
      setError('Add the company and the role; the rest can wait.');
      return;
    }
    if (link && !isWebAddress(link)) {
      setError('The link does not look like a web address. Leave it empty or paste the job posting address.');
      return;
    }
    const interview = stage === 'interviewing' ? interviewInstant(interviewAt) : { ok: true as const, iso: null };
    if (!interview.ok) {
      setError(interview.error);
      return;
    }
    const applied = appliedInstant(appliedDay, now, interview.iso);
    if (!applied.ok) {
      setError(applied.error);
      return;
    }
    const id = newId();
    const state = store.getState();
    const at = new Date(now).toISOString();
    const ok = await state.dispatch({
      type: 'addApplication',
      id,
      at,
      eventId: newId(),
      fields: { company: company.trim(), role: role.trim(), url: link },
      stage,
      contacts: [],
      ...(applied.iso !== at ? { appliedAt: applied.iso } : {}),
      ...(interview.iso
        ? { round: { id: newId(), startsAt: interview.iso, minutes: 60, kind: 'video' as const, interviewerIds: [], topics: '' } }
        : {}),
    });
    if (ok || store.getState().doc?.applications.some((a) => a.id === id)) {
      onClose();
      store.getState().pushToast({ message: `Added ${company.trim()} to ${STAGE_TITLES[stage]}.`, tone: 'info' });
    }
  };

  return (
    <Dialog
      title="New application"
      size="small"
      onClose={close}
      footer={
        askDiscard ? (
          <>
            <p className="dialog__ask" role="alert">
              Discard what you typed?
            </p>
            <button type="button" className="button" onClick={() => setAskDiscard(false)}>
              Keep editing
            </button>
            <button type="button" className="button button--danger" onClick={onClose}>
              Discard
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" form="quick-add" className="button button--primary">
              Add application
            </button>
          </>
        )
      }
    >
      <form id="quick-add" className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">Company</span>
          <input
            className="input"
            name="company"
            value={company}
            onChange={(e) => setCompany(e.target.value)}
            autoComplete="off"
            required
            aria-invalid={error !== null && !company.trim()}
          />
        </label>
        <label className="field">
          <span className="field__label">Role</span>
          <input
            className="input"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            autoComplete="off"
            required
            aria-invalid={error !== null && !role.trim()}
          />
        </label>
        <label className="field">
          <span className="field__label">
            Link to the posting <span className="field__optional">optional</span>
          </span>
          <input
            className="input"
            name="url"
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://"
            autoComplete="off"
          />
        </label>
        <label className="field">
          <span className="field__label">Column</span>
          <select className="input" name="stage" value={stage} onChange={(e) => setStage(e.target.value as StageId)}>
            {STAGE_IDS.filter((s) => s !== 'closed').map((s) => (
              <option key={s} value={s}>
                {STAGE_TITLES[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Applied on</span>
          <input
            className="input"
            name="appliedOn"
            type="date"
            value={appliedDay}
            max={formatLocalDay(new Date(now))}
            onChange={(e) => setAppliedDay(e.target.value)}
            aria-describedby={hints.applied}
          />
        </label>
        <p id={hints.applied} className="field__hint">
          For an application already out, the day you sent it.
        </p>
        {stage === 'interviewing' && (
          <>
            <label className="field">
              <span className="field__label">
                Interview <span className="field__optional">optional</span>
              </span>
              <input
                className="input"
                name="interviewAt"
                type="datetime-local"
                value={interviewAt}
                onChange={(e) => setInterviewAt(e.target.value)}
                aria-describedby={hints.interview}
              />
            </label>
            <p id={hints.interview} className="field__hint">
              When it starts, past or coming; the thank-you note is timed from its end (P2).
            </p>
          </>
        )}
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
