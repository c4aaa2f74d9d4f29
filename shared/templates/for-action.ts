// The drafts behind an action's "Open draft" button, and P10's bulk withdrawal: the user's
// version of the action's template, rendered for the round and person the action is about.
import type { Action, AfterviewDocument, Template, TemplateKind } from '../model/types.ts';
import { renderDrafts, templatesFor, type Draft } from './render.ts';

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
  const drafts = renderDrafts(template, app, {
    settings: doc.settings,
    now,
    ...(action.roundId ? { roundId: action.roundId } : {}),
    ...(action.contactId ? { contactId: action.contactId } : {}),
  });
  return { action, template, drafts };
}

/** P10: one withdrawal (or offer decline) draft per open application, for a bulk export. */
export function withdrawalDrafts(doc: AfterviewDocument, actions: readonly Action[], now: Date): ActionDrafts[] {
  return actions
    .filter((a) => a.rule === 'P10')
    .map((a) => draftsForAction(doc, a, now))
    .filter((d): d is ActionDrafts => d !== null);
}
