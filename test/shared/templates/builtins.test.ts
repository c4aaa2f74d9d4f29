// The built-in wording (playbook, "Templates"), as a hiring manager would read it: facts right,
// warm, brief, written for its reader, and clean under every draft check.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/checks/index.ts';
import { SettingsSchema, TEMPLATE_KINDS } from '../../../shared/model/schema.ts';
import type { Application, TemplateKind } from '../../../shared/model/types.ts';
import { builtInTemplate, renderDrafts } from '../../../shared/templates/index.ts';
import { Board, local, localDate, policy } from '../support/build.ts';

const settings = SettingsSchema.parse({ candidateName: 'Alex Moreno' });

/**
 * A realistic card: Acme in London, a panel with Dana and Sam on Tuesday 1 December 2026 10:00,
 * a note of what was discussed with each, a decision promised by Friday 11 December, an offer
 * deadline of Monday 14 December 17:00, and what Alex liked about the company.
 */
function card(): Application {
  const app = new Board()
    .add('a', 'Acme', '2026-11-02 09:00', {
      role: 'Product Designer',
      contacts: [
        { id: 'c1', name: 'Dana Whitfield', email: 'dana@acme.example' },
        { id: 'c2', name: 'Sam Ortiz', email: 'sam@acme.example' },
      ],
    })
    .round('a', 'r1', '2026-12-01 10:00', { interviewers: ['c1', 'c2'], topics: 'the design system' })
    .decide('a', '2026-12-11', '2026-12-01 12:00')
    .run({
      type: 'updateApplication',
      id: 'a',
      at: local('2026-12-01 12:00'),
      fields: { skills: 'component libraries', location: 'London' },
    })
    .app('a');
  return {
    ...app,
    likedAboutCompany: 'how openly the team shares its research',
    offerDeadline: local('2026-12-14 17:00'),
    rounds: app.rounds.map((r) => ({
      ...r,
      interviewerTopics: {
        c1: 'how the design system grew out of three product teams',
        c2: 'the research plan for the new onboarding flow',
      },
    })),
  };
}

const now = localDate('2026-12-01 15:00'); // Tuesday
const render = (kind: TemplateKind, app = card(), extra: { contactId?: string } = {}) =>
  renderDrafts(builtInTemplate(kind), app, { settings, now, ...extra });

describe('built-in drafts', () => {
  it('every kind, to each of two interviewers, passes every check (sent Tuesday 1 December 2026 15:00 London time)', () => {
    for (const kind of TEMPLATE_KINDS) {
      const drafts = render(kind);
      for (const d of drafts) {
        const checks = checkDraft(d, { kind, app: card(), policy: policy(), siblings: drafts, sendAt: now });
        expect([kind, d.contactId, checks]).toEqual([kind, d.contactId, []]);
        expect([kind, d.placeholders.filter((p) => !p.filled)]).toEqual([kind, []]);
      }
    }
  });

  it("P3: each interviewer's thank-you uses what was discussed with them, and thanks them once", () => {
    const [dana, sam] = render('thank_you_email');
    expect(dana!.body).toContain('our conversation about how the design system grew out of three product teams');
    expect(sam!.body).toContain('our conversation about the research plan for the new onboarding flow');
    expect(sam!.body).not.toContain('three product teams');
    for (const d of [dana!, sam!]) expect(d.body.match(/\bthank/gi)).toHaveLength(1);
    expect(dana!.body).toContain('on Tuesday, 1 December about the Product Designer role at Acme');
  });

  it('P7: the follow-up carries the line about the company from the card', () => {
    expect(render('follow_up_email')[0]!.body).toContain('I keep coming back to how openly the team shares its research.');
  });

  it('check-in: offers the example instead of claiming an attachment', () => {
    const [d] = render('check_in_additional_info');
    expect(d!.body).not.toMatch(/attach/i);
    expect(d!.body).toContain("I'd be glad to send it over");
  });

  it('decline: does not claim another offer was accepted', () => {
    expect(render('decline_offer')[0]!.body).not.toMatch(/accepted|another (offer|position)/i);
  });

  it('P12 keep-in-touch: no "it has been a while", since it goes out within 7 days of a rejection', () => {
    expect(render('keep_in_touch')[0]!.body).not.toMatch(/a while|long time/i);
  });

  it('P10 withdrawal: a card with no contact greets the hiring team, not a gap', () => {
    const nobody = { ...card(), contacts: [], rounds: [] };
    const [d] = render('withdrawal', nobody);
    expect(d!.body).toMatch(/^Dear Acme hiring team,/);
    expect(checkDraft(d!, { kind: 'withdrawal', app: nobody, policy: policy() })).toEqual([]);
  });

  it('P8 call script: the lines to say are quoted under "TO SAY", apart from the notes for the caller', () => {
    const [d] = render('follow_up_call_script');
    const [say, notes] = d!.body.split('NOTES FOR YOU');
    expect(say).toMatch(/^TO SAY\n"Hello Dana, this is Alex Moreno\./);
    expect(notes).toContain('(not to read out)');
    expect(notes).toContain('Voicemail');
    expect(say).not.toContain('Voicemail');
  });

  it('P16: the expedite and extension requests name the deadline in words, politely', () => {
    const [expedite] = render('expedite_request');
    expect(expedite!.body).toContain('asked to reply by Monday, 14 December');
    expect(expedite!.body).toContain('Product Designer role at Acme');
    const [extension] = render('extension_request');
    expect(extension!.body).toContain('a few more days beyond Monday, 14 December');
  });
});
