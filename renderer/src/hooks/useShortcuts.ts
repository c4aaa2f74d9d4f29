// The app's keyboard shortcuts (listed in the "?" help). Single keys act only when the user
// is not typing; undo and redo leave text fields to their own undo.
import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../lib/element-ids.ts';
import type { AppStore } from '../store/createAppStore.ts';

/** Inputs that take no typed text: a focused radio or checkbox must not swallow Escape (issue 10). */
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A card is being carried with the keyboard: its keys belong to dnd-kit. */
function isDragging(): boolean {
  return document.querySelector('[aria-pressed="true"][aria-roledescription="card"]') !== null;
}

export function handleShortcut(store: AppStore, event: KeyboardEvent): boolean {
  const state = store.getState();
  const mod = event.metaKey || event.ctrlKey;
  const key = event.key;
  if (mod && !event.altKey && key.toLowerCase() === 'z' && !isTyping(event.target)) {
    if (event.shiftKey) void state.redo();
    else void state.undo();
    return true;
  }
  if (mod && !event.altKey && key.toLowerCase() === 'y' && !isTyping(event.target)) {
    void state.redo();
    return true;
  }
  if (mod || event.altKey || isTyping(event.target) || isDragging()) return false;
  // While a dialog is open, its own keys apply.
  if (state.dialog) return false;
  switch (key) {
    case '/':
      state.setSearch(true);
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return true;
    case 'n':
      if (state.readOnly || !state.doc) return false;
      state.openDialog({ kind: 'quickAdd' });
      return true;
    case '?':
      state.openDialog({ kind: 'shortcuts' });
      return true;
    case 't':
      state.setView('today');
      return true;
    case 'b':
      state.setView('board');
      return true;
    case 'i':
      state.setView('insights');
      return true;
    case 'o': {
      const card = (event.target as HTMLElement | null)?.closest?.('[data-card-id]');
      const id = card?.getAttribute('data-card-id');
      if (!id) return false;
      state.openPanel(id);
      return true;
    }
    case 'Escape':
      if (state.panel) {
        state.closePanel();
        return true;
      }
      if (state.view === 'settings' || state.view === 'insights') {
        state.setView('board');
        return true;
      }
      return false;
    default:
      return false;
  }
}

export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (handleShortcut(store, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

/** What the "?" help lists, in the order a user meets them. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['n'], what: 'New application' },
  { keys: ['/'], what: 'Search and filter the board' },
  { keys: ['t'], what: 'Today: everything due' },
  { keys: ['b'], what: 'Back to the board' },
  { keys: ['i'], what: 'Insights: the whole search at a glance' },
  { keys: ['Tab'], what: 'Move between cards and controls' },
  { keys: ['←', '→', '↑', '↓'], what: 'Move between cards' },
  { keys: ['o'], what: 'Open the focused card' },
  { keys: ['Space'], what: 'Pick up the focused card (or Enter)' },
  { keys: ['←', '→', '↑', '↓'], what: 'Move a picked-up card' },
  { keys: ['Space'], what: 'Drop it' },
  { keys: ['Esc'], what: 'Cancel a move, close the panel or a dialog' },
  { keys: ['Ctrl/⌘', 'Z'], what: 'Undo' },
  { keys: ['Shift', 'Ctrl/⌘', 'Z'], what: 'Redo' },
  { keys: ['?'], what: 'This list' },
];
