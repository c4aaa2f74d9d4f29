// The app shell: top bar, the main view (board, Today or settings), the card panel over
// the board, one dialog at a time, messages. Data comes from the store; the store from the API.
import { useEffect } from 'react';
import { Board } from './board/Board.tsx';
import { Banners } from './shell/Banners.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { Dialogs } from './dialogs/Dialogs.tsx';
import { FirstRun } from './firstrun/FirstRun.tsx';
import { useApiEvents, useClock } from './hooks/useApiEvents.ts';
import { useShortcuts } from './hooks/useShortcuts.ts';
import { CardPanel } from './panel/CardPanel.tsx';
import { SettingsView } from './settings/SettingsView.tsx';
import { useApp, useAppStore } from './store/StoreContext.tsx';
import { selectShownDoc } from './store/selectors.ts';
import { TodayView } from './today/TodayView.tsx';
import { InsightsView } from './insights/InsightsView.tsx';
import { CaptureDrop } from './capture/CaptureDrop.tsx';
import { needsNewAddress } from './api/load-errors.ts';

function useTheme(): void {
  const theme = useApp((s) => selectShownDoc(s)?.settings.theme ?? 'system');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}

export function App() {
  const store = useAppStore();
  const hasDoc = useApp((s) => s.doc !== null);
  // Until the whole document is in, the board paints the host's first screen (issue 14). It
  // comes only for a large board; a first run (no applications) always comes whole.
  const preview = useApp((s) => s.doc === null && s.firstScreen !== null);
  const loadError = useApp((s) => s.loadError);
  const firstRun = useApp((s) => s.doc !== null && !s.doc.settings.onboarded && s.doc.applications.length === 0);
  const view = useApp((s) => s.view);
  const panelOpen = useApp((s) => s.panel !== null);

  useEffect(() => {
    void store.getState().open();
  }, [store]);
  useApiEvents(store);
  useClock(store);
  useShortcuts(store);
  useTheme();

  if (loadError && !hasDoc) {
    return (
      <main className="center-screen">
        <div className="message-card" role="alert">
          <h1 className="message-card__title">Afterview could not open your applications</h1>
          <p>{loadError}</p>
          <p className="muted">Nothing has been changed or lost.</p>
          {/* A stale or missing access key needs the new address; trying again cannot help. */}
          {!needsNewAddress(loadError) && (
            <button type="button" className="button button--primary" onClick={() => void store.getState().load()}>
              Try again
            </button>
          )}
        </div>
      </main>
    );
  }

  if (firstRun) {
    return (
      <>
        <FirstRun />
        <Toasts />
      </>
    );
  }

  return (
    <div className={`app${panelOpen ? ' app--panel-open' : ''}`}>
      <TopBar />
      <Banners />
      <main
        className="main"
        aria-busy={!hasDoc}
        aria-label={view === 'today' ? 'Today' : view === 'settings' ? 'Settings' : view === 'insights' ? 'Insights' : 'Board'}
      >
        {(hasDoc || preview) && view === 'board' && <Board />}
        {(hasDoc || preview) && view === 'today' && <TodayView />}
        {hasDoc && view === 'settings' && <SettingsView />}
        {hasDoc && view === 'insights' && <InsightsView />}
      </main>
      {hasDoc && <CardPanel />}
      <Dialogs />
      {hasDoc && <CaptureDrop />}
      <Toasts />
    </div>
  );
}
