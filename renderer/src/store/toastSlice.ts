// Short messages at the bottom of the window; an error stays until dismissed or replaced.
import type { StateCreator } from 'zustand';
import type { AppState, ToastSlice } from './types.ts';

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => {
  let nextId = 1;
  return {
    toasts: [],
    pushToast(toast) {
      const id = nextId++;
      // One message of each tone at a time: a new one replaces the last, so toasts never
      // stack up over the buttons (issue 10); an error still waits to be dismissed or replaced.
      set({ toasts: [...get().toasts.filter((t) => t.tone !== toast.tone), { ...toast, id }] });
      return id;
    },
    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  };
};
