// Interviews coming up are visible (issue 10): "Interview Thu 15:00" on the card, and the
// week's interviews listed in Today. P1 alone ("Ask when they expect to decide") hid them.
import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { interviewLine, interviewsAhead, offerDeadlineLine } from '../../renderer/src/view-model/interviewWhen.ts';
import { applyCommand } from '../../shared/board/apply.ts';
import { CommandSchema, type CommandInput } from '../../shared/board/commands.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import { usePinnedClock } from './pinned-clock.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

/** Local wall-clock instants, so the words do not depend on the machine's zone. */
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

function withRound(startsAt: Date, stage: CommandInput = { type: 'deleteApplication', id: 'none' }) {
  const cmds: CommandInput[] = [
    {
      type: 'addApplication',
      id: 'a',
      at: at(2026, 12, 1, 9).toISOString(),
      eventId: 'e1',
      fields: { company: 'Northwind', role: 'Designer' },
    },
    {
      type: 'addRound',
      id: 'a',
      at: at(2026, 12, 1, 9, 5).toISOString(),
      eventId: 'e2',
      round: { id: 'r1', startsAt: startsAt.toISOString(), minutes: 60, kind: 'onsite' },
    },
  ];
  if (stage.type !== 'deleteApplication') cmds.push(stage);
  return cmds.reduce((doc, c) => applyCommand(doc, CommandSchema.parse(c)), emptyDocument()).applications[0]!;
}

describe('the coming interview in words', () => {
  // Now: Tuesday 1 December 2026 10:00 local.
  const now = at(2026, 12, 1, 10);

  it('reads "Interview Thu 15:00" for Thursday 3 December 2026 15:00', () => {
    expect(interviewLine(withRound(at(2026, 12, 3, 15)), now)).toBe('Interview Thu 15:00');
  });

  it('says today, tomorrow, now, and the date beyond a week', () => {
    expect(interviewLine(withRound(at(2026, 12, 1, 15)), now)).toBe('Interview today 15:00');
    expect(interviewLine(withRound(at(2026, 12, 2, 9, 30)), now)).toBe('Interview tomorrow 09:30');
    expect(interviewLine(withRound(at(2026, 12, 1, 9, 30)), now)).toBe('Interview now, until 10:30');
    expect(interviewLine(withRound(at(2026, 12, 10, 15)), now)).toBe('Interview Thu 10 Dec 15:00');
  });

  it('is gone once the interview has ended, or on a closed card', () => {
    expect(interviewLine(withRound(at(2026, 11, 30, 15)), now)).toBeNull();
    expect(
      interviewLine(
        withRound(at(2026, 12, 3, 15), {
          type: 'closeApplication',
          id: 'a',
          at: at(2026, 12, 1, 9, 30).toISOString(),
          eventId: 'e3',
          outcome: 'withdrawn',
        }),
        now,
      ),
    ).toBeNull();
  });

  it('lists the next seven days only, soonest first', () => {
    // Up to Tuesday 8 December 2026 10:00: Thursday the 3rd and Tuesday the 8th at 09:00, not 10:01.
    const soon = withRound(at(2026, 12, 3, 15));
    const later = { ...withRound(at(2026, 12, 8, 9)), id: 'b' };
    const tooFar = { ...withRound(at(2026, 12, 8, 10, 1)), id: 'c' };
    expect(interviewsAhead([later, soon, tooFar], now).map((x) => x.application.id)).toEqual(['a', 'b']);
  });
});

describe('on the board and in Today', () => {
  // Pinecrest Bank's interview is on Monday 23 November 2026, the day after the store's Sunday 22 November 12:00 UTC.
  const startOf = (doc: AfterviewDocument) => new Date(doc.applications.find((a) => a.id === 'app-pine')!.rounds[0]!.startsAt);
  const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

  it('the card shows the interview day and time', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setView('board'));
    const time = hhmm(startOf(store.getState().doc!));
    const card = screen.getByRole('button', { name: /^Pinecrest Bank, / });
    expect(card.textContent).toContain(`Interview tomorrow ${time}`);
  });

  it('Today lists the week’s interviews with an Open card button', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setView('today'));
    const time = hhmm(startOf(store.getState().doc!));
    const section = screen.getByRole('region', { name: 'Interviews this week' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows[0]!.textContent).toContain(`Tomorrow ${time}`);
    expect(rows[0]!.textContent).toContain('Pinecrest Bank');
    within(rows[0]!)
      .getByRole('button', { name: `Open card: interview tomorrow ${time}, Pinecrest Bank` })
      .click();
    expect(store.getState().panel?.applicationId).toBe('app-pine');
  });
});

describe('an offer card’s deadline (P16)', () => {
  // Now: Tuesday 1 December 2026 10:00 local; the offer must be answered by Friday 4 December 17:00.
  const now = at(2026, 12, 1, 10);
  const offer = (deadline: Date) => ({
    ...withRound(at(2026, 11, 20, 10)),
    stage: 'offer' as const,
    offerDeadline: deadline.toISOString(),
  });

  it('reads "Answer by Fri 17:00", and says when it has passed', () => {
    expect(offerDeadlineLine(offer(at(2026, 12, 4, 17)), now)).toBe('Answer by Fri 17:00');
    expect(offerDeadlineLine(offer(at(2026, 11, 30, 17)), now)).toBe('Answer was due Mon 30 Nov 17:00');
    expect(offerDeadlineLine({ ...offer(at(2026, 12, 4, 17)), stage: 'closed' }, now)).toBeNull();
  });
});
