// Derived values, computed from the store and remembered until their inputs change.
// Nothing here is stored: the document is the single source of truth.
import { createIncrementalEngine } from '../../../shared/engine/incremental.ts';
import { dueCounts, isComingUp, isDue, type DueCounts } from '../../../shared/engine/due-counts.ts';
import type { Action, AfterviewDocument, Application } from '../../../shared/model/types.ts';
import { buildCardModel, sameCardModel, type CardModel } from '../view-model/cardModel.ts';
import { memoLast } from '../lib/memo.ts';
import type { AppState } from './types.ts';

const MINUTE = 60_000;
/** Due texts change by the minute, so "now" is rounded to keep memoised values stable. */
export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE) * MINUTE;

const applicationsById = memoLast((apps: readonly Application[]) => new Map(apps.map((a) => [a.id, a])));

const NO_APPLICATIONS: readonly Application[] = [];

/**
 * The document the board shows: the whole one once it has loaded, before that the host's
 * first screen (the top of each column, issue 14), else null. Only the board and what it
 * paints read the first screen; every other view waits for the whole document.
 */
export const selectShownDoc = (s: AppState): AfterviewDocument | null => s.doc ?? s.firstScreen?.doc ?? null;

/** Every application by id (of the first screen until the whole document is in); the same map while the applications are. */
export const selectApplicationsById = (s: AppState): Map<string, Application> =>
  applicationsById(selectShownDoc(s)?.applications ?? NO_APPLICATIONS);

// The incremental engine (issue 14): a change works out the card it touched, not the whole
// board; its action list keeps its identity while nothing in it changed.
const engine = createIncrementalEngine();
const allActions = memoLast((doc: AfterviewDocument, minute: number): readonly Action[] => engine.pass(doc, new Date(minute)).actions);
const EMPTY_ACTIONS: readonly Action[] = [];

/**
 * Every open action on the board, soonest first; until the whole document is in, those of the
 * first screen's cards, as the host's engine worked them out over the whole board. Shared: never change it.
 */
export const selectAllActions = (s: AppState): readonly Action[] =>
  s.doc ? allActions(s.doc, minuteOf(s.now)) : (s.firstScreen?.actions ?? EMPTY_ACTIONS);

const actionsByApp = memoLast((actions: readonly Action[]) => {
  const map = new Map<string, Action[]>();
  for (const action of actions) {
    const list = map.get(action.applicationId);
    if (list) list.push(action);
    else map.set(action.applicationId, [action]);
  }
  return map;
});

export const selectActionsByApp = (s: AppState): Map<string, Action[]> => actionsByApp(selectAllActions(s));

/** The actions in Today: everything overdue or due today, soonest first. */
const todayActions = memoLast((actions: readonly Action[]) => actions.filter(isDue));
export const selectTodayActions = (s: AppState): Action[] => todayActions(selectAllActions(s));
/** Today's "Coming up": the dated actions still to come, soonest first. */
const comingUp = memoLast((actions: readonly Action[]) => actions.filter(isComingUp));
export const selectComingUp = (s: AppState): Action[] => comingUp(selectAllActions(s));
// The top bar's counts, once per engine pass and without building Today's list (issue 14);
// before the whole document is in, the host's counts over the whole board.
const todayCounts = memoLast(dueCounts);
const countsOf = (s: AppState): DueCounts => (s.doc || !s.firstScreen ? todayCounts(selectAllActions(s)) : s.firstScreen.counts);
export const selectTodayCount = (s: AppState): number => countsOf(s).today;
export const selectOverdueCount = (s: AppState): number => countsOf(s).overdue;

/**
 * Card models, one per application. A model that reads the same as before keeps its old
 * identity, so memoised cards skip rendering when an unrelated card changes.
 */
export function createCardModelSelector(): (s: AppState) => Map<string, CardModel> {
  let previous = new Map<string, CardModel>();
  const build = memoLast((apps: readonly Application[], byApp: Map<string, Action[]>, minute: number) => {
    const now = new Date(minute);
    const next = new Map<string, CardModel>();
    for (const app of apps) {
      const model = buildCardModel(app, byApp.get(app.id), now);
      const old = previous.get(app.id);
      next.set(app.id, old && sameCardModel(old, model) ? old : model);
    }
    previous = next;
    return next;
  });
  return (s) => build(s.doc?.applications ?? [], selectActionsByApp(s), minuteOf(s.now));
}

/** A card's model by id, built on first ask: the board asks only for the cards it shows. */
export type CardModelOf = (id: string) => CardModel | undefined;

/**
 * Card models on demand (issue 14): nothing is built for the cards off screen. A model that
 * reads the same as the one last handed out keeps that identity, so memoised cards skip
 * rendering when an unrelated card changes.
 */
export function createCardModelLookup(): (s: AppState) => CardModelOf {
  const kept = new Map<string, CardModel>();
  const lookup = memoLast((byId: Map<string, Application>, byApp: Map<string, Action[]>, minute: number): CardModelOf => {
    const now = new Date(minute);
    const built = new Map<string, CardModel>();
    return (id) => {
      const done = built.get(id);
      if (done) return done;
      const app = byId.get(id);
      if (!app) return undefined;
      const fresh = buildCardModel(app, byApp.get(id), now);
      const old = kept.get(id);
      const model = old && sameCardModel(old, fresh) ? old : fresh;
      kept.set(id, model);
      built.set(id, model);
      return model;
    };
  });
  return (s) => lookup(selectApplicationsById(s), selectActionsByApp(s), minuteOf(s.now));
}
