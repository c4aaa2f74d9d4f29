// Templates: every kind in our words (P3, P7), filled from the card, gaps visible and flagged.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS, SettingsSchema, TemplateSchema } from '../../../shared/model/schema.ts';
import { builtInTemplate, builtInTemplates, EMAIL_KINDS, renderDrafts, templatesFor } from '../../../shared/templates/index.ts';
import { Board, localDate } from '../support/build.ts';

const settings = SettingsSchema.parse({ candidateName: 'Alex Moreno' });
const people = [
  { id: 'c1', name: 'Dana Whitfield', email: 'dana@acme.example' },
  { id: 'c2', name: 'Sam Ortiz' },
];

function card() {
  return new Board()
    .add('a', 'Acme', '2022-01-03 09:00', { contacts: people, role: 'Product Designer' })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1', 'c2'], topics: 'their move to a design system.\nAlso: hiring plans' })
    .decide('a', '2022-01-21')
    .run({ type: 'updateApplication', id: 'a', at: '2022-01-14T12:00:00.000Z', fields: { skills: 'component libraries' } })
    .app('a');
}

describe('built-in templates', () => {
  it('cover every kind the playbook lists, valid, with a subject line exactly for the emails', () => {
    const all = builtInTemplates();
    expect(all.map((t) => t.kind)).toEqual([...TEMPLATE_KINDS]);
    for (const t of all) {
      expect(TemplateSchema.parse(t)).toEqual(t);
      expect(t.id).toBe(t.kind);
      expect(t.body).not.toContain('!');
    }
    expect(EMAIL_KINDS).toContain('thank_you_email');
    expect(EMAIL_KINDS).not.toContain('thank_you_short');
    expect(EMAIL_KINDS).not.toContain('linkedin_connect');
    expect(EMAIL_KINDS).not.toContain('follow_up_call_script');
  });

  it("templatesFor puts the user's edited copy in place of the built-in, and adds their own", () => {
    const edited = { ...builtInTemplate('thank_you_email'), body: 'Thanks {interviewer_first_name}.', builtIn: false };
    const own = { id: 'mine', kind: 'keep_in_touch' as const, name: 'Coffee', subject: '', body: 'Coffee soon?', builtIn: false };
    const list = templatesFor({ templates: [own, edited] });
    expect(list.find((t) => t.id === 'thank_you_email')!.body).toBe('Thanks {interviewer_first_name}.');
    expect(list.at(-1)).toEqual(own);
    expect(list).toHaveLength(TEMPLATE_KINDS.length + 1);
  });
});

describe('renderDrafts', () => {
  it('P3: one thank-you per interviewer, with name, role, company, topic and the date in words', () => {
    const drafts = renderDrafts(builtInTemplate('thank_you_email'), card(), { settings, now: localDate('2022-01-14 12:00') });
    expect(drafts.map((d) => d.contactId)).toEqual(['c1', 'c2']);
    const [dana, sam] = drafts;
    expect(dana!.to).toEqual(['dana@acme.example']);
    expect(sam!.to).toEqual([]);
    expect(dana!.subject).toBe('Thank you for the Product Designer interview');
    expect(dana!.body).toMatch(/^Hi Dana,/);
    expect(sam!.body).toMatch(/^Hi Sam,/);
    expect(dana!.body).toContain('on Friday, 14 January about the Product Designer role at Acme');
    expect(dana!.body).toContain('our conversation about their move to a design system;');
    expect(dana!.body).toContain('component libraries');
    expect(dana!.body.trimEnd().endsWith('Alex Moreno')).toBe(true);
    expect(dana!.placeholders.every((p) => p.filled)).toBe(true);
  });

  it('spans point at the inserted values', () => {
    const [draft] = renderDrafts(builtInTemplate('thank_you_email'), card(), { settings, now: localDate('2022-01-14 12:00') });
    for (const span of draft!.placeholders) {
      const text = span.field === 'subject' ? draft!.subject : draft!.body;
      const value = text.slice(span.start, span.end);
      if (span.name === 'company') expect(value).toBe('Acme');
      if (span.name === 'interview_date') expect(value).toBe('Friday, 14 January');
    }
    expect(draft!.placeholders.some((p) => p.field === 'subject' && p.name === 'role')).toBe(true);
  });

  it('keeps unfilled placeholders visible and flagged', () => {
    const bare = new Board().add('b', 'Birch', '2022-01-03 09:00').app('b');
    const [draft] = renderDrafts(builtInTemplate('thank_you_email'), bare, {
      settings: SettingsSchema.parse({}),
      now: localDate('2022-01-14 12:00'),
    });
    expect(draft!.contactId).toBeUndefined();
    expect(draft!.body).toMatch(/^Hi \[interviewer's first name\],/);
    const unfilled = draft!.placeholders.filter((p) => !p.filled).map((p) => p.name);
    expect(unfilled).toEqual(expect.arrayContaining(['interviewer_first_name', 'interview_date', 'topic', 'skills', 'signature']));
    const gap = draft!.placeholders.find((p) => p.name === 'interview_date')!;
    expect(draft!.body.slice(gap.start, gap.end)).toBe('[interview date]');
  });

  it('a follow-up goes to one person; the decision date reads in words; a chosen contact narrows it', () => {
    const app = card();
    const follow = renderDrafts(builtInTemplate('follow_up_email'), app, { settings, now: localDate('2022-01-25 09:00') });
    expect(follow).toHaveLength(1);
    const [check] = renderDrafts(builtInTemplate('check_in_additional_info'), app, { settings, now: localDate('2022-01-18 09:00') });
    expect(check!.body).toContain('decide by Friday, 21 January');
    const connect = renderDrafts(builtInTemplate('linkedin_connect'), app, {
      settings,
      now: localDate('2022-01-25 09:00'),
      contactId: 'c2',
    });
    expect(connect.map((d) => d.contactId)).toEqual(['c2']);
    expect(connect[0]!.subject).toBe('');
  });

  it('uses the signature setting when there is one', () => {
    const signed = SettingsSchema.parse({ candidateName: 'Alex', signature: 'Alex Moreno\n+1 555 0100' });
    const [draft] = renderDrafts(builtInTemplate('withdrawal'), card(), { settings: signed, now: localDate('2022-01-25 09:00') });
    expect(draft!.body.endsWith('Alex Moreno\n+1 555 0100')).toBe(true);
  });
});

describe('P7: the follow-up note', () => {
  it('names the interview date and role, renews interest, says something good, offers more information, never implies a loss', () => {
    const liked = { ...card(), likedAboutCompany: 'how openly the team shares its research.' };
    const [draft] = renderDrafts(builtInTemplate('follow_up_email'), liked, { settings, now: localDate('2022-01-25 09:00') });
    expect(draft!.body).toContain('our interview on Friday, 14 January for the Product Designer role');
    expect(draft!.body).toContain('still very interested in joining Acme');
    // P7's positive line about the organisation comes from the card's company note.
    expect(draft!.body).toContain('I keep coming back to how openly the team shares its research.');
    expect(draft!.body).toMatch(/references, an updated resume/);
    expect(draft!.body).not.toMatch(/someone else|another candidate|filled/i);
  });

  it('P3: the short thank-you is at most three sentences', () => {
    const [draft] = renderDrafts(builtInTemplate('thank_you_short'), card(), { settings, now: localDate('2022-01-14 12:00') });
    expect(draft!.body.split(/(?<=[.!?])\s+/).filter(Boolean).length).toBeLessThanOrEqual(3);
  });
});
