// Live checks beside the draft editor (playbook, "Draft checks"). None blocks export; each
// says where in the text the problem is and what to do, in one line.
import type { Application, Policy, RuleId, TemplateKind } from '../model/types.ts';
import { EMAIL_KINDS, FOLLOW_UP_KINDS } from '../templates/builtins.ts';
import { PLACEHOLDERS, isPlaceholderName, unfilledText } from '../templates/placeholders.ts';
import type { Draft } from '../templates/render.ts';
import { followUpsLeft } from '../engine/timeline.ts';
import { findAll, IMPLIES_LOST, PUSHY } from './patterns.ts';
import { hasGap, templateGaps } from './gaps.ts';
import { sentencesOf } from './sentences.ts';
import { nearIdenticalTo } from './near-identical.ts';
import { sendTimeCheck } from './send-time.ts';
import type { DraftCheck, TextRange } from './check-types.ts';

export type { DraftCheck, TextRange } from './check-types.ts';

export interface CheckContext {
  kind: TemplateKind;
  app: Application;
  policy: Policy;
  /** The drafts of the same action to the other interviewers, for the near-identical check. */
  siblings?: readonly Draft[];
  /** When the user means to send it, for the night-or-weekend check in the recipient's zone. */
  sendAt?: Date;
}

type Field = DraftCheck['field'];
const FIELDS: readonly Field[] = ['subject', 'body'];

export const MAX_SHORT_SENTENCES = 3;
export const MAX_EMAIL_WORDS = 200;

/** Where each missing value can come from, so the suggestion says what to do, not just what is wrong. */
const FILL_HINT: Record<keyof typeof PLACEHOLDERS, string> = {
  candidate_name: 'Add your name in Settings, or type it here.',
  signature: 'Add your name in Settings, or type it here.',
  interviewer_first_name: 'Add the interviewer to the card, or type their first name here.',
  company: 'Type the company name here, or add it to the card.',
  role: 'Type the role here, or add it to the card.',
  interview_date: 'Add the interview round to the card, or type the date here.',
  decision_date: 'Add the date they said they would decide by to the card, or reword this line.',
  topic: 'Name one thing you talked about; it is what makes the note personal (P3).',
  skills: 'Name a skill or two of yours that fit the role, or add them to the card.',
  liked: 'Say one thing you liked about the company, or note it on the card (P7).',
  greeting: 'Greet the person by name, or the hiring team.',
  offer_deadline: 'Add the offer deadline to the offer card, or type the day here (P16).',
};

function unfilled(draft: Draft): DraftCheck[] {
  const checks: DraftCheck[] = [];
  for (const field of FIELDS) {
    const ours: TextRange[] = [];
    for (const name of Object.keys(PLACEHOLDERS).filter(isPlaceholderName)) {
      const ranges = [...findAll(draft[field], escape(unfilledText(name))), ...findAll(draft[field], escape(`{${name}}`))];
      if (ranges.length) {
        ours.push(...ranges);
        checks.push({
          id: `unfilled-placeholder:${name}`,
          field,
          ranges,
          message: `${unfilledText(name)} still needs filling in. ${FILL_HINT[name]}`,
        });
      }
    }
    // Gaps of any other style, from a template pasted in from elsewhere.
    const others = templateGaps(draft[field], ours);
    if (others.length) {
      checks.push({
        id: 'template-gap',
        field,
        ranges: others,
        message: 'Replace the bracketed gap with the real words; a left-over gap reads as a form letter.',
      });
    }
  }
  return checks;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstLine(body: string): TextRange {
  const start = body.length - body.trimStart().length;
  const newline = body.indexOf('\n', start);
  return { start, end: newline < 0 ? body.length : newline };
}

const GENERIC_GREETING =
  /^(hi|hello|hey|dear|good (morning|afternoon))?\s*(there|all|team|everyone|sir or madam|sir|madam|hiring manager|hiring team|recruiter)?\s*[,.:]?$|^to whom it may concern/i;

// With nobody on the card to name, greeting the hiring team is the right thing to do.
const TEAM_GREETING = /\b(hiring )?team\b/i;

/** P3: the person is greeted by name; a gap where the name goes does not count as one. */
function notNamed(draft: Draft, ctx: CheckContext): DraftCheck[] {
  const line = firstLine(draft.body);
  const greeting = draft.body.slice(line.start, line.end).trim();
  const people = draft.contactId ? ctx.app.contacts.filter((c) => c.id === draft.contactId) : ctx.app.contacts;
  const names = people.map((c) => c.name.trim().split(/\s+/)[0]!).filter(Boolean);
  // A gap in the greeting ("Dear [Interviewer's Name],") greets nobody yet: flagged as a gap and as unnamed.
  const named =
    !hasGap(greeting) &&
    (names.length
      ? names.some((n) => new RegExp(`\\b${escape(n)}\\b`, 'i').test(draft.body))
      : !GENERIC_GREETING.test(greeting) || TEAM_GREETING.test(greeting));
  if (named) return [];
  return [
    {
      id: 'interviewer-not-named',
      rule: 'P3',
      field: 'body',
      ranges: [line],
      message: names.length
        ? `Greet ${names[0]} by name; a personal note reads as one (P3).`
        : 'Greet the person by their first name rather than a general hello (P3).',
    },
  ];
}

const NEEDS_COMPANY_AND_ROLE: readonly TemplateKind[] = ['thank_you_email', 'thank_you_short', ...FOLLOW_UP_KINDS];

function missingCompanyOrRole(draft: Draft, ctx: CheckContext): DraftCheck[] {
  if (!NEEDS_COMPANY_AND_ROLE.includes(ctx.kind)) return [];
  const text = `${draft.subject}\n${draft.body}`.toLowerCase();
  const rule: RuleId = FOLLOW_UP_KINDS.includes(ctx.kind) ? 'P7' : 'P3';
  const checks: DraftCheck[] = [];
  if (!text.includes(ctx.app.company.trim().toLowerCase())) {
    checks.push({
      id: 'company-missing',
      rule,
      field: 'body',
      ranges: [],
      message: `Mention ${ctx.app.company} so the note is clearly about them (${rule}).`,
    });
  }
  if (!text.includes(ctx.app.role.trim().toLowerCase())) {
    checks.push({
      id: 'role-missing',
      rule,
      field: 'body',
      ranges: [],
      message: `Name the role, ${ctx.app.role}, so they place you at once (${rule}).`,
    });
  }
  return checks;
}

function tooLong(draft: Draft, ctx: CheckContext): DraftCheck[] {
  const body = draft.body;
  if (ctx.kind === 'thank_you_short') {
    const sentences = sentencesOf(body);
    if (sentences.length <= MAX_SHORT_SENTENCES) return [];
    const start = sentences[MAX_SHORT_SENTENCES]!.start;
    return [
      {
        id: 'too-long',
        rule: 'P3',
        field: 'body',
        ranges: [{ start, end: body.trimEnd().length }],
        message: `Keep a short note to ${MAX_SHORT_SENTENCES} sentences; this one has ${sentences.length} (P3).`,
      },
    ];
  }
  if (!EMAIL_KINDS.includes(ctx.kind)) return [];
  const words = [...body.matchAll(/\S+/g)];
  if (words.length <= MAX_EMAIL_WORDS) return [];
  return [
    {
      id: 'too-long',
      rule: 'P3',
      field: 'body',
      ranges: [{ start: words[MAX_EMAIL_WORDS]!.index, end: body.trimEnd().length }],
      message: `Trim it to about ${MAX_EMAIL_WORDS} words; it has ${words.length} (P3).`,
    },
  ];
}

function phrases(draft: Draft, list: typeof PUSHY, id: string, rule?: RuleId): DraftCheck[] {
  const checks: DraftCheck[] = [];
  for (const field of FIELDS) {
    for (const pattern of list) {
      const ranges = findAll(draft[field], pattern.source);
      if (ranges.length) checks.push({ id, ...(rule ? { rule } : {}), field, ranges, message: pattern.message });
    }
  }
  return checks;
}

function contactLimits(ctx: CheckContext): DraftCheck[] {
  if (ctx.app.events.some((e) => e.kind === 'feedback_requested')) {
    return [
      {
        id: 'after-feedback-request',
        rule: 'P13',
        field: 'body',
        ranges: [],
        message: 'You have already asked for feedback; the gracious move now is to let them write next (P13).',
      },
    ];
  }
  if (FOLLOW_UP_KINDS.includes(ctx.kind) && followUpsLeft(ctx.app, ctx.policy) === 0) {
    return [
      {
        id: 'over-follow-up-limit',
        rule: 'P9',
        field: 'body',
        ranges: [],
        message: `This would go past your limit of ${ctx.policy.maxFollowUps} follow-ups; consider closing the card and moving on (P9).`,
      },
    ];
  }
  return [];
}

function nearIdentical(draft: Draft, ctx: CheckContext): DraftCheck[] {
  const same = nearIdenticalTo(draft, ctx.siblings ?? [], ctx.app);
  if (same.length === 0) return [];
  const names = same
    .map(
      (d) =>
        ctx.app.contacts
          .find((c) => c.id === d.contactId)
          ?.name.trim()
          .split(/\s+/)[0],
    )
    .filter(Boolean);
  const other = names.length ? `your note to ${names.join(' and ')}` : 'another note to this company';
  return [
    {
      id: 'near-identical',
      rule: 'P3',
      field: 'body',
      ranges: [],
      message: `This reads almost word for word like ${other}; add something you talked about with this person, since colleagues compare notes (P3).`,
    },
  ];
}

function sendTime(ctx: CheckContext): DraftCheck[] {
  const check = ctx.sendAt ? sendTimeCheck(ctx.sendAt, ctx.app) : null;
  return check ? [check] : [];
}

export function checkDraft(draft: Draft, ctx: CheckContext): DraftCheck[] {
  return [
    ...unfilled(draft),
    ...notNamed(draft, ctx),
    ...missingCompanyOrRole(draft, ctx),
    ...tooLong(draft, ctx),
    ...phrases(draft, PUSHY, 'pushy'),
    ...(FOLLOW_UP_KINDS.includes(ctx.kind) ? phrases(draft, IMPLIES_LOST, 'implies-rejection', 'P7') : []),
    ...contactLimits(ctx),
    ...nearIdentical(draft, ctx),
    ...sendTime(ctx),
  ];
}
