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
  /** P16: the deadline of the offer the draft is about, when it is another card's (an expedite request). */
  offerDeadline?: string;
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

/**
 * The first line of what was discussed with this person (else with the panel), without a
 * closing full stop: it sits mid-sentence. Per person, so two interviewers' notes differ (P3).
 */
function topicOf(round: Round | undefined, contact: Contact | undefined): string {
  const own = contact ? round?.interviewerTopics?.[contact.id]?.trim() : '';
  const text = own || round?.topics.trim() || '';
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? '';
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

/** A phrase that sits mid-sentence: its closing full stop dropped. */
function phrase(text: string | undefined): string {
  return (text ?? '').trim().replace(/[.;,\s]+$/, '');
}

function valuesFor(app: Application, round: Round | undefined, contact: Contact | undefined, ctx: RenderContext): PlaceholderValues {
  const { settings } = ctx;
  const decision = app.decisionBy ? parseLocalDay(app.decisionBy) : null;
  const deadline = ctx.offerDeadline ?? app.offerDeadline;
  const first = firstName(contact);
  return {
    candidate_name: settings.candidateName,
    signature: settings.signature.trim() || settings.candidateName,
    interviewer_first_name: first,
    company: app.company,
    role: app.role,
    interview_date: round ? dayInWords(new Date(round.startsAt)) : '',
    decision_date: decision ? dayInWords(decision) : '',
    topic: topicOf(round, contact),
    skills: app.skills,
    liked: phrase(app.likedAboutCompany),
    greeting: first ? `Hi ${first}` : `Dear ${app.company} hiring team`,
    offer_deadline: deadline ? dayInWords(new Date(deadline)) : '',
  };
}

function renderOne(
  template: Template,
  app: Application,
  round: Round | undefined,
  contact: Contact | undefined,
  ctx: RenderContext,
): Draft {
  const values = valuesFor(app, round, contact, ctx);
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
  if (asked.length === 0) return [renderOne(template, app, round, undefined, ctx)];
  const perPerson = PER_PERSON_KINDS.includes(template.kind) || Boolean(ctx.contactId);
  const addressed = perPerson ? asked : asked.slice(0, 1);
  return addressed.map((contact) => renderOne(template, app, round, contact, ctx));
}
