// Today's "Interviews this week": every interview on an open card in the next seven days,
// with its day and time, so a coming on-site is never only "Ask when they expect to decide"
// (P1 is shown until the interview time passes; issue 10).
import { useMemo } from 'react';
import { interviewsAhead, interviewWhen } from '../view-model/interviewWhen.ts';
import { Icon } from '../ui/Icon.tsx';
import { useApp, useAppStore } from '../store/StoreContext.tsx';

const KIND_WORDS = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On site',
  technical: 'Technical',
  panel: 'Panel',
  other: 'Interview',
} as const;

export function InterviewsAhead({ now }: { now: Date }) {
  const store = useAppStore();
  const apps = useApp((s) => s.doc?.applications);
  const minute = now.getTime();
  const coming = useMemo(() => (apps ? interviewsAhead(apps, new Date(minute)) : []), [apps, minute]);
  if (coming.length === 0) return null;
  return (
    <section className="today__later" aria-labelledby="today-interviews">
      <h2 id="today-interviews" className="today__subtitle">
        Interviews this week
      </h2>
      <ol className="today__list today__list--interviews">
        {coming.map(({ application: app, interview }) => {
          const round = interview.roundId ? app.rounds.find((r) => r.id === interview.roundId) : undefined;
          const when = interviewWhen(interview, new Date(minute));
          return (
            <li key={`${app.id}:${interview.roundId ?? interview.start.toISOString()}`} className="today-row today-row--interview">
              <span className="today-row__due">{when.charAt(0).toUpperCase() + when.slice(1)}</span>
              <div className="today-row__main">
                <div className="today-row__title">{round ? KIND_WORDS[round.kind] : 'Interview'}</div>
                <div className="today-row__who">
                  <span className="today-row__company">{app.company}</span>
                  <span className="muted">{app.role}</span>
                </div>
              </div>
              <button
                type="button"
                className="button today-row__open"
                onClick={() => store.getState().openPanel(app.id)}
                aria-label={`Open card: interview ${when}, ${app.company}`}
              >
                Open card
                <Icon name="chevronRight" size={14} />
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
