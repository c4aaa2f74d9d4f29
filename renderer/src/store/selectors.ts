// Derived values, computed from the store and remembered until their inputs change.
// Nothing here is stored: the document is the single source of truth.
import { computeAllActions } from '../../../shared/engine/actions.ts';
import type { Action, AfterviewDocument, Application } from '../../../shared/model/types.ts';
import { buildCardModel, sameCardModel, type CardModel } from '../view-model/cardModel.ts';
import { memoLast } from '../lib/memo.ts';
import type { AppState } from './types.ts';

const MINUTE = 60_000;
/** Due texts change by the minute, so "now" is rounded to keep memoised values stable. */
export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE) * MINUTE;

const applicationsById = memoLast((apps: readonly Application[]) => new Map(apps.map((a) => [a.id, a])));

export const selectApplicationsById = (s: AppState): Map<string, Application> =>
  applicationsById(s.doc?.applications ?? []);

const allActions = memoLast((doc: AfterviewDocument, minute: number): Action[] => computeAllActions(doc, new Date(minute)));
const EMPTY_ACTIONS: Action[] = [];

/** Every open action on the board, soonest first. */
export const selectAllActions = (s: AppState): Action[] => (s.doc ? allActions(s.doc, minuteOf(s.now)) : EMPTY_ACTIONS);

const actionsByApp = memoLast((actions: Action[]) => {
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
const todayActions = memoLast((actions: Action[]) => actions.filter((a) => a.due !== null && a.status !== 'upcoming'));
export const selectTodayActions = (s: AppState): Action[] => todayActions(selectAllActions(s));
export const selectTodayCount = (s: AppState): number => selectTodayActions(s).length;
export const selectOverdueCount = (s: AppState): number => selectTodayActions(s).filter((a) => a.status === 'overdue').length;

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
