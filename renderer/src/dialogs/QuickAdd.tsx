// Quick add (n): the four things known when an application goes out. Everything else can
// wait for the card's panel.
import { useState, type FormEvent } from 'react';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { StageId } from '../../../shared/model/types.ts';
import { STAGE_TITLES } from '../board/stages.ts';
import { Dialog } from '../components/Dialog.tsx';
import { isWebAddress, normaliseLink } from '../components/fields.tsx';
import { newId, nowIso } from '../lib/ids.ts';
import { useAppStore } from '../store/StoreContext.tsx';

export function QuickAdd({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [url, setUrl] = useState('');
  const [stage, setStage] = useState<StageId>('applied');
  const [error, setError] = useState<string | null>(null);

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
    const id = newId();
    const state = store.getState();
    const ok = await state.dispatch({
      type: 'addApplication',
      id,
      at: nowIso(),
      eventId: newId(),
      fields: { company: company.trim(), role: role.trim(), url: link },
      stage,
      contacts: [],
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
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="quick-add" className="button button--primary">
            Add application
          </button>
        </>
      }
    >
      <form id="quick-add" className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">Company</span>
          <input className="input" name="company" value={company} onChange={(e) => setCompany(e.target.value)} autoComplete="off" required aria-invalid={error !== null && !company.trim()} />
        </label>
        <label className="field">
          <span className="field__label">Role</span>
          <input className="input" name="role" value={role} onChange={(e) => setRole(e.target.value)} autoComplete="off" required aria-invalid={error !== null && !role.trim()} />
        </label>
        <label className="field">
          <span className="field__label">
            Link to the posting <span className="field__optional">optional</span>
          </span>
          <input className="input" name="url" type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" autoComplete="off" />
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
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
