// Invites arrive out of order: the Google Calendar update (SEQUENCE 1) is dropped first and
// the original (SEQUENCE 0) after it. The older copy must leave the newer round alone.
import { useTimeZone } from '../../../shared/support/tz.ts';
useTimeZone('Europe/London');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInvites } from '../../../../node/services/capture/ics.ts';
import { createHistory } from '../../../../shared/board/history.ts';
import { applyCapture } from '../../../../shared/capture/apply.ts';
import { proposeForInvite } from '../../../../shared/capture/propose.ts';
import { Board } from '../../../shared/support/build.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/capture/${name}`, import.meta.url)), 'utf8');
const now = new Date('2026-12-01T10:00:00Z');
let n = 0;
const ids = (p: string) => `${p}-o${++n}`;

const board = () =>
  new Board().add('nw', 'Northwind', '2026-11-02 09:00', {
    role: 'Product Designer',
    contacts: [{ id: 'c1', name: 'Dana Reyes', email: 'dana@northwind.io' }],
  }).doc;

function applied(doc: ReturnType<typeof board>, file: string) {
  const proposal = proposeForInvite(doc, readInvites(fixture(file))[0]!, { now, newId: ids });
  return { proposal, doc: applyCapture(createHistory(doc), proposal.commands).present };
}

describe('invites dropped out of order', () => {
  it('the round keeps the UID and SEQUENCE of the invite it came from', () => {
    const { doc } = applied(board(), 'google-calendar-update.ics');
    expect(doc.applications[0]!.rounds[0]!.invite).toEqual({ uid: '7kq2m9c1b5rj3n8v@google.com', sequence: 1 });
  });

  it('the original (SEQUENCE 0) dropped after the update (SEQUENCE 1) says so in one sentence and changes nothing: the round stays on Wednesday 9 December 2026 19:00 UTC', () => {
    const { doc: afterUpdate } = applied(board(), 'google-calendar-update.ics');
    const { proposal, doc } = applied(afterUpdate, 'google-calendar.ics');
    expect(proposal.summary).toBe(
      'This invite (update 0) is older than the one already on Northwind (Product Designer) (update 1), so nothing changes.',
    );
    expect(proposal.commands).toEqual([]);
    expect(proposal.fields).toEqual({});
    expect(doc.applications[0]!.rounds.map((r) => r.startsAt)).toEqual(['2026-12-09T19:00:00.000Z']);
  });

  it('in the usual order the update still moves the round from Tuesday 8 to Wednesday 9 December 2026, and dropping it again is not refused', () => {
    const { doc: first } = applied(board(), 'google-calendar.ics');
    expect(first.applications[0]!.rounds.map((r) => [r.startsAt, r.invite?.sequence])).toEqual([['2026-12-08T15:00:00.000Z', 0]]);
    const { doc: second } = applied(first, 'google-calendar-update.ics');
    expect(second.applications[0]!.rounds.map((r) => [r.startsAt, r.invite?.sequence])).toEqual([['2026-12-09T19:00:00.000Z', 1]]);
    const again = applied(second, 'google-calendar-update.ics');
    expect(again.proposal.summary).toMatch(/^Add the interview on Wednesday 9 December/);
  });

  it('a cancel (SEQUENCE 2) still removes the round the update put there', () => {
    const { doc: afterUpdate } = applied(board(), 'google-calendar-update.ics');
    const { doc } = applied(afterUpdate, 'google-calendar-cancel.ics');
    expect(doc.applications[0]!.rounds).toEqual([]);
  });
});
