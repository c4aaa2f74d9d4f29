// The slim top bar (design.md, "Layout"): app name, Board and Today, search, New
// application, help and settings. No sidebar of empty pages.
import { useRef, useState } from 'react';
import { SEARCH_INPUT_ID } from '../lib/element-ids.ts';
import { PasteMailDialog } from '../capture/PasteMailDialog.tsx';
import { selectOverdueCount, selectTodayCount } from '../store/selectors.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Logo } from '../ui/Logo.tsx';

export function TopBar() {
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const query = useApp((s) => s.query);
  const todayCount = useApp(selectTodayCount);
  const overdue = useApp(selectOverdueCount);
  const readOnly = useApp((s) => s.readOnly);
  const hasDoc = useApp((s) => s.doc !== null && s.doc !== undefined);
  const [pasting, setPasting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { setView, setSearch, openDialog } = store.getState();

  return (
    <header className="topbar">
      <div className="topbar__brand">
        <Logo className="topbar__logo" />
        <span className="topbar__name">Afterview</span>
      </div>
      <nav className="topbar__nav" aria-label="Views">
        <button
          type="button"
          className="nav-button"
          aria-current={view === 'board' ? 'page' : undefined}
          onClick={() => setView('board')}
          title="Board (b)"
        >
          <Icon name="board" />
          Board
        </button>
        <button
          type="button"
          className="nav-button"
          aria-current={view === 'today' ? 'page' : undefined}
          onClick={() => setView('today')}
          title="Today (t)"
        >
          <Icon name="today" />
          Today
          <span className={`nav-button__count${overdue > 0 ? ' nav-button__count--overdue' : ''}`} aria-hidden="true">
            {todayCount}
          </span>
          <span className="sr-only">{`, ${todayCount} due${overdue > 0 ? `, ${overdue} overdue` : ''}`}</span>
        </button>
        <button
          type="button"
          className="nav-button"
          aria-current={view === 'insights' ? 'page' : undefined}
          onClick={() => setView('insights')}
          title="Insights (i)"
          aria-keyshortcuts="i"
        >
          <Icon name="insights" />
          Insights
        </button>
      </nav>
      <div className="topbar__search" role="search">
        <Icon name="search" className="topbar__search-icon" />
        <input
          ref={input}
          id={SEARCH_INPUT_ID}
          type="search"
          className="topbar__search-input"
          placeholder="Search company, role, person, place, notes"
          aria-label="Search applications"
          aria-keyshortcuts="/"
          value={query}
          onChange={(e) => setSearch(true, e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setSearch(false, '');
              input.current?.blur();
            }
            if (e.key === 'Enter') setView('board');
          }}
        />
        <kbd className="topbar__kbd" aria-hidden="true">
          /
        </kbd>
      </div>
      <div className="topbar__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => openDialog({ kind: 'quickAdd' })}
          disabled={readOnly}
          aria-keyshortcuts="n"
          title="New application (n)"
        >
          <Icon name="plus" />
          New application
        </button>
        {/* Shown (and disabled) while the board is still loading, so the bar does not shift when it is in. */}
        <button
          type="button"
          className="button"
          onClick={() => setPasting(true)}
          disabled={!hasDoc}
          title="Paste an employer's email to update the board"
        >
          Paste an email
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Import, export and backups"
          title="Import, export and backups"
          onClick={() => openDialog({ kind: 'data' })}
        >
          <Icon name="folder" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-keyshortcuts="?"
          onClick={() => openDialog({ kind: 'shortcuts' })}
        >
          <Icon name="keyboard" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Settings"
          title="Settings"
          aria-current={view === 'settings' ? 'page' : undefined}
          onClick={() => setView(view === 'settings' ? 'board' : 'settings')}
        >
          <Icon name="sliders" />
        </button>
      </div>
      {pasting && <PasteMailDialog onClose={() => setPasting(false)} />}
    </header>
  );
}
