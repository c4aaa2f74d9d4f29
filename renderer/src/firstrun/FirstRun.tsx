// The first screen a new user sees: the idea in three lines, their name for signing drafts,
// and a choice between a few sample applications and an empty board.
import { useState } from 'react';
import { Logo } from '../ui/Logo.tsx';
import { sampleApplications } from '../../../shared/sample/applications.ts';
import { useAppStore } from '../store/StoreContext.tsx';
import { rendererNow } from '../lib/clock.ts';

export function FirstRun() {
  const store = useAppStore();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  // "Import my spreadsheet" starts on an empty board with the import ready (issue 10).
  const start = async (withSamples: boolean, thenImport = false) => {
    setBusy(true);
    const { dispatch } = store.getState();
    try {
      if (withSamples && !(await dispatch({ type: 'addApplications', applications: sampleApplications(rendererNow()) }))) return;
      await dispatch({ type: 'updateSettings', settings: { onboarded: true, ...(name.trim() ? { candidateName: name.trim() } : {}) } });
      if (thenImport) store.getState().openDialog({ kind: 'data', focus: 'import' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <div className="first-run__card">
        <Logo size={40} className="first-run__logo" />
        <h1 id="first-run-title" className="first-run__title">
          Welcome to Afterview
        </h1>
        <ol className="first-run__idea">
          <li>Put every job you have applied for on one board.</li>
          <li>
            After each interview, Afterview tells you what to send and when: a thank-you within a day, a follow-up once their date has
            passed.
          </li>
          <li>It writes the draft; you read it, copy it, send it, and mark it sent.</li>
        </ol>
        <label className="field">
          <span className="field__label">
            Your name <span className="field__optional">to sign your drafts, optional</span>
          </span>
          <input className="input" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="first-run__buttons">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void start(true)}>
            Show me with a few examples
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void start(false, true)}>
            Import my spreadsheet
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void start(false)}>
            Start with an empty board
          </button>
        </div>
        <p className="first-run__note muted">Examples are marked on their cards and go in one step. Everything stays on this computer.</p>
      </div>
    </main>
  );
}
