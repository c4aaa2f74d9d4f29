// applyCommand: the one pure function through which every change to the document goes.
// It never mutates its input; unchanged applications and columns are shared with the old
// document, so undo can keep whole documents cheaply and React can compare by reference.
import type { AfterviewDocument, AppEvent, Application } from '../model/types.ts';
import { deriveStage, stageEventFor } from '../model/stage.ts';
import { presetFor, presetPolicy } from '../engine/policy.ts';
import type { Command } from './commands.ts';
import { applyToCard, settle, type CardCommand } from './apply-card.ts';
import { placeCard, removeCard } from './columns.ts';
import { CommandError } from './errors.ts';

export { CommandError } from './errors.ts';

function findIndex(doc: AfterviewDocument, id: string): number {
  const index = doc.applications.findIndex((a) => a.id === id);
  if (index < 0) throw new CommandError('That application is no longer on the board; it may have been deleted.');
  return index;
}

function replaceCard(doc: AfterviewDocument, cmd: CardCommand): AfterviewDocument {
  const index = findIndex(doc, cmd.id);
  const before = doc.applications[index]!;
  const after = applyToCard(before, cmd);
  const applications = after === before ? doc.applications : doc.applications.with(index, after);
  let columns = doc.columns;
  if (cmd.type === 'moveCard') {
    // The card lands where it was dropped; if its events put it elsewhere, at the end there.
    columns = placeCard(columns, after.id, after.stage, after.stage === cmd.to ? cmd.index : undefined);
  } else if (after.stage !== before.stage) {
    columns = placeCard(columns, after.id, after.stage);
  }
  return applications === doc.applications && columns === doc.columns ? doc : { ...doc, applications, columns };
}

/**
 * The events a new card starts with, each at the time the user gave: "applied" at the day it
 * went out, and for a later column the event that column means (a round's booking at or
 * before the round, see bookings.ts).
 */
function firstEvents(cmd: Extract<Command, { type: 'addApplication' }>): AppEvent[] {
  const stageEvent: AppEvent = { id: cmd.eventId, kind: stageEventFor(cmd.stage), at: cmd.at, note: '' };
  if (cmd.round && cmd.stage === 'interviewing') stageEvent.roundId = cmd.round.id;
  if (!cmd.appliedAt) return [stageEvent];
  if (cmd.round && Date.parse(cmd.appliedAt) > Date.parse(cmd.round.startsAt)) {
    throw new CommandError('The application date is after the interview; check the two dates.');
  }
  const applied: AppEvent = { id: `${cmd.eventId}-applied`, kind: 'applied', at: cmd.appliedAt, note: '' };
  return cmd.stage === 'applied' ? [{ ...applied, id: cmd.eventId }] : [applied, stageEvent];
}

function addApplication(doc: AfterviewDocument, cmd: Extract<Command, { type: 'addApplication' }>): AfterviewDocument {
  if (doc.applications.some((a) => a.id === cmd.id)) {
    throw new CommandError('An application with this id is already on the board.');
  }
  const app: Application = settle({
    id: cmd.id,
    company: cmd.fields.company,
    role: cmd.fields.role,
    location: cmd.fields.location ?? '',
    url: cmd.fields.url ?? '',
    notes: cmd.fields.notes ?? '',
    skills: cmd.fields.skills ?? '',
    decisionBy: cmd.fields.decisionBy ?? null,
    stage: cmd.stage,
    outcome: null,
    contacts: cmd.contacts,
    rounds: cmd.round && cmd.stage === 'interviewing' ? [cmd.round] : [],
    events: firstEvents(cmd),
    createdAt: cmd.at,
    updatedAt: cmd.at,
  });
  return { ...doc, applications: [...doc.applications, app], columns: placeCard(doc.columns, app.id, app.stage) };
}

function addApplications(doc: AfterviewDocument, apps: Application[]): AfterviewDocument {
  const ids = new Set(doc.applications.map((a) => a.id));
  for (const app of apps) {
    if (ids.has(app.id)) throw new CommandError(`"${app.company}" has an id that is already on the board.`);
    ids.add(app.id);
  }
  // Stages are made to agree with the events the applications bring.
  const settled = apps.map((a) => settle({ ...a, stage: deriveStage(a) }));
  let columns = doc.columns;
  for (const app of settled) columns = placeCard(columns, app.id, app.stage);
  return { ...doc, applications: [...doc.applications, ...settled], columns };
}

function updateSettings(doc: AfterviewDocument, cmd: Extract<Command, { type: 'updateSettings' }>): AfterviewDocument {
  const { policy: policyChange, ...rest } = cmd.settings;
  const choosesPreset = rest.preset !== undefined && rest.preset !== 'custom' && rest.preset !== doc.settings.preset;
  const base = choosesPreset && rest.preset !== 'custom' && rest.preset ? presetPolicy(rest.preset) : doc.settings.policy;
  const policy = policyChange ? { ...base, ...policyChange } : base;
  // A policy changed by hand is "custom" unless it happens to match a preset.
  const preset = policyChange || choosesPreset ? presetFor(policy) : (rest.preset ?? doc.settings.preset);
  return { ...doc, settings: { ...doc.settings, ...rest, policy, preset } };
}

export function applyCommand(doc: AfterviewDocument, cmd: Command): AfterviewDocument {
  switch (cmd.type) {
    case 'addApplication':
      return addApplication(doc, cmd);
    case 'addApplications':
      return addApplications(doc, cmd.applications);
    case 'deleteApplication': {
      findIndex(doc, cmd.id);
      return { ...doc, applications: doc.applications.filter((a) => a.id !== cmd.id), columns: removeCard(doc.columns, cmd.id) };
    }
    case 'deleteApplications': {
      const gone = new Set(cmd.ids);
      if (!doc.applications.some((a) => gone.has(a.id))) throw new CommandError('Those applications are no longer on the board.');
      let columns = doc.columns;
      for (const id of gone) columns = removeCard(columns, id);
      return { ...doc, applications: doc.applications.filter((a) => !gone.has(a.id)), columns };
    }
    case 'updateSettings':
      return updateSettings(doc, cmd);
    case 'saveTemplate': {
      const exists = doc.templates.some((t) => t.id === cmd.template.id);
      const templates = exists ? doc.templates.map((t) => (t.id === cmd.template.id ? cmd.template : t)) : [...doc.templates, cmd.template];
      return { ...doc, templates };
    }
    case 'resetTemplate': {
      if (!doc.templates.some((t) => t.id === cmd.templateId)) {
        throw new CommandError('That template already has its original wording.');
      }
      return { ...doc, templates: doc.templates.filter((t) => t.id !== cmd.templateId) };
    }
    default:
      return replaceCard(doc, cmd);
  }
}
