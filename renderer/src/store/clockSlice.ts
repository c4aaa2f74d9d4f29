import type { StateCreator } from 'zustand';
import type { AppState, ClockSlice } from './types.ts';

export function createClockSlice(initial: number): StateCreator<AppState, [], [], ClockSlice> {
  return (set) => ({
    now: initial,
    tick: (now = Date.now()) => set({ now }),
  });
}
