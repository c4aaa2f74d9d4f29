// What is on screen: the main view, the card panel, one dialog at a time, search, banners.
import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types.ts';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  view: 'board',
  viewChosen: false,
  panel: null,
  dialog: null,
  searchOpen: false,
  query: '',
  setView: (view) => set({ view, viewChosen: true }),
  openPanel: (applicationId, draftKey = null) =>
    set({
      panel: {
        applicationId,
        wide: get().panel?.wide ?? false,
        draftKey,
        draftRequest: draftKey ? (get().panel?.draftRequest ?? 0) + 1 : 0,
      },
    }),
  closePanel: () => set({ panel: null }),
  togglePanelWidth: () => {
    const panel = get().panel;
    if (panel) set({ panel: { ...panel, wide: !panel.wide } });
  },
  chooseDraft: (key) => {
    const panel = get().panel;
    if (panel) set({ panel: { ...panel, draftKey: key, draftRequest: panel.draftRequest + 1 } });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setSearch: (open, query) => set({ searchOpen: open, query: query ?? (open ? get().query : '') }),
});
