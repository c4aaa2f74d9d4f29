// How one Action is put together: its stable key and its status relative to "now".
import type { Action, ActionStatus, Application, Policy, RuleId, TemplateKind } from '../model/types.ts';
import { sameLocalDay } from '../dates/local.ts';
import type { Acceptance, PendingOffer } from './board-facts.ts';

export interface EngineContext {
  now: Date;
  policy: Policy;
  /** Every application on the board, for the rules that look across cards (P10, P14). */
  applications?: Application[];
  /**
   * What the cross-card rules read of the board (latestAcceptance for P10, pendingOffers for
   * P16), when the caller has it already (the incremental engine); else derived from `applications`.
   */
  acceptance?: Acceptance | null;
  offers?: readonly PendingOffer[];
}

/** Overdue once the due time has passed; due today until then on its local day; else upcoming. */
export function statusOf(due: Date | null, now: Date): ActionStatus {
  if (!due) return 'upcoming';
  if (due.getTime() < now.getTime()) return 'overdue';
  return sameLocalDay(due, now) ? 'due_today' : 'upcoming';
}

/**
 * P10 is due the moment an offer is accepted, and P16's asks the moment an offer with a
 * deadline is logged, but a list of messages that turns red a minute later is alarm, not
 * help: they read as due today on that day, overdue from the next.
 */
function calmStatusOf(due: Date | null, now: Date): ActionStatus {
  if (!due || due.getTime() >= now.getTime()) return statusOf(due, now);
  return sameLocalDay(due, now) ? 'due_today' : 'overdue';
}

/** The actions due "at once" after an offer (P10's withdrawals, P16's asks), not P16's decide-by. */
const dueAtOnceCalmly = (spec: ActionSpec): boolean =>
  spec.rule === 'P10' || (spec.rule === 'P16' && (spec.template === 'expedite_request' || spec.template === 'extension_request'));

export interface ActionSpec {
  rule: RuleId;
  /** What the action is about (an event or round id): part of the key, so it survives recomputation. */
  situation: string;
  title: string;
  due: Date | null;
  why: string;
  template: TemplateKind | null;
  contactId?: string;
  roundId?: string;
}

export function makeAction(app: Application, spec: ActionSpec, now: Date): Action {
  const action: Action = {
    key: [app.id, spec.rule, spec.situation, spec.contactId].filter(Boolean).join(':'),
    applicationId: app.id,
    rule: spec.rule,
    title: spec.title,
    due: spec.due ? spec.due.toISOString() : null,
    status: dueAtOnceCalmly(spec) ? calmStatusOf(spec.due, now) : statusOf(spec.due, now),
    why: spec.why,
    template: spec.template,
  };
  if (spec.contactId) action.contactId = spec.contactId;
  if (spec.roundId) action.roundId = spec.roundId;
  return action;
}

/** First names of the given contacts, joined the way a person would say them. */
export function firstNamesOf(app: Application, contactIds: readonly string[]): string {
  const names = contactIds
    .map(
      (id) =>
        app.contacts
          .find((c) => c.id === id)
          ?.name.trim()
          .split(/\s+/)[0],
    )
    .filter((n): n is string => Boolean(n));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
