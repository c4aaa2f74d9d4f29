// A fake clock with timers, for the reminder scheduler's tests. `advance` moves time and
// fires timers in order, as an awake computer would; `sleep` moves time without firing
// anything, as a suspended one does (its timers fire late, after the wake).
import type { Timers } from '../../../../node/services/reminders/timers.ts';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
  every: number | null;
}

export class FakeTime implements Timers {
  private pending: Pending[] = [];
  private nextId = 1;
  /** Every delay asked of setTimeout, to check that none exceeds the platform cap. */
  readonly requestedDelays: number[] = [];

  constructor(private nowMs: number) {}

  clock = (): Date => new Date(this.nowMs);

  setTimeout = (fn: () => void, ms: number): unknown => {
    this.requestedDelays.push(ms);
    const timer = { id: this.nextId++, at: this.nowMs + ms, fn, every: null };
    this.pending.push(timer);
    return timer.id;
  };
  clearTimeout = (handle: unknown): void => {
    this.pending = this.pending.filter((t) => t.id !== handle);
  };
  setInterval = (fn: () => void, ms: number): unknown => {
    const timer = { id: this.nextId++, at: this.nowMs + ms, fn, every: ms };
    this.pending.push(timer);
    return timer.id;
  };
  clearInterval = this.clearTimeout;

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (;;) {
      const next = [...this.pending].sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next || next.at > target) break;
      this.nowMs = Math.max(this.nowMs, next.at);
      if (next.every !== null) next.at += next.every;
      else this.pending = this.pending.filter((t) => t !== next);
      next.fn();
    }
    this.nowMs = target;
  }

  /** Moves time forward with the machine asleep: nothing fires until the next advance. */
  sleep(ms: number): void {
    this.nowMs += ms;
    // Timers of a sleeping process fire after the wake, late; push them past now.
    for (const t of this.pending) if (t.at < this.nowMs) t.at = this.nowMs + 1;
  }

  /**
   * The wall clock jumps (the user sets the time, a time sync corrects it) while timers,
   * which count elapsed time, keep waiting as long as before.
   */
  jumpClock(ms: number): void {
    this.nowMs += ms;
    for (const t of this.pending) t.at += ms;
  }

  advanceTo(at: Date): void {
    this.advance(at.getTime() - this.nowMs);
  }
}
