// The card's history, newest first: what was sent, what came back, calls, notes. Each
// entry's time and note can be corrected. Logging an event moves the card where it implies.
import { useState, type FormEvent } from 'react';
import { eventsInOrder } from '../../../shared/model/stage.ts';
import type { AppEvent, Application, EventKind } from '../../../shared/model/types.ts';
import { CommitField, DateTimeField } from '../ui/fields.tsx';
import { Icon } from '../ui/Icon.tsx';
import { fromLocalInput, toLocalInput } from '../format/due.ts';
import { useApp } from '../store/StoreContext.tsx';
import { eventTitle, EVENT_WORDS } from './eventWords.ts';
import { Section } from '../ui/Section.tsx';
import { useCardCommands } from './useCardCommands.ts';

/** What can be logged by hand, the everyday ones first. */
const LOGGABLE: { kind: EventKind; label: string }[] = [
  { kind: 'thank_you_sent', label: 'Sent a thank-you note' },
  { kind: 'follow_up_sent', label: 'Sent a follow-up' },
  { kind: 'employer_replied', label: 'They replied' },
  { kind: 'call_made', label: 'Made a call' },
  { kind: 'note', label: 'Note' },
  { kind: 'interview_held', label: 'Had an interview' },
  { kind: 'offer', label: 'Got an offer' },
  { kind: 'rejected', label: 'Got a no' },
  { kind: 'feedback_requested', label: 'Asked for feedback' },
  { kind: 'connected', label: 'Connected on LinkedIn' },
];

const QUICK: EventKind[] = ['thank_you_sent', 'employer_replied', 'call_made', 'note'];
const QUICK_WORDS: Partial<Record<EventKind, string>> = {
  thank_you_sent: 'Sent',
  employer_replied: 'They replied',
  call_made: 'Call made',
  note: 'Note',
};

function EventRow({ app, event }: { app: Application; event: AppEvent }) {
  const cmd = useCardCommands(app.id);
  const title = eventTitle(event.kind, event.stage);
  return (
    <li className="event">
      <div className="event__head">
        <span className="event__title">{title}</span>
        {event.decisionBy && <span className="muted"> · new date {event.decisionBy}</span>}
        <button
          type="button"
          className="icon-button event__delete"
          aria-label={`Delete “${title}” from the history`}
          title="Delete"
          onClick={() => void cmd.deleteEvent(event.id)}
        >
          <Icon name="trash" size={14} />
        </button>
      </div>
      <div className="event__fields">
        <DateTimeField label="When" className="event__when" value={event.at} onCommit={(at) => void cmd.editEvent(event.id, { at })} />
        <CommitField
          label="Note"
          multiline
          rows={1}
          className="event__note"
          value={event.note}
          placeholder="Add a note"
          onCommit={(note) => void cmd.editEvent(event.id, { note })}
        />
      </div>
    </li>
  );
}

function LogForm({ app }: { app: Application }) {
  const cmd = useCardCommands(app.id);
  const now = useApp((s) => s.now);
  const [kind, setKind] = useState<EventKind>('thank_you_sent');
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  const [decisionBy, setDecisionBy] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The store's clock, not the system's: entering history stays deterministic (issue 10).
    const at = (when && fromLocalInput(when)) || new Date(now).toISOString();
    const ok = await cmd.logEvent({ kind, at, note, ...(kind === 'employer_replied' && decisionBy ? { decisionBy } : {}) });
    if (ok) {
      setNote('');
      setWhen('');
      setDecisionBy('');
    }
  };

  return (
    <form className="log-form" onSubmit={submit} aria-label="Log what happened">
      <div className="segmented" role="group" aria-label="Quick choices">
        {QUICK.map((k) => (
          <button key={k} type="button" className="segmented__item" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {QUICK_WORDS[k]}
          </button>
        ))}
      </div>
      <div className="form__row">
        <label className="field">
          <span className="field__label">What happened</span>
          <select className="input" value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {LOGGABLE.map((o) => (
              <option key={o.kind} value={o.kind}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            When <span className="field__optional">empty means now</span>
          </span>
          <input
            className="input"
            type="datetime-local"
            value={when}
            max={toLocalInput(new Date(now + 86_400_000).toISOString())}
            onChange={(e) => setWhen(e.target.value)}
          />
        </label>
      </div>
      {kind === 'employer_replied' && (
        <label className="field">
          <span className="field__label">
            New decision date <span className="field__optional">if they gave one (P15)</span>
          </span>
          <input className="input" type="date" value={decisionBy} onChange={(e) => setDecisionBy(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span className="field__label">
          Note <span className="field__optional">optional</span>
        </span>
        <textarea className="input" rows={2} value={note} spellCheck onChange={(e) => setNote(e.target.value)} />
      </label>
      <div>
        <button type="submit" className="button">
          Log “{EVENT_WORDS[kind]}”
        </button>
      </div>
    </form>
  );
}

export function TimelineSection({ app }: { app: Application }) {
  const events = eventsInOrder(app.events).reverse();
  return (
    <Section title="History">
      <LogForm app={app} />
      <ol className="events" aria-label="Events, newest first">
        {events.map((e) => (
          <EventRow key={e.id} app={app} event={e} />
        ))}
      </ol>
    </Section>
  );
}
