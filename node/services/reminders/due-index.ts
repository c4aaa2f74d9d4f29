// What the reminder scheduler knows about every reminder the engine computes, kept between
// ticks so that a change costs what changed (issue 14). Each reminder has an entry saying
// where it stands at the last tick: in the feed, held for the quiet hours, still to come,
// or gone (dismissed, or seen as a notification). Between two ticks an entry moves only
// when its reminder comes or goes (a card was recomputed) or when `now` reaches its time;
// two heaps keyed by that time give the entries to move and the next wake-up. Anything
// else that moves entries (a marker set, a reminder handed over, the quiet hours' end
// moving, the clock going back) makes the scheduler build the index afresh.
//
// The engine's lists are new arrays that hold the same reminder objects for unchanged
// cards (shared/engine/incremental.ts), so the old and new lists are compared by reference
// in one walk; only the reminders that differ are looked at. The walk relies on the lists
// being sorted by time then key (as the engine's are) only to stay short: on any list it
// gives a correct difference, at worst every reminder out and in.
import { MinHeap } from '../../../shared/collections/min-heap.ts';
import type { ReminderItem } from '../../../shared/ipc/contract.ts';
import type { Reminder } from '../../../shared/model/types.ts';

export type EntryStatus = 'feed' | 'held' | 'future' | 'gone';

export interface Entry {
  readonly reminder: Reminder;
  readonly id: string;
  readonly key: string;
  /** When it should show: its own time, or later if snoozed (ms). */
  readonly at: number;
  /** It has a "shown" marker. */
  readonly seen: boolean;
  status: EntryStatus;
  /** False once its reminder left the list (the heaps drop it lazily). */
  alive: boolean;
  /** The feed item, while status is 'feed'. */
  item: ReminderItem | null;
  /** The tick that put it in the feed (for what to hand to the host). */
  entered: number;
}

/** How the scheduler judges one reminder against its markers at an instant. */
export interface Judge {
  /** A new entry (status 'future' or 'gone' as the markers say, or its due status at `now`). */
  entry(reminder: Reminder, now: number, quietEnd: number | null): Entry;
  /** The status of an entry whose time has come (at <= now). */
  due(entry: Entry, quietEnd: number | null): Exclude<EntryStatus, 'future'>;
  /** The feed item of an entry in the feed. */
  item(entry: Entry): ReminderItem;
}

/** Counts of the ids and keys in the list: what pruning asks ("is this marker's reminder still computed?"). */
class Counts {
  private readonly counts = new Map<string, number>();
  has(name: string): boolean {
    return this.counts.has(name);
  }
  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  /** True when this was the last one. */
  remove(name: string): boolean {
    const n = this.counts.get(name) ?? 0;
    if (n <= 1) {
      this.counts.delete(name);
      return true;
    }
    this.counts.set(name, n - 1);
    return false;
  }
}

/** What one update did, for the scheduler to act on. */
export interface Update {
  /** The feed's membership changed (it may still read the same: the scheduler compares). */
  feedChanged: boolean;
  /** Ids and keys no longer in the list at all (their markers may now be pruned). */
  goneIds: string[];
  goneKeys: string[];
}

export interface ByTime {
  (reminder: Reminder): number;
}

export class DueIndex {
  private list: readonly Reminder[] = [];
  private entries: Entry[] = [];
  /** Every entry still to come, by time: moved when `now` reaches it. */
  private readonly future = new MinHeap<Entry>((entry) => entry.at);
  /** The entries still to come that were never seen: the earliest is the next wake-up. */
  private readonly wake = new MinHeap<Entry>((entry) => entry.at);
  private held = 0;
  readonly ids = new Counts();
  readonly keys = new Counts();

  private constructor(
    private readonly judge: Judge,
    private readonly timeOf: ByTime,
    /** The instant of the last update, and the quiet hours' end it was judged with. */
    public now: number,
    public readonly quietEnd: number | null,
  ) {}

  /** Judges every reminder afresh. */
  static build(judge: Judge, timeOf: ByTime, list: readonly Reminder[], now: number, quietEnd: number | null, tick: number): DueIndex {
    const index = new DueIndex(judge, timeOf, now, quietEnd);
    index.list = list;
    index.entries = list.map((r) => index.add(r, tick, null));
    index.resetHeaps();
    return index;
  }

  /** Moves to `list` at `now` (never earlier than the last update, with the same quiet hours' end). */
  update(list: readonly Reminder[], now: number, tick: number): Update {
    const update: Update = { feedChanged: false, goneIds: [], goneKeys: [] };
    this.now = now;
    if (list !== this.list) this.diff(list, tick, update);
    // Entries whose time has come: into the feed, held, or gone (seen as a notification).
    for (let top = this.future.peek(); top && top.at <= now; top = this.future.peek()) {
      this.future.pop();
      if (!top.alive || top.status !== 'future') continue;
      this.settle(top, this.judge.due(top, this.quietEnd), tick, update);
    }
    // Replaced entries stay in the heaps until they reach the top; drop them when they pile up.
    if (this.future.size > 2 * this.entries.length + 64) this.resetHeaps();
    return update;
  }

  /** The next instant something turns: the earliest unseen reminder to come, or the quiet hours' end while one is held. */
  nextAt(): number | null {
    for (let top = this.wake.peek(); top && (!top.alive || top.status !== 'future'); top = this.wake.peek()) this.wake.pop();
    let next = this.wake.peek()?.at ?? null;
    if (this.quietEnd !== null && this.held > 0) next = next === null ? this.quietEnd : Math.min(next, this.quietEnd);
    return next;
  }

  /** The feed's items in list order, and those among them that entered at `tick`. */
  items(tick: number): { items: ReminderItem[]; entered: ReminderItem[] } {
    const items: ReminderItem[] = [];
    const entered: ReminderItem[] = [];
    for (const entry of this.entries) {
      if (entry.status !== 'feed') continue;
      items.push(entry.item!);
      if (entry.entered === tick) entered.push(entry.item!);
    }
    return { items, entered };
  }

  private resetHeaps(): void {
    const future = this.entries.filter((e) => e.status === 'future');
    this.future.reset(future);
    this.wake.reset(future.filter((e) => !e.seen));
  }

  private settle(entry: Entry, status: EntryStatus, tick: number, update: Update | null): void {
    entry.status = status;
    if (status === 'held') this.held += 1;
    if (status === 'feed') {
      entry.item = this.judge.item(entry);
      entry.entered = tick;
      if (update) update.feedChanged = true;
    }
  }

  private add(reminder: Reminder, tick: number, update: Update | null): Entry {
    const entry = this.judge.entry(reminder, this.now, this.quietEnd);
    this.ids.add(entry.id);
    this.keys.add(entry.key);
    const status = entry.status;
    entry.status = 'gone';
    this.settle(entry, status, tick, update);
    if (status === 'future' && update) {
      this.future.push(entry);
      if (!entry.seen) this.wake.push(entry);
    }
    return entry;
  }

  private remove(entry: Entry, update: Update): void {
    entry.alive = false;
    if (entry.status === 'feed') update.feedChanged = true;
    if (entry.status === 'held') this.held -= 1;
    if (this.ids.remove(entry.id)) update.goneIds.push(entry.id);
    if (this.keys.remove(entry.key)) update.goneKeys.push(entry.key);
  }

  private compare(a: Reminder, b: Reminder): number {
    return this.timeOf(a) - this.timeOf(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  }

  /**
   * The old and new lists walked side by side: the same reference at both is the same
   * entry; otherwise the one that sorts first came (new) or went (old); a run that sorts
   * equal is matched by reference. Every new reminder ends up matched or added and every
   * old one matched or removed, whatever the order; the order only keeps the walk short.
   * Additions are judged after removals, so an id that moved between objects keeps its count.
   */
  private diff(list: readonly Reminder[], tick: number, update: Update): void {
    const old = this.list;
    const oldEntries = this.entries;
    const entries: Entry[] = new Array<Entry>(list.length);
    const added: number[] = [];
    const removed: Entry[] = [];
    let a = 0;
    let b = 0;
    while (b < list.length) {
      const r = list[b]!;
      if (a < old.length && old[a] === r) {
        entries[b++] = oldEntries[a++]!;
        continue;
      }
      const c = a < old.length ? this.compare(old[a]!, r) : 1;
      if (c < 0) removed.push(oldEntries[a++]!);
      else if (c > 0) added.push(b++);
      else {
        // A run that sorts equal on both sides: match by reference within it.
        let a2 = a;
        while (a2 < old.length && this.compare(old[a2]!, r) === 0) a2++;
        let b2 = b;
        while (b2 < list.length && this.compare(list[b2]!, r) === 0) b2++;
        const run = oldEntries.slice(a, a2);
        for (; b < b2; b++) {
          const i = run.findIndex((e) => e.reminder === list[b]);
          if (i >= 0) entries[b] = run.splice(i, 1)[0]!;
          else added.push(b);
        }
        removed.push(...run);
        a = a2;
      }
    }
    while (a < old.length) removed.push(oldEntries[a++]!);
    for (const entry of removed) this.remove(entry, update);
    for (const i of added) entries[i] = this.add(list[i]!, tick, update);
    // An id counted out and back in is not gone.
    update.goneIds = update.goneIds.filter((id) => !this.ids.has(id));
    update.goneKeys = update.goneKeys.filter((key) => !this.keys.has(key));
    this.list = list;
    this.entries = entries;
  }
}
