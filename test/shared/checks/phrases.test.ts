// The phrase checks against the tester's sentences from issue 12: pushy, and P7's "implies the job went elsewhere".
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import type { TemplateKind } from '../../../shared/model/types.ts';
import type { Draft } from '../../../shared/templates/index.ts';
import { Board, policy } from '../support/build.ts';

// Acme, one interviewer; interview Friday 14 January 2022 10:00 (Paris), thank-you the same day.
const app = () =>
  new Board()
    .add('a', 'Acme', '2022-01-03 09:00', { contacts: [{ id: 'c1', name: 'Dana Whitfield' }] })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1'] })
    .log('a', 'thank_you_sent', '2022-01-14 16:00')
    .app('a');
const wrap = (line: string) => `Hi Dana,\n\nFollowing up on the Product Designer role at Acme. ${line}\n\nBest regards,\nAlex`;
const ids = (line: string, kind: TemplateKind = 'follow_up_email', id = 'pushy') => {
  const d: Draft = { contactId: 'c1', to: [], subject: 'The Product Designer role at Acme', body: wrap(line), placeholders: [] };
  return checkDraft(d, { kind, app: app(), policy: policy() })
    .filter((c) => c.id === id)
    .flatMap((c) => c.ranges.map((r) => d.body.slice(r.start, r.end)));
};

describe('check pushy', () => {
  it('check pushy: "So when do I hear back from you?"', () => {
    expect(ids('So when do I hear back from you?')).toEqual(['when do I hear back']);
  });

  it('check pushy: "I can start as soon as possible" in an acceptance is the candidate\'s own pace, not pressure', () => {
    expect(ids('I can start as soon as possible.', 'accept_offer')).toEqual([]);
    expect(ids("I'd be happy to start ASAP.", 'accept_offer')).toEqual([]);
    // Asking them to hurry is still pushy, in an acceptance too.
    expect(ids('Please send the contract as soon as possible.', 'accept_offer')).toEqual(['as soon as possible']);
  });
});

describe('P7 check implies-rejection', () => {
  it.each([
    ['if you went with a different candidate', 'a different candidate'],
    ["I guess I wasn't selected", "n't selected"],
    ['if you have already hired somebody', 'have already hired'],
  ])('P7 check implies-rejection: "%s"', (line, flagged) => {
    expect(ids(`I understand ${line}.`, 'follow_up_email', 'implies-rejection')).toContain(flagged);
  });

  it('P7 check implies-rejection: "meeting other candidates this week, so please take your time" implies nothing lost', () => {
    expect(
      ids('I know you are meeting other candidates this week, so please take your time.', 'follow_up_email', 'implies-rejection'),
    ).toEqual([]);
  });
});
