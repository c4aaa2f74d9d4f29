// The incremental engine (issue 14): exactly what computeAllActions and computeReminders give,
// worked out per application and kept while nothing that application's rules read has
// changed. A change recomputes the card it touched; a later `now` recomputes only the cards
// whose result turns at an instant in between.
//
// What one application's actions read (from rules-*.ts and action.ts):
// - the application itself: commands replace a changed application with a new object and
//   keep the others, so its identity stands for its revision;
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
import { latestAcceptance } from './rules-closing.ts';
import { draftFromOf } from './rules-follow-up.ts';
import { P16_IN_PROGRESS, pendingOffers, type PendingOffer } from './rules-offer.ts';
import { catchUp, computeReminders, reminderGroupsOf } from './reminders.ts';
import { interviewsOf } from './timeline.ts';

/** What the engine says about one document at one instant: worked out once, read by everyone. */
export interface EnginePass {
  readonly doc: AfterviewDocument;
  readonly now: Date;
  /** computeAllActions(doc, now). Shared between passes and readers: never change it. */
  readonly actions: readonly Action[];
  /** The actions due today or overdue: what the tray and the badge count. */
  readonly dueCount: number;
  /** How many cards' actions this pass worked out afresh (the others were kept). */
  readonly recomputed: number;
  /** computeReminders(doc, now), worked out on the first call. */
  reminders(): readonly Reminder[];
}

export interface IncrementalEngine {
  pass(doc: AfterviewDocument, now: Date): EnginePass;
}

/** The instants [from, until) over which `now` may move without changing a result. */
interface Span {
  from: number;
  until: number;
}

const within = (span: Span, t: number): boolean => span.from <= t && t < span.until;

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
function nowTurns(app: Application, actions: readonly Action[], ctx: EngineContext, soonestOffer: PendingOffer | undefined): number[] {
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
  if (soonestOffer && P16_IN_PROGRESS.includes(app.stage)) turns.push(soonestOffer.deadline.getTime() + 1);
  return turns;
}

// ---- Sorted lists kept across passes: only the cards that changed are taken out and merged in.

interface Slot<T> extends Timed {
  item: T;
  part: Part<T>;
}

/** One card's share of a sorted list; `listed` names the assembly it was last part of. */
interface Part<T> {
  slots: Slot<T>[];
  listed: number;
}

function partOf<T extends { key: string }>(items: readonly T[], time: (item: T) => number): Part<T> {
  const part: Part<T> = { slots: [], listed: 0 };
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

/**
 * A list sorted by time then key, as a stable sort of every card's items in board order would
 * give it (two cards' items tie only when their keys are equal, and keys start with the card's id).
 */
function createSortedList<T>() {
  let slots: Slot<T>[] | null = null;
  let items: T[] = [];
  let stamp = 0;
  return (parts: readonly Part<T>[]): readonly T[] => {
    const previous = slots;
    const previousStamp = stamp;
    stamp = ++assemblies;
    const added: Slot<T>[] = [];
    for (const part of parts) {
      if (previous === null || part.listed !== previousStamp) for (const slot of part.slots) added.push(slot);
      part.listed = stamp;
    }
    added.sort(byTimeThenKey);
    if (previous === null) {
      slots = added;
    } else {
      const kept = previous.filter((slot) => slot.part.listed === stamp);
      if (added.length === 0 && kept.length === previous.length) return items;
      slots = merge(kept, added);
    }
    items = slots.map((slot) => slot.item);
    return items;
  };
}

// ---- The board-wide inputs, each with a version that moves when what the rules read of it does.

interface Versions {
  policy: number;
  acceptance: number;
  soonestOffer: number;
  promises: number;
}

function createBoardInputs() {
  const texts: Record<keyof Versions, string | null> = { policy: null, acceptance: null, soonestOffer: null, promises: null };
  const versions: Versions = { policy: 0, acceptance: 0, soonestOffer: 0, promises: 0 };
  const note = (name: keyof Versions, text: string) => {
    if (texts[name] === text) return;
    texts[name] = text;
    versions[name] += 1;
  };
  return (doc: AfterviewDocument, offers: readonly PendingOffer[]): Versions => {
    note('policy', JSON.stringify(doc.settings.policy));
    // P10's withdrawal reads who accepted, the company, and the acceptance event's id and time.
    const accepted = latestAcceptance(doc.applications);
    note('acceptance', JSON.stringify(accepted && [accepted.applicationId, accepted.company, accepted.event.id, accepted.event.at]));
    // P16's expedite ask reads the soonest offer's card, deadline and when it was logged.
    const soonest = offers[0];
    note('soonestOffer', JSON.stringify(soonest ? [soonest.app.id, soonest.app.offerDeadline, soonest.loggedAt.getTime()] : null));
    // P16's extension ask reads every card in progress with a promised date (laterPromises).
    const promises = offers.length === 0 ? [] : doc.applications.filter((a) => a.decisionBy && P16_IN_PROGRESS.includes(a.stage)).map((a) => [a.id, a.decisionBy, a.company]);
    note('promises', JSON.stringify(promises));
    return { ...versions };
  };
}

// ---- One card's cached result.

interface Entry {
  app: Application;
  /** The versions of the board-wide inputs this card's rules read; -1 for one they do not. */
  reads: Versions;
  span: Span;
  actions: Action[];
  part: Part<Action>;
  dueCount: number;
  reminders: { span: Span; part: Part<Reminder> } | null;
  /** The pass that last used it. */
  seen: number;
}

function readsOf(app: Application, versions: Versions): Versions {
  const inProgress = P16_IN_PROGRESS.includes(app.stage);
  return {
    policy: versions.policy,
    acceptance: isOpenStage(app.stage) ? versions.acceptance : -1,
    soonestOffer: inProgress ? versions.soonestOffer : -1,
    promises: app.stage === 'offer' && app.offerDeadline ? versions.promises : -1,
  };
}

const sameReads = (reads: Versions, versions: Versions): boolean =>
  reads.policy === versions.policy &&
  (reads.acceptance < 0 || reads.acceptance === versions.acceptance) &&
  (reads.soonestOffer < 0 || reads.soonestOffer === versions.soonestOffer) &&
  (reads.promises < 0 || reads.promises === versions.promises);

function buildEntry(app: Application, ctx: EngineContext, versions: Versions, soonestOffer: PendingOffer | undefined): Entry {
  const actions = computeActions(app, ctx);
  const t = ctx.now.getTime();
  return {
    app,
    reads: readsOf(app, versions),
    span: spanAround(nowTurns(app, actions, ctx, soonestOffer), t),
    actions,
    part: partOf(actions, actionTime),
    dueCount: actions.reduce((n, a) => n + (a.status === 'upcoming' ? 0 : 1), 0),
    reminders: null,
    seen: 0,
  };
}

function remindersOf(entry: Entry, ctx: EngineContext): Part<Reminder> {
  const t = ctx.now.getTime();
  if (entry.reminders && within(entry.reminders.span, t)) return entry.reminders.part;
  const groups = reminderGroupsOf(entry.app, entry.actions, ctx);
  // The groups stay while the entry does (within its span); catchUp turns at each reminder's own time.
  const turns = groups.flatMap((group) => group.map((r) => Date.parse(r.at)));
  const part = partOf(catchUp(groups, ctx.now), (r) => Date.parse(r.at));
  entry.reminders = { span: spanAround(turns, t), part };
  return part;
}

/** Two cards with one id: no per-card cache can tell them apart, so this pass is worked out whole. */
function wholePass(doc: AfterviewDocument, now: Date): EnginePass {
  const actions = computeAllActions(doc, now);
  let reminders: Reminder[] | null = null;
  const dueCount = actions.filter((a) => a.status !== 'upcoming').length;
  return { doc, now, actions, dueCount, recomputed: doc.applications.length, reminders: () => (reminders ??= computeReminders(doc, now)) };
}

export function createIncrementalEngine(): IncrementalEngine {
  const entries = new Map<string, Entry>();
  const boardInputs = createBoardInputs();
  const assembleActions = createSortedList<Action>();
  const assembleReminders = createSortedList<Reminder>();
  let passes = 0;

  return {
    pass(doc, now) {
      const pass = ++passes;
      const t = now.getTime();
      const ctx: EngineContext = { now, policy: doc.settings.policy, applications: doc.applications };
      const offers = pendingOffers(doc.applications);
      const versions = boardInputs(doc, offers);
      const used: Entry[] = new Array<Entry>(doc.applications.length);
      let dueCount = 0;
      let recomputed = 0;
      for (let i = 0; i < doc.applications.length; i++) {
        const app = doc.applications[i]!;
        let entry = entries.get(app.id);
        if (entry?.seen === pass) return wholePass(doc, now);
        if (!entry || entry.app !== app || !sameReads(entry.reads, versions) || !within(entry.span, t)) {
          entry = buildEntry(app, ctx, versions, offers[0]);
          entries.set(app.id, entry);
          recomputed += 1;
        }
        entry.seen = pass;
        used[i] = entry;
        dueCount += entry.dueCount;
      }
      // Cards deleted long ago are forgotten once they would make up half of what is kept.
      if (entries.size > 2 * used.length + 64) for (const [id, entry] of entries) if (entry.seen !== pass) entries.delete(id);
      const actions = assembleActions(used.map((entry) => entry.part));
      let reminders: readonly Reminder[] | null = null;
      return { doc, now, actions, dueCount, recomputed, reminders: () => (reminders ??= assembleReminders(used.map((entry) => remindersOf(entry, ctx)))) };
    },
  };
}
