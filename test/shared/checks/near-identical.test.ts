// check near-identical: drafts to two interviewers at the same company that differ only by the name.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import { SettingsSchema } from '../../../shared/model/schema.ts';
import type { Application } from '../../../shared/model/types.ts';
import { builtInTemplate, renderDrafts } from '../../../shared/templates/index.ts';
import { Board, localDate, policy } from '../support/build.ts';

const settings = SettingsSchema.parse({ candidateName: 'Alex Moreno' });

/** Acme, a panel with Dana and Sam on Tuesday 1 December 2026 10:00. */
function panel(interviewerTopics?: Record<string, string>): Application {
  const app = new Board()
    .add('a', 'Acme', '2026-11-02 09:00', {
      contacts: [
        { id: 'c1', name: 'Dana Whitfield' },
        { id: 'c2', name: 'Sam Ortiz' },
      ],
    })
    .round('a', 'r1', '2026-12-01 10:00', { interviewers: ['c1', 'c2'], topics: 'the design system' })
    .run({ type: 'updateApplication', id: 'a', at: '2026-12-01T12:00:00.000Z', fields: { skills: 'component libraries' } })
    .app('a');
  return interviewerTopics ? { ...app, rounds: app.rounds.map((r) => ({ ...r, interviewerTopics })) } : app;
}

function checksOfEach(app: Application) {
  const drafts = renderDrafts(builtInTemplate('thank_you_email'), app, { settings, now: localDate('2026-12-01 12:00') });
  return drafts.map((d) => checkDraft(d, { kind: 'thank_you_email', app, policy: policy(), siblings: drafts }).map((c) => c.id));
}

describe('check near-identical', () => {
  it('check near-identical: two thank-yous the same apart from the name are each flagged, naming the other person', () => {
    expect(checksOfEach(panel())).toEqual([['near-identical'], ['near-identical']]);
    const app = panel();
    const drafts = renderDrafts(builtInTemplate('thank_you_email'), app, { settings, now: localDate('2026-12-01 12:00') });
    const [check] = checkDraft(drafts[0]!, { kind: 'thank_you_email', app, policy: policy(), siblings: drafts });
    expect(check!.message).toContain('your note to Sam');
  });

  it('check near-identical: per-interviewer topics make each note its own (P3)', () => {
    expect(
      checksOfEach(panel({ c1: 'how the design system grew out of three product teams', c2: 'the research plan for the onboarding flow' })),
    ).toEqual([[], []]);
  });

  it('check near-identical: without siblings, or against a draft to the same person, nothing is said', () => {
    const app = panel();
    const [dana] = renderDrafts(builtInTemplate('thank_you_email'), app, { settings, now: localDate('2026-12-01 12:00') });
    expect(checkDraft(dana!, { kind: 'thank_you_email', app, policy: policy() })).toEqual([]);
    expect(checkDraft(dana!, { kind: 'thank_you_email', app, policy: policy(), siblings: [{ ...dana! }] })).toEqual([]);
  });
});
