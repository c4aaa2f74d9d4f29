// Short messages at the bottom of the window; an error stays until dismissed or replaced.
import type { StateCreator } from 'zustand';
import type { AppState, ToastSlice } from './types.ts';

const MAX_TOASTS = 3;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => {
  let nextId = 1;
  return {
    toasts: [],
    pushToast(toast) {
      const id = nextId++;
      set({ toasts: [...get().toasts, { ...toast, id }].slice(-MAX_TOASTS) });
      return id;
    },
    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  };
};
