import type { Action } from '../../../shared/model/types.ts';

/** The engine's "why" usually names its rule already; add the id only when it does not. */
export function whyWithRule(action: Pick<Action, 'why' | 'rule'>): { text: string; rule: string | null } {
  return action.why.includes(`(${action.rule})`) ? { text: action.why, rule: null } : { text: action.why, rule: action.rule };
}
