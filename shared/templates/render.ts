// Turns a template and a card into drafts ready to edit: placeholders filled from the card,
// one draft per interviewer for the kinds written to each person, gaps left visible.
import type { AfterviewDocument, Application, Contact, Round, Settings, Template } from '../model/types.ts';
import { dayInWords, parseLocalDay } from '../dates/local.ts';
import { builtInTemplates, PER_PERSON_KINDS } from './builtins.ts';
import { fillPlaceholders, type PlaceholderSpan, type PlaceholderValues } from './placeholders.ts';

export type { PlaceholderSpan } from './placeholders.ts';

export interface Draft {
  contactId?: string;
  to: string[];
  subject: string;
  body: string;
  placeholders: PlaceholderSpan[];
}

export interface RenderContext {
  settings: Settings;
  now: Date;
  /** The round the draft is about; by default the latest one that has started. */
  roundId?: string;
  /** Only this person's draft (for a per-person action such as P12). */
  contactId?: string;
}

/** Built-in templates with the user's edited copies in their place, then the user's own. */
export function templatesFor(doc: Pick<AfterviewDocument, 'templates'>): Template[] {
  const saved = new Map(doc.templates.map((t) => [t.id, t]));
  const builtIns = builtInTemplates().map((t) => saved.get(t.id) ?? t);
  const builtInIds = new Set(builtIns.map((t) => t.id));
  return [...builtIns, ...doc.templates.filter((t) => !builtInIds.has(t.id))];
}

/** The round a draft is about: the one asked for, else the latest that has started, else the first. */
export function roundFor(app: Application, now: Date, roundId?: string): Round | undefined {
  if (roundId) return app.rounds.find((r) => r.id === roundId);
  const sorted = [...app.rounds].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return sorted.filter((r) => Date.parse(r.startsAt) <= now.getTime()).at(-1) ?? sorted[0];
}

/** The first line of what was discussed, without a closing full stop: it sits mid-sentence. */
function topicOf(round: Round | undefined): string {
  const text = round?.topics.trim() || '';
  const line = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
  return line.replace(/[.;,\s]+$/, '');
}

function firstName(contact: Contact | undefined): string {
  return contact?.name.trim().split(/\s+/)[0] ?? '';
}

function recipients(app: Application, round: Round | undefined): Contact[] {
  const interviewers = (round?.interviewerIds ?? [])
    .map((id) => app.contacts.find((c) => c.id === id))
    .filter((c): c is Contact => Boolean(c));
  return interviewers.length ? interviewers : app.contacts;
}

function valuesFor(app: Application, round: Round | undefined, contact: Contact | undefined, settings: Settings): PlaceholderValues {
  const decision = app.decisionBy ? parseLocalDay(app.decisionBy) : null;
  return {
    candidate_name: settings.candidateName,
    signature: settings.signature.trim() || settings.candidateName,
    interviewer_first_name: firstName(contact),
    company: app.company,
    role: app.role,
    interview_date: round ? dayInWords(new Date(round.startsAt)) : '',
    decision_date: decision ? dayInWords(decision) : '',
    topic: topicOf(round),
    skills: app.skills,
  };
}

function renderOne(template: Template, app: Application, round: Round | undefined, contact: Contact | undefined, settings: Settings): Draft {
  const values = valuesFor(app, round, contact, settings);
  const subject = fillPlaceholders(template.subject, values, 'subject');
  const body = fillPlaceholders(template.body, values, 'body');
  const draft: Draft = {
    to: contact?.email ? [contact.email] : [],
    subject: subject.text,
    body: body.text,
    placeholders: [...subject.spans, ...body.spans],
  };
  if (contact) draft.contactId = contact.id;
  return draft;
}

export function renderDrafts(template: Template, app: Application, ctx: RenderContext): Draft[] {
  const round = roundFor(app, ctx.now, ctx.roundId);
  const people = recipients(app, round);
  const chosen = ctx.contactId ? people.filter((c) => c.id === ctx.contactId) : people;
  const asked = ctx.contactId ? (chosen.length ? chosen : app.contacts.filter((c) => c.id === ctx.contactId)) : chosen;
  if (asked.length === 0) return [renderOne(template, app, round, undefined, ctx.settings)];
  const perPerson = PER_PERSON_KINDS.includes(template.kind) || Boolean(ctx.contactId);
  const addressed = perPerson ? asked : asked.slice(0, 1);
  return addressed.map((contact) => renderOne(template, app, round, contact, ctx.settings));
}
