import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { builtInTemplate, draftsForAction, templateFor, withdrawalDrafts } from '../../../shared/templates/index.ts';
import { Board, local, localDate } from '../support/build.ts';

describe('drafts for an action', () => {
  it("P2: the thank-you drafts of the action's round, one per interviewer, in the user's edited wording", () => {
    const b = new Board()
      .add('a', 'Acme', '2022-01-03 09:00', {
        contacts: [
          { id: 'c1', name: 'Dana Whitfield' },
          { id: 'c2', name: 'Sam Ortiz' },
        ],
      })
      .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1', 'c2'] })
      .run({
        type: 'saveTemplate',
        template: { ...builtInTemplate('thank_you_email'), body: 'Dear {interviewer_first_name}, thank you.', builtIn: false },
      });
    const [p2] = computeAllActions(b.doc, localDate('2022-01-14 12:00'));
    const result = draftsForAction(b.doc, p2!, localDate('2022-01-14 12:00'))!;
    expect(result.drafts.map((d) => d.body)).toEqual(['Dear Dana, thank you.', 'Dear Sam, thank you.']);
    // A reset restores our wording.
    const reset = b.run({ type: 'resetTemplate', templateId: 'thank_you_email' });
    expect(templateFor(reset.doc, 'thank_you_email')).toEqual(builtInTemplate('thank_you_email'));
  });

  it('P10: one withdrawal draft per open application, ready for a bulk export', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-01-03 09:00')
      .add('b', 'Birch', '2022-01-04 09:00', { contacts: [{ id: 'c1', name: 'Priya Natarajan', email: 'priya@birch.example' }] })
      .add('c', 'Cobalt', '2022-01-05 09:00')
      .run({ type: 'acceptOffer', id: 'a', at: local('2022-01-20 15:00'), eventId: 'x' });
    const now = localDate('2022-01-20 16:00');
    const bulk = withdrawalDrafts(b.doc, computeAllActions(b.doc, now), now);
    expect(bulk.map((d) => d.action.applicationId).sort()).toEqual(['b', 'c']);
    const birch = bulk.find((d) => d.action.applicationId === 'b')!;
    expect(birch.drafts).toHaveLength(1);
    expect(birch.drafts[0]).toMatchObject({ to: ['priya@birch.example'], subject: 'Withdrawing my application for Product Designer' });
    expect(birch.drafts[0]!.body).toContain('withdraw from the process');
  });
});
