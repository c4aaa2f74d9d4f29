// An offer mail that names the day to answer by also sets P16's deadline on the card, read
// like a decision date against the mail's own date, in London.
import { useTimeZone } from '../../../shared/support/tz.ts';
useTimeZone('Europe/London');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEmail } from '../../../../node/services/capture/eml.ts';
import { createHistory } from '../../../../shared/board/history.ts';
import { applyCapture } from '../../../../shared/capture/apply.ts';
import { answerDeadline } from '../../../../shared/capture/decision-date.ts';
import { proposeForMessage } from '../../../../shared/capture/propose.ts';
import type { CapturedMessage } from '../../../../shared/capture/types.ts';
import { Board } from '../../../shared/support/build.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/capture/${name}`, import.meta.url)), 'utf8');
const now = new Date('2026-12-01T16:00:00Z');
// Tuesday 1 December 2026, 15:40 in London.
const sentAt = new Date('2026-12-01T15:40:00Z');
let n = 0;
const ids = (p: string) => `${p}-d${++n}`;

const board = () =>
  new Board().add('nw', 'Northwind', '2026-11-02 09:00', {
    role: 'Product Designer',
    contacts: [{ id: 'c1', name: 'Dana Reyes', email: 'dana@northwind.io' }],
  }).doc;

const offer = (text: string): CapturedMessage => ({
  from: { name: 'Dana Reyes', email: 'dana@northwind.io' },
  subject: 'Your offer from Northwind',
  sentAt: sentAt.toISOString(),
  text: `We are delighted to offer you the Product Designer role. ${text}`,
});

describe('answerDeadline, from a mail sent on Tuesday 1 December 2026', () => {
  it.each([
    ['Please let us know by Friday 11 December whether you accept.', '2026-12-11'],
    ['The offer is valid until Monday 14 December.', '2026-12-14'],
    ['We would need your answer by end of next week.', '2026-12-11'],
    ['Please sign and return the letter by Thursday; your first day would be Monday 4 January.', '2026-12-03'],
  ])('%s -> %s', (text, day) => {
    expect(answerDeadline(text, sentAt)?.day).toBe(day);
  });

  it('finds no deadline where none is asked for (a start date is not one)', () => {
    expect(answerDeadline('We are delighted to offer you the role, starting on Monday 4 January.', sentAt)).toBeNull();
  });
});

describe('an offer mail with a deadline', () => {
  it('the fixture: logs the offer on Tuesday 1 December and sets the deadline to the end of Friday 11 December 2026, in one sentence', async () => {
    const doc = board();
    const message = await readEmail(fixture('offer-with-deadline.eml'), now);
    const proposal = proposeForMessage(doc, message, { now, newId: ids });
    expect(proposal.kind).toBe('offer');
    expect(proposal.summary).toBe(
      "Log an offer from Northwind (Product Designer) on Tuesday 1 December with an answer due by Friday 11 December: 'pleased to offer' and 'offer letter' read as an offer.",
    );
    expect(proposal.fields).toEqual({ repliedAt: '2026-12-01T15:40:00+00:00', offerDeadline: '2026-12-11T23:59:00+00:00' });
    const app = applyCapture(createHistory(doc), proposal.commands).present.applications[0]!;
    expect(app.stage).toBe('offer');
    expect(app.offerDeadline).toBe('2026-12-11T23:59:00.000Z');
    expect(app.events.at(-1)).toMatchObject({ kind: 'offer', at: '2026-12-01T15:40:00.000Z' });
  });

  it('"we would need your answer by end of next week" sets the end of Friday 11 December 2026', () => {
    const proposal = proposeForMessage(board(), offer('We would need your answer by end of next week.'), { now, newId: ids });
    expect(proposal.fields.offerDeadline).toBe('2026-12-11T23:59:00+00:00');
    expect(proposal.summary).toMatch(/ with an answer due by Friday 11 December \('end of next week'\): /);
    expect(proposal.commands.map((c) => c.type)).toEqual(['logEvent', 'updateApplication']);
  });

  it('an offer that names no deadline only logs the offer', () => {
    const proposal = proposeForMessage(board(), offer('The letter follows tomorrow.'), { now, newId: ids });
    expect(proposal.fields.offerDeadline).toBeNull();
    expect(proposal.summary).toMatch(/^Log an offer from Northwind \(Product Designer\) on Tuesday 1 December: /);
    expect(proposal.commands.map((c) => c.type)).toEqual(['logEvent']);
  });
});
