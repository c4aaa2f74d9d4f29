// Every open action on the card, each with its due time, its "why" and the playbook rule.
import { doneReason } from '../../../shared/engine/actions.ts';
import type { Application } from '../../../shared/model/types.ts';
import { dueWords } from '../view-model/cardModel.ts';
import { formatDue } from '../format/due.ts';
import { whyWithRule } from '../format/why.ts';
import { minuteOf, selectActionsByApp } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { Section } from '../ui/Section.tsx';
import { WhyText } from '../rules/WhyText.tsx';

const NONE: never[] = [];

export function ActionsSection({ app }: { app: Application }) {
  const store = useAppStore();
  const actions = useApp((s) => selectActionsByApp(s).get(app.id) ?? NONE);
  const minute = useApp((s) => minuteOf(s.now));
  const now = new Date(minute);
  const done = doneReason(app);

  return (
    <Section title="What to do next">
      {actions.length === 0 ? (
        <p className="panel-empty">
          {done ?? 'Nothing to send right now. When something happens, log it below and the next step will appear here.'}
        </p>
      ) : (
        <ul className="actions">
          {actions.map((a) => (
            <li key={a.key} className={`action${a.due ? ` action--${a.status} edge edge--${a.status}` : ''}`}>
              <div className="action__head">
                <span className="action__title">{a.title}</span>
                {a.due && <span className="action__due">{dueWords(formatDue(a.due, now), a.status)}</span>}
              </div>
              <WhyText className="action__why" text={whyWithRule(a).text} extraRule={whyWithRule(a).rule ? a.rule : null} />
              {a.template && (
                <button type="button" className="button button--small" onClick={() => store.getState().chooseDraft(a.key)}>
                  Show the draft
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
