// Draft checks: each one finds its problem, says where, and stays quiet on our own templates.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import { SettingsSchema, TEMPLATE_KINDS } from '../../../shared/model/schema.ts';
import type { TemplateKind } from '../../../shared/model/types.ts';
import { builtInTemplate, renderDrafts, type Draft } from '../../../shared/templates/index.ts';
import { Board, localDate, policy } from '../support/build.ts';

const settings = SettingsSchema.parse({ candidateName: 'Alex Moreno' });
const board = () =>
  new Board()
    .add('a', 'Acme', '2022-01-03 09:00', {
      contacts: [{ id: 'c1', name: 'Dana Whitfield', email: 'dana@acme.example' }],
      role: 'Product Designer',
    })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1'], topics: 'the design system' })
    .decide('a', '2022-01-21')
    .run({ type: 'updateApplication', id: 'a', at: '2022-01-14T12:00:00.000Z', fields: { skills: 'component libraries' } });

const draft = (body: string, subject = 'About the Product Designer role at Acme', contactId = 'c1'): Draft => ({
  contactId,
  to: [],
  subject,
  body,
  placeholders: [],
});
const check = (d: Draft, kind: TemplateKind, b = board()) => checkDraft(d, { kind, app: b.app('a'), policy: policy() });
const ids = (list: ReturnType<typeof check>) => list.map((c) => c.id);

describe('draft checks', () => {
  it('pass every built-in template rendered for a complete card', () => {
    const app = { ...board().app('a'), likedAboutCompany: 'how the team shares its research', offerDeadline: '2022-01-28T17:00:00.000Z' };
    for (const kind of TEMPLATE_KINDS) {
      for (const d of renderDrafts(builtInTemplate(kind), app, { settings, now: localDate('2022-01-20 09:00') })) {
        expect([kind, check(d, kind)]).toEqual([kind, []]);
      }
    }
  });

  it('flag each unfilled placeholder where it is', () => {
    const body = 'Hi Dana, thanks for the Product Designer chat at Acme on [interview date] about [something you discussed].';
    const found = check(draft(body), 'thank_you_email');
    const gap = found.find((c) => c.id === 'unfilled-placeholder:interview_date')!;
    expect(body.slice(gap.ranges[0]!.start, gap.ranges[0]!.end)).toBe('[interview date]');
    expect(ids(found)).toContain('unfilled-placeholder:topic');
    // The suggestion says where the missing value comes from, not just that it is missing.
    expect(gap.message).toBe('[interview date] still needs filling in. Add the interview round to the card, or type the date here.');
  });

  it('P3: the interviewer not addressed by name points at the greeting', () => {
    const body = 'Hello,\n\nThank you for the Product Designer interview at Acme.';
    const [found] = check(draft(body), 'thank_you_email');
    expect(found).toMatchObject({ id: 'interviewer-not-named', rule: 'P3', ranges: [{ start: 0, end: 6 }] });
  });

  it('P3, P7: the role or the company missing', () => {
    expect(ids(check(draft('Hi Dana,\n\nThank you for the chat.', 'Thanks'), 'thank_you_email'))).toEqual([
      'company-missing',
      'role-missing',
    ]);
    expect(check(draft('Hi Dana, any news on the Product Designer role?', 'Hello'), 'follow_up_email')[0]).toMatchObject({
      id: 'company-missing',
      rule: 'P7',
    });
  });

  it('too long: a short thank-you over 3 sentences, an email over 200 words', () => {
    const short = 'Hi Dana, thanks for the Product Designer talk at Acme. It was great. I learned a lot. Hope to hear soon.';
    const [long] = check(draft(short, ''), 'thank_you_short');
    expect(long).toMatchObject({ id: 'too-long', rule: 'P3' });
    expect(short.slice(long!.ranges[0]!.start, long!.ranges[0]!.end)).toBe('Hope to hear soon.');
    const words = `Hi Dana, about the Product Designer role at Acme. ${'word '.repeat(200)}`;
    expect(ids(check(draft(words), 'follow_up_email'))).toContain('too-long');
    expect(ids(check(draft(words, ''), 'follow_up_call_script'))).not.toContain('too-long');
  });

  it('pushy phrasing, with a range for each', () => {
    const body = 'Hi Dana, when will I hear back about the Product Designer role at Acme?? I am still waiting. Please reply ASAP.';
    const found = check(draft(body), 'follow_up_email').filter((c) => c.id === 'pushy');
    const flagged = found.flatMap((c) => c.ranges.map((r) => body.slice(r.start, r.end)));
    expect(flagged).toEqual(expect.arrayContaining(['when will I hear back', '??', 'ASAP']));
    expect(flagged.some((t) => /still waiting/i.test(t))).toBe(true);
    expect(found.every((c) => c.message.length > 0 && !c.message.includes('\n'))).toBe(true);
  });

  it('P7: a follow-up that implies the job went to someone else', () => {
    const body = 'Hi Dana, following up on the Product Designer role at Acme. I understand if you have gone with another candidate.';
    const [found] = check(draft(body), 'follow_up_email').filter((c) => c.id === 'implies-rejection');
    expect(found).toMatchObject({ rule: 'P7' });
    expect(body.slice(found!.ranges[0]!.start, found!.ranges[0]!.end)).toBe('another candidate');
    expect(ids(check(draft(body), 'keep_in_touch'))).not.toContain('implies-rejection');
  });

  it('P9: a follow-up past the limit; P13: any message after a feedback request', () => {
    const body = 'Hi Dana, checking in on the Product Designer role at Acme.';
    const chased = board()
      .log('a', 'thank_you_sent', '2022-01-14 16:00')
      .log('a', 'follow_up_sent', '2022-01-25 10:00')
      .log('a', 'call_made', '2022-02-08 10:00');
    expect(check(draft(body), 'follow_up_email', chased).find((c) => c.id === 'over-follow-up-limit')).toMatchObject({ rule: 'P9' });
    expect(check(draft(body), 'follow_up_email', board().log('a', 'thank_you_sent', '2022-01-14 16:00'))).toEqual([]);
    const asked = board().log('a', 'rejected', '2022-01-20 10:00').log('a', 'feedback_requested', '2022-01-21 10:00');
    expect(check(draft(body), 'keep_in_touch', asked).find((c) => c.id === 'after-feedback-request')).toMatchObject({ rule: 'P13' });
  });
});
