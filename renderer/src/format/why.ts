import type { Action } from '../../../shared/model/types.ts';

/** Whether the text already cites the rule in brackets, alone or in a list: "(P4)", "(P4, P15)". */
function cites(text: string, rule: string): boolean {
  return [...text.matchAll(/\(([^()]*)\)/g)].some((m) => m[1]!.split(/\s*,\s*/).includes(rule));
}

/** The engine's "why" usually names its rule already; add the id only when it does not. */
export function whyWithRule(action: Pick<Action, 'why' | 'rule'>): { text: string; rule: string | null } {
  return cites(action.why, action.rule) ? { text: action.why, rule: null } : { text: action.why, rule: action.rule };
}
