// Proposals for messages, invites and postings on a small board, applied as one undo step.
// The board's "now" is Tuesday 1 December 2026, 10:00 in London.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/London');

import { describe, expect, it } from 'vitest';
import { createHistory, undo } from '../../../shared/board/history.ts';
import { applyCapture } from '../../../shared/capture/apply.ts';
import { matchApplication } from '../../../shared/capture/match.ts';
import { proposeForInvite, proposeForMessage } from '../../../shared/capture/propose.ts';
import { jobPostingFrom, proposeForPosting } from '../../../shared/capture/posting.ts';
import type { CapturedInvite, CapturedMessage } from '../../../shared/capture/types.ts';
import { Board } from '../support/build.ts';

const now = new Date('2026-12-01T10:00:00Z');
let n = 0;
const ids = (p: string) => `${p}-t${++n}`;

function board() {
  return new Board()
    .add('nw', 'Northwind', '2026-11-02 09:00', {
      role: 'Product Designer',
      contacts: [{ id: 'c1', name: 'Dana Reyes', email: 'dana@northwind.io' }],
    })
    .add('ck', 'Cobalt Kitchen', '2026-11-03 09:00', { role: 'Data Analyst' })
    .round('nw', 'r1', '2026-11-20 14:00')
    .log('nw', 'thank_you_sent', '2026-11-20 18:00').doc;
}

const mail = (over: Partial<CapturedMessage>): CapturedMessage => ({
  from: { name: 'Dana Reyes', email: 'dana@northwind.io' },
  subject: 'Re: Product Designer interview',
  sentAt: '2026-11-30T16:20:00Z',
  text: '',
  ...over,
});

describe('matchApplication', () => {
  it('is sure when the sender is a contact on the card and its domain is the company', () => {
    const result = matchApplication(board().applications, {
      from: { name: 'Dana', email: 'dana@northwind.io' },
      subject: 'Hello',
      text: '',
    });
    expect(result).toMatchObject({ application: { id: 'nw', company: 'Northwind' }, confidence: 'high' });
  });

  it('is unsure for mail from an applicant-tracking system that only names the role', () => {
    const result = matchApplication(board().applications, {
      from: { name: 'Talent team', email: 'no-reply@greenhouse.io' },
      subject: 'Your Data Analyst application',
      text: '',
    });
    expect(result).toMatchObject({ application: { id: 'ck' }, confidence: 'low' });
  });

  it('matches nothing when nothing ties the message to a card', () => {
    expect(
      matchApplication(board().applications, { from: { name: 'X', email: 'x@elsewhere.com' }, subject: 'Hi', text: 'Hi' }).application,
    ).toBeNull();
  });
});

describe('proposeForMessage', () => {
  it('P11, P12: a rejection is logged at the mail date (Monday 30 November 2026) and says why', () => {
    const doc = board();
    const proposal = proposeForMessage(doc, mail({ text: 'Unfortunately we have decided to move forward with other candidates.' }), {
      now,
      newId: ids,
    });
    expect(proposal.kind).toBe('rejection');
    expect(proposal.fields.rejectedAt).toBe('2026-11-30T16:20:00+00:00');
    expect(proposal.summary).toBe(
      "Log a rejection from Northwind (Product Designer) on Monday 30 November: 'moving forward with other candidates', 'unfortunately' and 'other candidates' read as a rejection.",
    );
    const after = applyCapture(createHistory(doc), proposal.commands);
    const app = after.present.applications.find((a) => a.id === 'nw')!;
    expect(app.stage).toBe('rejected');
    expect(app.events.at(-1)).toMatchObject({ kind: 'rejected', at: '2026-11-30T16:20:00.000Z' });
  });

  it('P15: a reply with "by the end of next week" logs employer_replied at the mail date and sets Friday 11 December 2026', () => {
    const doc = board();
    const proposal = proposeForMessage(
      doc,
      mail({
        sentAt: '2026-12-01T09:00:00Z',
        text: 'Thanks for your patience. We are still speaking with other candidates and will decide by the end of next week.',
      }),
      { now, newId: ids },
    );
    expect(proposal).toMatchObject({
      kind: 'reply',
      confidence: 'high',
      fields: { decisionBy: '2026-12-11', repliedAt: '2026-12-01T09:00:00+00:00' },
    });
    expect(proposal.summary).toContain("set the decision date to Friday 11 December ('end of next week')");
    const after = applyCapture(createHistory(doc), proposal.commands).present.applications.find((a) => a.id === 'nw')!;
    expect(after.decisionBy).toBe('2026-12-11');
    expect(after.events.at(-1)).toMatchObject({ kind: 'employer_replied', at: '2026-12-01T09:00:00.000Z', decisionBy: '2026-12-11' });
  });

  it('a request is logged as a reply naming what they asked for, with no date when none is given', () => {
    const proposal = proposeForMessage(board(), mail({ text: 'Could you send two references?' }), { now, newId: ids });
    expect(proposal).toMatchObject({ kind: 'request', fields: { decisionBy: null } });
    expect(proposal.commands[0]).toMatchObject({
      type: 'logEvent',
      event: { kind: 'employer_replied', note: 'They asked for: could you send, references.' },
    });
  });

  it('an offer is logged as an offer', () => {
    const proposal = proposeForMessage(board(), mail({ text: 'We are thrilled to offer you the Product Designer role!' }), {
      now,
      newId: ids,
    });
    expect(proposal.kind).toBe('offer');
    expect(proposal.commands[0]).toMatchObject({ event: { kind: 'offer' } });
  });

  it('an invitation with a time in words adds the round: Thursday 10 December 2026 at 14:00', () => {
    const proposal = proposeForMessage(
      board(),
      mail({ text: 'We would like to invite you to a final round on Thursday, December 10 at 2pm.' }),
      { now, newId: ids },
    );
    expect(proposal.kind).toBe('interview');
    expect(proposal.fields.interview).toMatchObject({ start: '2026-12-10T14:00:00+00:00', minutes: 60 });
    expect(proposal.commands[0]).toMatchObject({ type: 'addRound', id: 'nw' });
  });

  it('proposes nothing to apply when no card matches, and says the user picks', () => {
    const proposal = proposeForMessage(
      board(),
      mail({ from: { name: 'X', email: 'x@other.com' }, subject: 'Hi', text: 'Thanks for applying.' }),
      { now, newId: ids },
    );
    expect(proposal).toMatchObject({ application: null, confidence: 'low', commands: [] });
    expect(proposal.summary).toContain('the application you pick');
  });
});

describe('proposeForInvite', () => {
  const invite = (over: Partial<CapturedInvite> = {}): CapturedInvite => ({
    uid: 'abc@google.com',
    sequence: 0,
    method: 'REQUEST',
    cancelled: false,
    summary: 'Northwind: design interview',
    start: '2026-12-08T15:00:00.000Z',
    allDay: false,
    minutes: 45,
    location: 'https://meet.google.com/abc-defg-hij',
    organizer: { name: 'Dana Reyes', email: 'dana@northwind.io' },
    attendees: [
      { name: 'Dana Reyes', email: 'dana@northwind.io' },
      { name: 'Sam Ortiz', email: 'sam@northwind.io' },
    ],
    ...over,
  });

  it('adds the round (Tuesday 8 December 2026, 15:00, 45 minutes) with its interviewers as contacts, as one undo step', () => {
    const doc = board();
    const proposal = proposeForInvite(doc, invite(), { now, newId: ids });
    expect(proposal.summary).toBe(
      'Add the interview on Tuesday 8 December at 15:00 (45 minutes) with Dana Reyes, Sam Ortiz to Northwind (Product Designer).',
    );
    const history = applyCapture(createHistory(doc), proposal.commands);
    const app = history.present.applications.find((a) => a.id === 'nw')!;
    expect(app.stage).toBe('interviewing');
    expect(app.contacts.map((c) => c.name)).toEqual(['Dana Reyes', 'Sam Ortiz']);
    expect(app.rounds.at(-1)).toMatchObject({
      startsAt: '2026-12-08T15:00:00.000Z',
      minutes: 45,
      kind: 'video',
      interviewerIds: ['c1', expect.any(String)],
    });
    expect(undo(history).present).toBe(doc);
  });

  it('a later SEQUENCE of the same UID moves the round; a CANCEL removes it', () => {
    let doc = applyCapture(createHistory(board()), proposeForInvite(board(), invite(), { now, newId: ids }).commands).present;
    const moved = proposeForInvite(doc, invite({ sequence: 1, start: '2026-12-09T10:00:00.000Z' }), { now, newId: ids });
    expect(moved.commands.at(-1)).toMatchObject({ type: 'updateRound' });
    doc = applyCapture(createHistory(doc), moved.commands).present;
    const rounds = doc.applications.find((a) => a.id === 'nw')!.rounds;
    expect(rounds.map((r) => r.startsAt)).toEqual(['2026-11-20T14:00:00.000Z', '2026-12-09T10:00:00.000Z']);
    const cancel = proposeForInvite(doc, invite({ sequence: 2, method: 'CANCEL', cancelled: true, start: '2026-12-09T10:00:00.000Z' }), {
      now,
      newId: ids,
    });
    expect(cancel.summary).toMatch(/^Remove the interview on Wednesday 9 December/);
    doc = applyCapture(createHistory(doc), cancel.commands).present;
    expect(doc.applications.find((a) => a.id === 'nw')!.rounds).toHaveLength(1);
  });
});

describe('job postings', () => {
  it('finds the JobPosting inside @graph with an array @type, remote and a salary range', () => {
    const posting = jobPostingFrom([
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Jobs' },
          {
            '@type': ['JobPosting'],
            title: 'Staff Engineer',
            hiringOrganization: { '@type': 'Organization', name: 'Fjord Labs' },
            jobLocationType: 'TELECOMMUTE',
            jobLocation: [{ '@type': 'Place', address: { addressLocality: 'Oslo', addressCountry: 'NO' } }],
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: 'EUR',
              value: { '@type': 'QuantitativeValue', minValue: 90000, maxValue: 120000, unitText: 'YEAR' },
            },
            validThrough: '2027-01-15T23:59:00+01:00',
            url: 'https://fjord.example/jobs/42',
          },
        ],
      },
    ]);
    expect(posting).toEqual({
      company: 'Fjord Labs',
      role: 'Staff Engineer',
      location: 'Remote or Oslo, NO',
      url: 'https://fjord.example/jobs/42',
      salary: 'EUR 90000-120000 per year',
      validThrough: '2027-01-15',
    });
    const proposal = proposeForPosting(posting!, { now, newId: ids });
    const doc = applyCapture(createHistory(board()), proposal.commands).present;
    expect(doc.applications.at(-1)).toMatchObject({
      company: 'Fjord Labs',
      role: 'Staff Engineer',
      notes: 'Salary: EUR 90000-120000 per year. Applications close on 2027-01-15.',
    });
  });

  it('finds none on a page without a posting', () => {
    expect(jobPostingFrom([{ '@type': 'Organization', name: 'Fjord Labs' }])).toBeNull();
  });
});
