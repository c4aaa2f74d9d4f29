// Template gaps of any bracket style (playbook, "Draft checks"), and what they do to P3's greeting check.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import type { Draft } from '../../../shared/templates/index.ts';
import { Board, policy } from '../support/build.ts';

// Acme, one interviewer; the round was Friday 14 January 2022 10:00 (Paris).
const app = () =>
  new Board()
    .add('a', 'Acme', '2022-01-03 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield' }] })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1'], topics: 'the design system' })
    .app('a');
const draft = (body: string, subject = 'The Product Designer role at Acme'): Draft => ({
  contactId: 'c1',
  to: [],
  subject,
  body,
  placeholders: [],
});
const run = (body: string, subject?: string) => checkDraft(draft(body, subject), { kind: 'thank_you_email', app: app(), policy: policy() });

describe('check template-gap', () => {
  it("check template-gap: {first_name}, [Interviewer's Name] and <company> are each flagged where they are", () => {
    for (const gap of ['{first_name}', "[Interviewer's Name]", '<company>']) {
      const body = `Hi ${gap},\n\nThank you for the Product Designer interview at Acme.`;
      const found = run(body).find((c) => c.id === 'template-gap');
      expect(found, gap).toBeDefined();
      expect(body.slice(found!.ranges[0]!.start, found!.ranges[0]!.end)).toBe(gap);
    }
  });

  it('check template-gap: a gap in the subject is flagged on the subject', () => {
    expect(
      run('Hi Dana,\n\nThank you.', 'Thank you for the [Job Title] interview at Acme').find((c) => c.id === 'template-gap'),
    ).toMatchObject({ field: 'subject' });
  });

  it('check template-gap: email addresses, links and our own placeholders are not reported as gaps', () => {
    const body =
      'Hi Dana,\n\nThank you for the Product Designer interview at Acme on [interview date]. Reach me at <alex@example.com> or <https://alex.example>.';
    const found = run(body);
    expect(found.map((c) => c.id)).toContain('unfilled-placeholder:interview_date');
    expect(found.map((c) => c.id)).not.toContain('template-gap');
  });

  it('P3 check interviewer-not-named: a gap in the greeting no longer silences it', () => {
    const found = run("Dear [Interviewer's Name],\n\nThank you for the Product Designer interview at Acme.").map((c) => c.id);
    expect(found).toEqual(expect.arrayContaining(['template-gap', 'interviewer-not-named']));
    expect(run('Hi {first_name},\n\nThank you for the Product Designer interview at Acme.').map((c) => c.id)).toContain(
      'interviewer-not-named',
    );
  });
});
