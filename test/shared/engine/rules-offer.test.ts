// P16: an offer with a deadline while other applications are in progress (playbook, "Rules"
// and "Due times, exactly"). Times are Europe/Paris wall-clock times.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { computeReminders } from '../../../shared/engine/reminders.ts';
import { SettingsSchema } from '../../../shared/model/schema.ts';
import type { Action } from '../../../shared/model/types.ts';
import { expediteDrafts } from '../../../shared/templates/index.ts';
import { Board, local, localDate } from '../support/build.ts';

/**
 * Initech offers on Tuesday 1 December 2026 10:00 with an answer due Friday 11 December 17:00.
 * Acme interviews on Thursday 3 December and promised a decision by Tuesday 15 December;
 * Globex has had its thank-you since Monday 23 November; Hooli has only the application.
 */
function board(deadline = '2026-12-11 17:00', acmePromise: string | null = '2026-12-15') {
  const b = new Board()
    .add('offer', 'Initech', '2026-11-02 09:00', { contacts: [{ id: 'o1', name: 'Priya Raman' }] })
    .round('offer', 'or1', '2026-11-20 10:00', { interviewers: ['o1'], topics: 'the platform team' })
    .log('offer', 'thank_you_sent', '2026-11-20 15:00')
    .log('offer', 'offer', '2026-12-01 10:00')
    .add('acme', 'Acme', '2026-11-09 09:00', { contacts: [{ id: 'a1', name: 'Dana Whitfield' }] })
    .round('acme', 'ar1', '2026-12-03 10:00', { interviewers: ['a1'], loggedAt: '2026-11-25 09:00' })
    .add('globex', 'Globex', '2026-11-05 09:00', { contacts: [{ id: 'g1', name: 'Sam Ortiz' }] })
    .round('globex', 'gr1', '2026-11-23 10:00', { interviewers: ['g1'] })
    .log('globex', 'thank_you_sent', '2026-11-23 16:00')
    .add('hooli', 'Hooli', '2026-11-25 09:00');
  if (acmePromise) b.decide('acme', acmePromise, '2026-11-25 09:00');
  b.doc = { ...b.doc, applications: b.doc.applications.map((a) => (a.id === 'offer' ? { ...a, offerDeadline: local(deadline) } : a)) };
  return b;
}

const p16 = (actions: Action[], id: string) => actions.filter((a) => a.applicationId === id && a.rule === 'P16');

describe('P16: an offer with a deadline', () => {
  it('P16: the offer card counts down to the deadline, and asks for more time when the deadline comes before a promised date (Tuesday 1 December 2026 12:00)', () => {
    const actions = computeAllActions(board().doc, localDate('2026-12-01 12:00'));
    const [extension, decide] = p16(actions, 'offer');
    expect(decide).toMatchObject({ title: 'Decide by Fri 11 Dec', due: local('2026-12-11 17:00'), status: 'upcoming', template: null });
    expect(decide!.why).toContain('(P16)');
    // The ask is due the moment the offer was logged.
    expect(extension).toMatchObject({ template: 'extension_request', due: local('2026-12-01 10:00') });
    expect(extension!.why).toContain('Acme');
  });

  it('P16: every other application in progress gets one expedite request, due when the offer was logged; applied cards do not', () => {
    const actions = computeAllActions(board().doc, localDate('2026-12-01 12:00'));
    for (const id of ['acme', 'globex']) {
      expect(p16(actions, id)).toEqual([expect.objectContaining({ template: 'expedite_request', due: local('2026-12-01 10:00') })]);
    }
    expect(p16(actions, 'hooli')).toEqual([]);
    // The card's own rules keep going beside it (Globex's follow-up, P5).
    expect(actions.filter((a) => a.applicationId === 'globex').map((a) => a.rule)).toEqual(['P16', 'P5']);
  });

  it('P16: the asks read as due today, calmly, all of Tuesday 1 December, and overdue from Wednesday; the decide-by stays upcoming', () => {
    for (const now of ['2026-12-01 10:01', '2026-12-01 23:59']) {
      const actions = computeAllActions(board().doc, localDate(now));
      const asks = actions.filter((a) => a.rule === 'P16' && a.template !== null);
      expect(
        asks.map((a) => a.status),
        now,
      ).toEqual(['due_today', 'due_today', 'due_today']);
      expect(actions.find((a) => a.rule === 'P16' && a.template === null)?.status, now).toBe('upcoming');
    }
    const wednesday = computeAllActions(board().doc, localDate('2026-12-02 00:01')).filter((a) => a.rule === 'P16' && a.template !== null);
    expect(wednesday.map((a) => a.status)).toEqual(['overdue', 'overdue', 'overdue']);
  });

  it('P16: no extension request when every promised date comes before the deadline', () => {
    const early = board('2026-12-11 17:00', '2026-12-08');
    expect(p16(computeAllActions(early.doc, localDate('2026-12-01 12:00')), 'offer').map((a) => a.template)).toEqual([null]);
  });

  it('P16: an ask marked as sent is done; the expedite drafts are exported in bulk, one per card, naming the deadline', () => {
    const b = board().log('acme', 'note', '2026-12-01 13:00', { template: 'expedite_request' });
    const actions = computeAllActions(b.doc, localDate('2026-12-01 14:00'));
    expect(p16(actions, 'acme')).toEqual([]);
    const doc = { ...b.doc, settings: SettingsSchema.parse({ candidateName: 'Alex Moreno' }) };
    const bulk = expediteDrafts(doc, actions, localDate('2026-12-01 14:00'));
    expect(bulk.map((d) => d.action.applicationId)).toEqual(['globex']);
    expect(bulk[0]!.drafts[0]!.body).toContain('reply by Friday, 11 December');
    expect(bulk[0]!.drafts[0]!.body).toMatch(/^Hi Sam,/);
  });

  it('P16: the decide reminder fires 2 business days before the deadline at notifyAtHour (Friday 11 December -> Wednesday 9 December 09:00)', () => {
    const reminders = computeReminders(board().doc, localDate('2026-12-01 12:00')).filter((r) => r.key.endsWith(':decide'));
    expect(reminders.map((r) => r.at)).toEqual([local('2026-12-09 09:00')]);
    // A deadline on Monday 14 December counts back over the weekend: Thursday 10 December 09:00.
    const monday = computeReminders(board('2026-12-14 17:00').doc, localDate('2026-12-01 12:00')).filter((r) => r.key.endsWith(':decide'));
    expect(monday.map((r) => r.at)).toEqual([local('2026-12-10 09:00')]);
  });

  it('P16: overdue after the deadline (Saturday 12 December 2026 09:00); asking the others to hurry no longer helps', () => {
    const actions = computeAllActions(board().doc, localDate('2026-12-12 09:00'));
    expect(p16(actions, 'offer')).toEqual([expect.objectContaining({ title: 'Decide by Fri 11 Dec', status: 'overdue' })]);
    expect(p16(actions, 'acme')).toEqual([]);
  });

  it('P16 gives way to P10: once an offer is accepted, the others get the withdrawal, not the expedite request', () => {
    const b = board().run({ type: 'acceptOffer', id: 'offer', at: local('2026-12-02 10:00'), eventId: 'acc1' });
    const actions = computeAllActions(b.doc, localDate('2026-12-02 11:00'));
    expect(actions.filter((a) => a.rule === 'P16')).toEqual([]);
    expect(
      actions
        .filter((a) => a.rule === 'P10')
        .map((a) => a.applicationId)
        .sort(),
    ).toEqual(['acme', 'globex', 'hooli']);
  });
});
