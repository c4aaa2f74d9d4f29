// The incremental engine (issue 14): exactly what computeAllActions and computeReminders give,
// worked out per application and kept while nothing that application's rules read has
// changed. A change recomputes the card it touched; a later `now` recomputes only the cards
// whose result turns at an instant in between. A pass costs what changed, not the board's size:
// the one step over every card compares two arrays of references.
//
// What one application's actions read (from rules-*.ts and action.ts):
// - the application itself: commands replace a changed application with a new object and
//   keep the others in place, so its identity stands for its revision;
// - the policy: every rule;
// - other cards: P10 reads the board's latest accepted offer (on an open card); P16 reads the
//   soonest pending offer with a deadline (on a card in progress: the expedite ask) and, on an
//   offer with a deadline, every other card in progress with a promised date (the extension
//   ask compares their dates with the deadline);
// - now, only through comparisons that turn at instants the card itself gives (nowTurns).
// Reminders derive from those actions, the policy, and the times they fire at.
import type { Action, AfterviewDocument, Application, Reminder } from '../model/types.ts';
import { isOpenStage } from '../model/stage.ts';
import { addCalendarDays, localDayOf } from '../dates/local.ts';
import { actionTime, byTimeThenKey, computeActions, computeAllActions, type EngineContext, type Timed } from './actions.ts';
import { latestAcceptance, type Acceptance } from './rules-closing.ts';
import { draftFromOf } from './rules-follow-up.ts';
import { P16_IN_PROGRESS, pendingOffers, type PendingOffer } from './rules-offer.ts';
import { catchUp, computeReminders, reminderGroupsOf } from './reminders.ts';
import { interviewsOf } from './timeline.ts';
import { MinHeap } from '../collections/min-heap.ts';

/** What the engine says about one document at one instant: worked out once, read by everyone. */
export interface EnginePass {
  readonly doc: AfterviewDocument;
  readonly now: Date;
  /** computeAllActions(doc, now). Shared between passes and readers: never change it. */
  readonly actions: readonly Action[];
  /** computeReminders(doc, now). Shared like `actions`. */
  readonly reminders: readonly Reminder[];
  /** The actions due today or overdue: what the tray and the badge count. */
  readonly dueCount: number;
  /** How many cards this pass worked out afresh (the others were kept). */
  readonly recomputed: number;
}

export interface IncrementalEngine {
  pass(doc: AfterviewDocument, now: Date): EnginePass;
}

/** The instants [from, until) over which `now` may move without changing a result. */
interface Span {
  from: number;
  until: number;
}

/** The span around `t` that no turn cuts (a turn `p` means: different for now < p and now >= p). */
function spanAround(turns: readonly number[], t: number): Span {
  let from = -Infinity;
  let until = Infinity;
  for (const p of turns) {
    // A NaN (an unreadable date) is neither, as it is for the rules' own comparisons.
    if (p <= t) from = Math.max(from, p);
    else if (p < until) until = p;
  }
  return { from, until };
}

/**
 * Where the card's actions may change as `now` moves, given the actions at some instant and
 * the structural turns that make actions come and go (between two of those, the actions and
 * their due times stay; only status and P6's title move, and they turn at the due times).
 */
function nowTurns(app: Application, actions: readonly Action[], ctx: EngineContext): number[] {
  // P1 shows while an interview is to come and P2 opens once one has ended: both turn at its end.
  const turns = interviewsOf(app).map((i) => i.end.getTime());
  for (const action of actions) {
    if (action.due === null) continue;
    const due = Date.parse(action.due);
    const day = localDayOf(new Date(due));
    // statusOf and calmStatusOf (P10, P16's asks): overdue once now is past due; due today on its local day.
    turns.push(due + 1, day.getTime(), localDayOf(addCalendarDays(day, 1)).getTime());
    // P6: the follow-up's title says to draft it from draftFromOf until the due time (or its day).
    if (action.rule === 'P4' || action.rule === 'P5') turns.push(draftFromOf(new Date(due), ctx.policy).getTime(), due);
  }
  // P16: the expedite ask on a card in progress closes once now is past the soonest offer's
  // deadline. (On the offer itself the extension ask does too, at the due time of its countdown.)
  const soonest = ctx.offers?.[0];
  if (soonest && P16_IN_PROGRESS.includes(app.stage)) turns.push(soonest.deadline.getTime() + 1);
  return turns;
}

// ---- Sorted lists kept across passes: the parts of changed cards are taken out and merged in.

interface Slot<T> extends Timed {
  item: T;
  part: Part<T>;
}

/** One card's share of a sorted list; `gone` marks it as taken out by the assembly of that number. */
interface Part<T> {
  slots: Slot<T>[];
  gone: number;
}

function partOf<T extends { key: string }>(items: readonly T[], time: (item: T) => number): Part<T> {
  const part: Part<T> = { slots: [], gone: 0 };
  part.slots = items.map((item) => ({ t: time(item), key: item.key, item, part }));
  return part;
}

function merge<T>(kept: readonly Slot<T>[], added: readonly Slot<T>[]): Slot<T>[] {
  const out: Slot<T>[] = new Array<Slot<T>>(kept.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < added.length) out[k++] = byTimeThenKey(added[j]!, kept[i]!) < 0 ? added[j++]! : kept[i++]!;
  while (i < kept.length) out[k++] = kept[i++]!;
  while (j < added.length) out[k++] = added[j++]!;
  return out;
}

let assemblies = 0;

/** The first index whose slot sorts after `slot` (equal ones stay before it: kept before added). */
function upperBound<T>(slots: readonly Slot<T>[], slot: Timed): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byTimeThenKey(slots[mid]!, slot) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where this very slot is: among the equal ones just before its upper bound. */
function indexOf<T>(slots: readonly Slot<T>[], slot: Slot<T>): number {
  for (let i = upperBound(slots, slot) - 1; i >= 0 && byTimeThenKey(slots[i]!, slot) === 0; i--) if (slots[i] === slot) return i;
  return -1;
}

/** Above this many slots coming or going, one filter and merge over the list is cheaper than splicing each. */
const SPLICE_LIMIT = 64;

/** Every slot at its index, or null if one is not there (then the list is rebuilt by filter and merge). */
function indexesOf<T>(slots: readonly Slot<T>[], outgoing: readonly Slot<T>[]): number[] | null {
  const found: number[] = [];
  for (const slot of outgoing) {
    const i = indexOf(slots, slot);
    if (i < 0) return null;
    found.push(i);
  }
  return found;
}

/**
 * A list sorted by time then key, as a stable sort of every card's items in board order gives
 * it (two cards' items tie only when their keys are equal, and keys start with the card's id).
 * Each update makes new arrays (a pass's list never changes under its readers), copying
 * references only: a change of a few cards costs a copy and a few binary searches.
 */
function createSortedList<T>(spliceLimit: number) {
  let slots: Slot<T>[] = [];
  let items: T[] = [];
  return {
    items: (): readonly T[] => items,
    update(removed: readonly Part<T>[], added: readonly Part<T>[]): void {
      const outgoing = removed.flatMap((part) => part.slots);
      const incoming = added.flatMap((part) => part.slots).sort(byTimeThenKey);
      if (outgoing.length === 0 && incoming.length === 0) return;
      const at = outgoing.length + incoming.length > spliceLimit ? null : indexesOf(slots, outgoing);
      if (at === null) {
        const stamp = ++assemblies;
        for (const part of removed) part.gone = stamp;
        slots = merge(outgoing.length === 0 ? slots : slots.filter((slot) => slot.part.gone !== stamp), incoming);
        items = slots.map((slot) => slot.item);
        return;
      }
      slots = slots.slice();
      items = items.slice();
      // From the back, so the indexes found stay right.
      for (const i of at.sort((a, b) => b - a)) {
        slots.splice(i, 1);
        items.splice(i, 1);
      }
      for (const slot of incoming) {
        const i = upperBound(slots, slot);
        slots.splice(i, 0, slot);
        items.splice(i, 0, slot.item);
      }
    },
  };
}

// ---- A card's cached result, and the heap of the instants where cached results turn.

interface Versions {
  policy: number;
  acceptance: number;
  soonestOffer: number;
  promises: number;
}

interface Entry {
  app: Application;
  /** The versions of the board-wide inputs this card's rules read; -1 for one they do not. */
  reads: Versions;
  span: Span;
  actions: Part<Action>;
  reminders: Part<Reminder>;
  dueCount: number;
}

function readsOf(app: Application, versions: Versions): Versions {
  return {
    policy: versions.policy,
    acceptance: isOpenStage(app.stage) ? versions.acceptance : -1,
    soonestOffer: P16_IN_PROGRESS.includes(app.stage) ? versions.soonestOffer : -1,
    promises: app.stage === 'offer' && app.offerDeadline ? versions.promises : -1,
  };
}

function buildEntry(app: Application, ctx: EngineContext, versions: Versions): Entry {
  const t = ctx.now.getTime();
  const actions = computeActions(app, ctx);
  const groups = reminderGroupsOf(app, actions, ctx);
  const turns = nowTurns(app, actions, ctx);
  // The reminder groups stay while the actions do; catchUp turns at each reminder's own time.
  for (const group of groups) for (const r of group) turns.push(Date.parse(r.at));
  return {
    app,
    reads: readsOf(app, versions),
    span: spanAround(turns, t),
    actions: partOf(actions, actionTime),
    reminders: partOf(catchUp(groups, ctx.now), (r) => Date.parse(r.at)),
    dueCount: actions.reduce((n, a) => n + (a.status === 'upcoming' ? 0 : 1), 0),
  };
}

interface Turn {
  until: number;
  index: number;
  entry: Entry;
}

/** The instants where a card's cached result ends, soonest on top. */
function createTurnHeap() {
  const heap = new MinHeap<Turn>((turn) => turn.until);
  return {
    size: () => heap.size,
    push(turn: Turn) {
      if (turn.until !== Infinity) heap.push(turn);
    },
    /** Takes out every turn at or before `t`. */
    due(t: number): Turn[] {
      const out: Turn[] = [];
      for (let top = heap.peek(); top && top.until <= t; top = heap.peek()) out.push(heap.pop()!);
      return out;
    },
    rebuild(cards: readonly Entry[]) {
      heap.reset(cards.map((entry, index) => ({ until: entry.span.until, index, entry })).filter((turn) => turn.until !== Infinity));
    },
  };
}

// ---- The board-wide inputs.

const acceptanceText = (a: Acceptance | null) => JSON.stringify(a && [a.applicationId, a.company, a.event.id, a.event.at]);
const soonestText = (offers: readonly PendingOffer[]) =>
  JSON.stringify(offers[0] ? [offers[0].app.id, offers[0].app.offerDeadline, offers[0].loggedAt.getTime()] : null);
const holdsAcceptance = (app: Application) => app.events.some((e) => e.kind === 'accepted');
const isPendingOffer = (app: Application) => app.stage === 'offer' && Boolean(app.offerDeadline);
const holdsPromise = (app: Application) => Boolean(app.decisionBy) && P16_IN_PROGRESS.includes(app.stage);

/** Two cards with one id: no per-card cache can tell them apart, so this pass is worked out whole. */
function wholePass(doc: AfterviewDocument, now: Date): EnginePass {
  const actions = computeAllActions(doc, now);
  const dueCount = actions.filter((a) => a.status !== 'upcoming').length;
  return { doc, now, actions, reminders: computeReminders(doc, now), dueCount, recomputed: doc.applications.length };
}

const hasDuplicateIds = (apps: readonly Application[]) => new Set(apps.map((a) => a.id)).size !== apps.length;

/** `spliceLimit`: how many items may come and go before a list is rebuilt rather than spliced (tests try 0). */
export function createIncrementalEngine(options: { spliceLimit?: number } = {}): IncrementalEngine {
  /** The applications of the last pass, and each one's entry at the same index. */
  let apps: readonly Application[] = [];
  let cards: Entry[] = [];
  let lastT = -Infinity;
  let dueTotal = 0;
  const versions: Versions = { policy: 0, acceptance: 0, soonestOffer: 0, promises: 0 };
  let policy: { ref: unknown; text: string } = { ref: null, text: '' };
  let acceptance: Acceptance | null = null;
  let offers: readonly PendingOffer[] = [];
  const heap = createTurnHeap();
  const actionList = createSortedList<Action>(options.spliceLimit ?? SPLICE_LIMIT);
  const reminderList = createSortedList<Reminder>(options.spliceLimit ?? SPLICE_LIMIT);

  /** Indexes whose application is a new object at the same place, or null when cards came, went or moved. */
  function changedIndexes(next: readonly Application[]): number[] | null {
    if (next.length !== apps.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < next.length; i++) {
      if (next[i] === apps[i]) continue;
      if (next[i]!.id !== apps[i]!.id) return null;
      changed.push(i);
    }
    return changed;
  }

  /** Updates the board-wide inputs; returns which versions moved. */
  function updateBoard(doc: AfterviewDocument, changed: number[] | null): (keyof Versions)[] {
    const moved: (keyof Versions)[] = [];
    const next = doc.applications;
    if (doc.settings.policy !== policy.ref) {
      const text = JSON.stringify(doc.settings.policy);
      if (text !== policy.text) moved.push('policy');
      policy = { ref: doc.settings.policy, text };
    }
    const touched = (test: (app: Application) => boolean) => changed === null || changed.some((i) => test(apps[i]!) || test(next[i]!));
    if (touched(holdsAcceptance)) {
      const text = acceptanceText(acceptance);
      acceptance = latestAcceptance(next);
      if (acceptanceText(acceptance) !== text) moved.push('acceptance');
    }
    const offersTouched = touched(isPendingOffer);
    if (offersTouched) {
      const text = soonestText(offers);
      offers = pendingOffers(next);
      if (soonestText(offers) !== text) moved.push('soonestOffer');
    }
    // Kept conservative: any card with a promised date coming, going or changing while an offer waits.
    if (offers.length > 0 && (offersTouched || touched(holdsPromise))) moved.push('promises');
    for (const name of moved) versions[name] += 1;
    return moved;
  }

  return {
    pass(doc, now) {
      const next = doc.applications;
      const t = now.getTime();
      const changed = changedIndexes(next);
      if (changed === null && hasDuplicateIds(next)) {
        apps = [];
        cards = [];
        return wholePass(doc, now);
      }
      const moved = updateBoard(doc, changed);
      const ctx: EngineContext = { now, policy: doc.settings.policy, applications: next, acceptance, offers };

      // Which cards to work out: the changed ones, those whose board-wide inputs moved, those whose span `now` left.
      let previous: (Entry | undefined)[];
      const stale = new Set<number>();
      if (changed === null) {
        const byId = new Map(cards.map((entry) => [entry.app.id, entry]));
        previous = next.map((app) => byId.get(app.id));
        previous.forEach((entry, i) => entry?.app !== next[i] && stale.add(i));
      } else {
        previous = cards;
        for (const i of changed) stale.add(i);
      }
      if (moved.length > 0) {
        previous.forEach((entry, i) => {
          if (entry && moved.some((name) => entry.reads[name] >= 0)) stale.add(i);
        });
      }
      if (t < lastT || changed === null) {
        previous.forEach((entry, i) => entry && !(entry.span.from <= t && t < entry.span.until) && stale.add(i));
      } else {
        for (const turn of heap.due(t)) if (previous[turn.index] === turn.entry) stale.add(turn.index);
      }

      const removed: Entry[] = [];
      const added: Entry[] = [];
      const nextCards = changed === null ? (previous as Entry[]) : cards;
      for (const i of stale) {
        const old = previous[i];
        if (old) removed.push(old);
        const entry = buildEntry(next[i]!, ctx, versions);
        nextCards[i] = entry;
        added.push(entry);
      }
      if (changed === null) {
        // Cards that went: every old entry not kept at some index.
        const kept = new Set(nextCards);
        const taken = new Set(removed);
        for (const entry of cards) if (!kept.has(entry) && !taken.has(entry)) removed.push(entry);
        cards = nextCards;
        dueTotal = cards.reduce((n, entry) => n + entry.dueCount, 0);
        heap.rebuild(cards);
      } else {
        for (const entry of removed) dueTotal -= entry.dueCount;
        for (const entry of added) dueTotal += entry.dueCount;
        stale.forEach((i) => heap.push({ until: cards[i]!.span.until, index: i, entry: cards[i]! }));
        // Turns of replaced entries stay in the heap until they pass; drop them when they pile up.
        if (heap.size() > 2 * cards.length + 64) heap.rebuild(cards);
      }
      actionList.update(
        removed.map((e) => e.actions),
        added.map((e) => e.actions),
      );
      reminderList.update(
        removed.map((e) => e.reminders),
        added.map((e) => e.reminders),
      );
      apps = next;
      lastT = t;
      return { doc, now, actions: actionList.items(), reminders: reminderList.items(), dueCount: dueTotal, recomputed: stale.size };
    },
  };
}
