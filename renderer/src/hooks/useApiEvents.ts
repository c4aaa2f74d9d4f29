// Events from the main process or the web host: a change made elsewhere, a notification
// click, reminders that fell due, a menu item.
import { isTyping } from './useShortcuts.ts';
import { useEffect } from 'react';
import type { AppStore } from '../store/createAppStore.ts';

export function useApiEvents(store: AppStore): void {
  useEffect(() => {
    const { onHostEvent: on } = store.getState();
    const offs = [
      on('state:changed', ({ revision }) => store.getState().externalChange(revision)),
      on('card:focus', ({ applicationId }) => {
        const s = store.getState();
        s.closeDialog();
        if (s.view === 'settings') s.setView('board');
        s.openPanel(applicationId);
      }),
      // The host pushes the whole feed of due reminders; the page shows what it owes.
      on('reminders:changed', (feed) => store.getState().setReminders(feed)),
      on('menu:action', ({ action }) => {
        const s = store.getState();
        switch (action) {
          case 'new-application':
            s.openDialog({ kind: 'quickAdd' });
            break;
          case 'import':
            s.openDialog({ kind: 'data', focus: 'import' });
            break;
          case 'shortcuts':
            s.openDialog({ kind: 'shortcuts' });
            break;
          case 'undo':
          case 'redo':
            // Edit > Undo from the menu: typing in a field undoes the typing, else the board.
            if (isTyping(document.activeElement)) document.execCommand(action);
            else void (action === 'undo' ? s.undo() : s.redo());
            break;
          case 'settings':
            s.setView('settings');
            break;
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [store]);
}

/** Keeps "now" fresh so relative due times ("in 3 h") stay true. */
export function useClock(store: AppStore): void {
  useEffect(() => {
    const timer = setInterval(() => store.getState().tick(), 30_000);
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      store.getState().tick();
      // A tab coming back may have missed a pushed change while the browser slept it.
      void store.getState().loadReminders();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [store]);
}
