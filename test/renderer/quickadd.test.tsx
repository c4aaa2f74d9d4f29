// Quick add for a search already in progress (issue 10): the applied date and, in
// Interviewing, the interview time go on the card's events; Escape does not lose typing.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

async function openQuickAdd() {
  // The store's clock is Sunday 22 November 2026 12:00 UTC (render.tsx).
  const r = await renderApp();
  act(() => r.store.getState().openDialog({ kind: 'quickAdd' }));
  const dialog = screen.getByRole('dialog', { name: 'New application' });
  return { ...r, dialog };
}

/** Fills and submits the form for Northwind, Designer, in Interviewing. */
function addInterviewing(dialog: HTMLElement, appliedOn: string, interviewAt: string) {
  const set = (label: string | RegExp, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
  set('Company', 'Northwind');
  set('Role', 'Designer');
  set('Column', 'interviewing');
  set('Applied on', appliedOn);
  set(/^Interview/, interviewAt);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add application' }));
}

const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('quick add (issue 10)', () => {
  it('asks for the applied date, today by default', async () => {
    const { dialog } = await openQuickAdd();
    const applied = within(dialog).getByLabelText('Applied on') as HTMLInputElement;
    expect(applied.value).toBe('2026-11-22');
    expect(applied.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('in Interviewing, logs the applied day, one booking at or before the interview, and the round with its time', async () => {
    const { dialog, store } = await openQuickAdd();
    // Applied Monday 2 November 2026; interviewed Thursday 19 November 2026 15:00.
    addInterviewing(dialog, '2026-11-02', '2026-11-19T15:00');
    const added = () => store.getState().doc!.applications.find((a) => a.company === 'Northwind');
    await waitFor(() => expect(added()).toBeTruthy());
    const app = added()!;
    expect(app.rounds.map((r) => r.startsAt)).toEqual([local(2026, 11, 19, 15)]);
    expect(app.events.map((e) => [e.kind, e.at])).toEqual([
      ['applied', local(2026, 11, 2, 9)],
      ['interview_scheduled', local(2026, 11, 19, 15)],
    ]);
    expect(app.stage).toBe('interviewing');
  });

  it('says in one sentence when the applied day is after the interview', async () => {
    const { dialog, store } = await openQuickAdd();
    // Applied Friday 20 November 2026, after the interview on Thursday 19 November.
    addInterviewing(dialog, '2026-11-20', '2026-11-19T15:00');
    expect(within(dialog).getByRole('alert').textContent).toBe('The day you applied is after the interview; check the two dates.');
    expect(store.getState().doc!.applications.some((a) => a.company === 'Northwind')).toBe(false);
  });

  it('Escape with text typed asks before discarding it', async () => {
    const { dialog } = await openQuickAdd();
    fireEvent.change(within(dialog).getByLabelText('Company'), { target: { value: 'Northwind' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'New application' })).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe('Discard what you typed?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect((within(dialog).getByLabelText('Company') as HTMLInputElement).value).toBe('Northwind');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog', { name: 'New application' })).toBeNull();
  });

  it('Escape on an empty form closes at once', async () => {
    const { dialog } = await openQuickAdd();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'New application' })).toBeNull();
  });
});
