// The end of an application: accept an offer (which opens the withdrawal notes, P10), close
// it with how it ended, or delete it altogether.
import { useState } from 'react';
import { OUTCOMES } from '../../../shared/model/schema.ts';
import type { Application, Outcome } from '../../../shared/model/types.ts';
import { useAppStore } from '../store/StoreContext.tsx';
import { OUTCOME_LABELS } from './eventWords.ts';
import { ExpediteRequests } from './ExpediteRequests.tsx';
import { OfferDeadlineField } from './OfferDeadlineField.tsx';
import { Section } from '../ui/Section.tsx';
import { useCardCommands } from './useCardCommands.ts';

export function OutcomeSection({ app }: { app: Application }) {
  const store = useAppStore();
  const cmd = useCardCommands(app.id);
  const [outcome, setOutcome] = useState<Outcome>(app.stage === 'rejected' ? 'rejected' : 'withdrawn');
  const [confirmDelete, setConfirmDelete] = useState(false);

  const accept = async () => {
    if (await cmd.acceptOffer()) store.getState().openDialog({ kind: 'offer', applicationId: app.id });
  };
  const remove = async () => {
    const company = app.company;
    if (await cmd.remove()) {
      store
        .getState()
        .pushToast({ message: `Deleted ${company}.`, tone: 'info', action: { label: 'Undo', run: () => void store.getState().undo() } });
    }
  };

  return (
    <Section title="Outcome" className="outcome">
      {app.stage === 'offer' && (
        <div className="outcome__offer">
          <OfferDeadlineField app={app} />
          <ExpediteRequests offer={app} />
          <p>Accepting tells you to let every other open application know, politely and at once (P10).</p>
          <button type="button" className="button button--primary" onClick={() => void accept()}>
            Accept this offer
          </button>
        </div>
      )}
      {app.stage !== 'closed' ? (
        <div className="inline-form">
          <label className="field">
            <span className="field__label">Close this application</span>
            <select className="input" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
              {OUTCOMES.filter((o) => o !== 'accepted').map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => void cmd.close(outcome)}>
            Close
          </button>
        </div>
      ) : (
        <p className="panel-empty">
          {app.outcome ? `Closed: ${OUTCOME_LABELS[app.outcome].toLowerCase()}.` : 'Closed.'} Drag it to another column to reopen it.
        </p>
      )}
      <div className="outcome__delete">
        {confirmDelete ? (
          <>
            <span>Delete {app.company} and its history?</span>
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button button--quiet button--danger" onClick={() => setConfirmDelete(true)}>
            Delete application
          </button>
        )}
      </div>
    </Section>
  );
}
