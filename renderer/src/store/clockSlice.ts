import type { StateCreator } from 'zustand';
import type { Clock } from '../../../shared/time/clock.ts';
import type { AppState, ClockSlice } from './types.ts';

export function createClockSlice(clock: Clock): StateCreator<AppState, [], [], ClockSlice> {
  return (set) => ({
    clock,
    now: clock().getTime(),
    tick: (now = clock().getTime()) => set({ now }),
  });
}
