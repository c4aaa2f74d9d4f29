// The drafts behind an action's "Open draft" button, and P10's bulk withdrawal: the user's
// version of the action's template, rendered for the round and person the action is about.
import type { Action, AfterviewDocument, Template, TemplateKind } from '../model/types.ts';
import { renderDrafts, templatesFor, type Draft } from './render.ts';
import { isExpediteAction, pendingOffers } from '../engine/rules-offer.ts';

/** The template of a kind the user would expect: their edited copy of ours, else ours, else their own. */
export function templateFor(doc: Pick<AfterviewDocument, 'templates'>, kind: TemplateKind): Template {
  const all = templatesFor(doc);
  return all.find((t) => t.id === kind) ?? all.find((t) => t.kind === kind)!;
}

export interface ActionDrafts {
  action: Action;
  template: Template;
  drafts: Draft[];
}

export function draftsForAction(doc: AfterviewDocument, action: Action, now: Date): ActionDrafts | null {
  if (!action.template) return null;
  const app = doc.applications.find((a) => a.id === action.applicationId);
  if (!app) return null;
  const template = templateFor(doc, action.template);
  // P16: an expedite request speaks of the offer on another card, so its deadline comes from there.
  const offerElsewhere = isExpediteAction(action) ? pendingOffers(doc.applications).find((o) => o.app.id !== app.id) : undefined;
  const drafts = renderDrafts(template, app, {
    settings: doc.settings,
    now,
    ...(offerElsewhere?.app.offerDeadline ? { offerDeadline: offerElsewhere.app.offerDeadline } : {}),
    ...(action.roundId ? { roundId: action.roundId } : {}),
    ...(action.contactId ? { contactId: action.contactId } : {}),
  });
  return { action, template, drafts };
}

function bulkDrafts(doc: AfterviewDocument, actions: readonly Action[], now: Date, wanted: (a: Action) => boolean): ActionDrafts[] {
  return actions
    .filter(wanted)
    .map((a) => draftsForAction(doc, a, now))
    .filter((d): d is ActionDrafts => d !== null);
}

/** P10: one withdrawal (or offer decline) draft per open application, for a bulk export. */
export function withdrawalDrafts(doc: AfterviewDocument, actions: readonly Action[], now: Date): ActionDrafts[] {
  return bulkDrafts(doc, actions, now, (a) => a.rule === 'P10');
}

/** P16: one timeline request per other application in progress, exported in bulk the same way. */
export function expediteDrafts(doc: AfterviewDocument, actions: readonly Action[], now: Date): ActionDrafts[] {
  return bulkDrafts(doc, actions, now, isExpediteAction);
}
