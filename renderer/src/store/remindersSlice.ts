// The reminders that have fallen due, as the host keeps them (shared/ipc/contract.ts
// ReminderFeed). The host pushes the feed whenever it changes and the page reads it when it
// opens, so a reminder that fell due while no page was open is here all the same.
import type { StateCreator } from 'zustand';
import type { AfterviewClient } from '../api/client.ts';
import type { ReminderFeed } from '../../../shared/ipc/contract.ts';
import type { AppState, RemindersSlice } from './types.ts';

export const EMPTY_FEED: ReminderFeed = { items: [], reason: null };

export function createRemindersSlice(api: AfterviewClient): StateCreator<AppState, [], [], RemindersSlice> {
  return (set, get) => ({
    reminders: EMPTY_FEED,
    setReminders: (reminders) => set({ reminders }),
    loadReminders: async () => {
      const res = await api['reminders:get'](undefined);
      if (res.ok) set({ reminders: res.value });
    },
    dismissReminders: async (ids) => {
      // Off the screen at once; the host's next feed agrees.
      set({ reminders: { ...get().reminders, items: get().reminders.items.filter((i) => !ids.includes(i.id)) } });
      const res = await api['reminders:dismiss']({ ids: [...ids] });
      if (!res.ok) get().pushToast({ message: res.error.message, tone: 'error' });
    },
    snoozeReminder: async (item, until) => {
      const res = await api['reminders:snooze']({ keys: [item.key], until });
      if (!res.ok) {
        get().pushToast({ message: res.error.message, tone: 'error' });
        return;
      }
      set({ reminders: { ...get().reminders, items: get().reminders.items.filter((i) => i.id !== item.id) } });
    },
    confirmRemindersShown: async (ids, via) => {
      // Not told when it fails: the host keeps them owed and the page offers them again.
      await api['reminders:shown']({ ids: [...ids], via });
    },
  });
}
