// Interview rounds: when, how long, who, and what was discussed (the detail a thank-you
// note should mention, P3). A new round puts the card back in Interviewing.
import type { Application, Round } from '../../../shared/model/types.ts';
import { ROUND_KINDS } from '../../../shared/model/schema.ts';
import { CommitField, DateTimeField } from '../ui/fields.tsx';
import { Icon } from '../ui/Icon.tsx';
import { formatMoment } from '../format/due.ts';
import { newId } from '../lib/ids.ts';
import { useApp } from '../store/StoreContext.tsx';
import { Section } from '../ui/Section.tsx';
import { useCardCommands } from './useCardCommands.ts';

const KIND_WORDS: Record<Round['kind'], string> = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On site',
  technical: 'Technical',
  panel: 'Panel',
  other: 'Other',
};

function RoundEditor({ app, round, index }: { app: Application; round: Round; index: number }) {
  const cmd = useCardCommands(app.id);
  const now = useApp((s) => s.now);
  const save = (change: Partial<Round>) => void cmd.updateRound({ ...round, ...change });
  const toggle = (contactId: string, on: boolean) =>
    save({ interviewerIds: on ? [...round.interviewerIds, contactId] : round.interviewerIds.filter((i) => i !== contactId) });
  return (
    <li className="round">
      <div className="round__head">
        <span className="round__title">
          Round {index + 1} · {formatMoment(round.startsAt, new Date(now))}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove round ${index + 1}`}
          title="Remove this round"
          onClick={() => void cmd.removeRound(round.id)}
        >
          <Icon name="trash" size={14} />
        </button>
      </div>
      <div className="form">
        <div className="form__row form__row--3">
          <DateTimeField label="Starts" value={round.startsAt} onCommit={(startsAt) => save({ startsAt })} />
          <CommitField
            label="Minutes"
            type="number"
            min={5}
            max={1440}
            value={String(round.minutes)}
            validate={(v) => (Number.isInteger(Number(v)) && Number(v) >= 5 && Number(v) <= 1440 ? null : 'Between 5 and 1440 minutes.')}
            onCommit={(v) => save({ minutes: Number(v) })}
          />
          <label className="field">
            <span className="field__label">Kind</span>
            <select className="input" value={round.kind} onChange={(e) => save({ kind: e.target.value as Round['kind'] })}>
              {ROUND_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_WORDS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {app.contacts.length > 0 && (
          <fieldset className="fieldset">
            <legend className="field__label">Who interviewed you</legend>
            <div className="checks">
              {app.contacts.map((c) => (
                <label key={c.id} className="checkbox">
                  <input type="checkbox" checked={round.interviewerIds.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  {c.name}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <CommitField
          label="What you discussed"
          multiline
          rows={2}
          value={round.topics}
          hint="One specific thing to mention in your thank-you note (P3)."
          onCommit={(topics) => save({ topics })}
        />
        {round.interviewerIds.length > 1 &&
          round.interviewerIds.map((id) => {
            const person = app.contacts.find((c) => c.id === id);
            if (!person) return null;
            const first = person.name.trim().split(/\s+/)[0];
            return (
              <CommitField
                key={id}
                label={`What you discussed with ${first}`}
                multiline
                rows={2}
                value={round.interviewerTopics?.[id] ?? ''}
                hint={`Their thank-you note uses this, so each note reads as written for ${first} (P3).`}
                onCommit={(text) => save({ interviewerTopics: { ...round.interviewerTopics, [id]: text } })}
              />
            );
          })}
      </div>
    </li>
  );
}

/** Tomorrow at 10:00, a sensible starting point for a new round. */
function defaultStart(now: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  d.setHours(10, 0, 0, 0);
  return d.toISOString();
}

export function RoundsSection({ app }: { app: Application }) {
  const cmd = useCardCommands(app.id);
  const now = useApp((s) => s.now);
  const rounds = [...app.rounds].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const add = () =>
    void cmd.addRound({
      id: newId(),
      startsAt: defaultStart(now),
      minutes: 60,
      kind: 'video',
      interviewerIds: app.contacts.map((c) => c.id),
      topics: '',
    });
  return (
    <Section
      title="Interviews"
      actions={
        <button type="button" className="button button--small" onClick={add}>
          <Icon name="plus" size={14} />
          Add a round
        </button>
      }
    >
      {rounds.length > 0 ? (
        <ol className="rounds">
          {rounds.map((r, i) => (
            <RoundEditor key={r.id} app={app} round={r} index={i} />
          ))}
        </ol>
      ) : (
        <p className="panel-empty">No interview yet. Add a round when one is booked; the thank-you note is timed from its end (P2).</p>
      )}
    </Section>
  );
}
