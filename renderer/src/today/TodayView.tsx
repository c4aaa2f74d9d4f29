// Today (design.md): one list of every overdue and due action, soonest first, each one
// click from its draft. Not a grid: due time, company and role, action, a button.
// However long the list, only the rows in view (and a few either side) are built (issue 14);
// the list tells screen readers its length and each row's place (aria-setsize, aria-posinset).
import { memo, useCallback, useMemo, useRef, type CSSProperties, type RefObject } from 'react';
import type { Action } from '../../../shared/model/types.ts';
import { useVirtualWindow } from '../ui/useVirtualWindow.ts';
import { dueWords } from '../view-model/cardModel.ts';
import { Icon } from '../ui/Icon.tsx';
import { formatDue } from '../format/due.ts';
import { whyWithRule } from '../format/why.ts';
import { COMING_UP_ROWS, TODAY_FIRST_ROWS } from '../../../shared/board/first-screen.ts';
import {
  minuteOf,
  selectApplicationsById,
  selectComingUp,
  selectOverdueCount,
  selectShownDoc,
  selectTodayActions,
  selectTodayCount,
} from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { InterviewsAhead } from './InterviewsAhead.tsx';
import { WhyText } from '../rules/WhyText.tsx';

interface RowProps {
  action: Action;
  minute: number;
  /** Where the row stands in a list that builds only part of itself. */
  place?: { index: number; size: number };
}

const TodayRow = memo(function TodayRow({ action, minute, place }: RowProps) {
  const store = useAppStore();
  const app = useApp((s) => selectApplicationsById(s).get(action.applicationId));
  if (!app) return null;
  const due = dueWords(formatDue(action.due, new Date(minute)), action.status);
  const why = whyWithRule(action);
  const open = () => store.getState().openPanel(app.id, action.key);
  return (
    <li
      className={`today-row today-row--${action.status} edge edge--${action.status}${place && place.index > 0 ? ' today-row--after' : ''}`}
      data-vkey={place ? action.key : undefined}
      aria-posinset={place ? place.index + 1 : undefined}
      aria-setsize={place?.size}
    >
      <span className="today-row__due">{due}</span>
      <div className="today-row__main">
        <div className="today-row__title">{action.title}</div>
        <div className="today-row__who">
          <span className="today-row__company">{app.company}</span>
          <span className="muted">{app.role}</span>
        </div>
        <WhyText className="today-row__why" text={why.text} extraRule={why.rule ? action.rule : null} />
      </div>
      <button
        type="button"
        className="button today-row__open"
        onClick={open}
        aria-label={`${action.template ? 'Open draft' : 'Open'}: ${action.title}, ${app.company}`}
      >
        {action.template ? 'Open draft' : 'Open card'}
        <Icon name="chevronRight" size={14} />
      </button>
    </li>
  );
});

/** A row's usual height: the due words, the action, who, and a one- or two-line reason. */
const ROW_ESTIMATE = 96;

interface DueListProps {
  actions: Action[];
  /** How many the whole list has (more than `actions` on the first screen). */
  size: number;
  minute: number;
  scrollerRef: RefObject<HTMLDivElement | null>;
}

function DueList({ actions, size, minute, scrollerRef }: DueListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const keyOf = useCallback((i: number) => actions[i]?.key ?? String(i), [actions]);
  const view = useVirtualWindow({ count: actions.length, keyOf, scrollerRef, listRef, estimate: ROW_ESTIMATE, content: minute });
  const style: CSSProperties = { paddingTop: view.before, paddingBottom: view.after };
  return (
    <ol className="today__list today__list--due" aria-label="Due and overdue, soonest first" ref={listRef} style={style}>
      {actions.slice(view.start, view.end).map((a, i) => (
        <TodayRow key={a.key} action={a} minute={minute} place={{ index: view.start + i, size }} />
      ))}
    </ol>
  );
}

export function TodayView() {
  // On the first screen (issue 14) the host sent the cards of the first rows and of "Coming
  // up", so those lists begin as the whole ones do; the counts are the whole board's.
  const preview = useApp((s) => s.doc === null);
  const listed = useApp(selectTodayActions);
  const actions = useMemo(() => (preview ? listed.slice(0, TODAY_FIRST_ROWS) : listed), [preview, listed]);
  const dueCount = useApp(selectTodayCount);
  const overdue = useApp(selectOverdueCount);
  const upcoming = useApp(selectComingUp);
  const minute = useApp((s) => minuteOf(s.now));
  const hasApps = useApp((s) => (selectShownDoc(s)?.applications.length ?? 0) > 0);
  const store = useAppStore();
  // The open panel would cover the rows' "Open draft" buttons; the list moves aside for it.
  const panelOpen = useApp((s) => s.panel !== null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const now = new Date(minute);
  const next = upcoming[0];

  return (
    <div className={`today${panelOpen ? ' today--beside-panel' : ''}`} ref={scrollerRef}>
      <div className="today__inner">
        <header className="today__header">
          <h1 className="today__title">Today</h1>
          <p className="today__summary muted">
            {dueCount === 0
              ? 'Nothing is due.'
              : `${dueCount} ${dueCount === 1 ? 'thing' : 'things'} to do${overdue > 0 ? `, ${overdue} overdue` : ''}. Soonest first.`}
          </p>
        </header>
        {actions.length > 0 ? (
          <DueList actions={actions} size={dueCount} minute={minute} scrollerRef={scrollerRef} />
        ) : (
          <div className="empty-state">
            <Icon name="check" size={24} className="empty-state__icon" />
            <p className="empty-state__title">You are up to date.</p>
            <p className="muted">
              {next
                ? `Next: ${next.title}, ${formatDue(next.due, now)}.`
                : hasApps
                  ? 'When an interview is done or a date passes, the next message will appear here.'
                  : 'Add an application with n; after each interview, what to send shows up here.'}
            </p>
            <button type="button" className="button" onClick={() => store.getState().setView('board')}>
              Back to the board
            </button>
          </div>
        )}
        <InterviewsAhead now={now} />
        {upcoming.length > 0 && (
          <section className="today__later" aria-labelledby="today-later">
            <h2 id="today-later" className="today__subtitle">
              Coming up
            </h2>
            <ol className="today__list today__list--later">
              {upcoming.slice(0, COMING_UP_ROWS).map((a) => (
                <TodayRow key={a.key} action={a} minute={minute} />
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}
