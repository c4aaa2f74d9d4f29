// Accepting an offer (P10, issue 10): the withdrawals read as due today, calmly, a minute
// later (not "Due now", red, "7 overdue"); they can be copied all at once or saved as one
// file, and "I've told them all" logs each.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledMessages, bundleText } from '../../renderer/src/dialogs/bulkBundle.ts';
import { templatesFor } from '../../shared/templates/index.ts';
import { usePinnedClock } from './pinned-clock.ts';
import { openCard } from './open-card.ts';
import { NOW, screen } from './render.tsx';

usePinnedClock();

async function acceptMeridian() {
  const r = await openCard('app-meridian');
  fireEvent.click(within(r.panel).getByRole('button', { name: 'Accept this offer' }));
  const dialog = await screen.findByRole('dialog', { name: 'You accepted Meridian' });
  return { ...r, dialog };
}

describe('after accepting an offer (P10)', () => {
  it('a minute later the other cards say "Due today", amber, not overdue', async () => {
    const { store } = await acceptMeridian();
    act(() => store.getState().closeDialog());
    act(() => store.getState().tick(NOW.getTime() + 60_000));
    const orbit = screen.getByRole('button', { name: /^Orbit Analytics, / });
    expect(orbit.textContent).toContain('Tell Orbit Analytics you are withdrawing');
    expect(orbit.textContent).toContain('Due today');
    expect(orbit.className).toContain('card--due_today');
    expect(orbit.className).not.toContain('card--overdue');
  });

  it('copies every withdrawal at once, each under its company', async () => {
    const { dialog, api } = await acceptMeridian();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy all messages' }));
    await waitFor(() => expect(api.clipboard).toHaveLength(1));
    const text = api.clipboard[0]!.text;
    for (const company of ['Northwind Labs', 'Orbit Analytics', 'Kestrel Studio', 'Harbor & Co']) expect(text).toContain(`${company}, `);
    expect(text.match(/withdraw/gi)!.length).toBeGreaterThanOrEqual(7);
  });

  it('"I\'ve told them all" logs a withdrawal on each and closes them', async () => {
    const { dialog, api } = await acceptMeridian();
    fireEvent.click(within(dialog).getByRole('button', { name: "I've told them all" }));
    await waitFor(() => expect(within(dialog).getByText('7 of 7 told')).toBeTruthy());
    // The dialog counts from the board at once; the host has each once it is on disk.
    const told = () => api.doc().applications.filter((a) => a.events.some((e) => e.kind === 'withdrawn'));
    await waitFor(() => expect(told()).toHaveLength(7));
    expect(told().every((a) => a.stage === 'closed')).toBe(true);
  });

  it('the saved file holds each message with its subject, and the user’s own edits where they made some', async () => {
    const { store } = await acceptMeridian();
    const doc = store.getState().doc!;
    const template = templatesFor(doc).find((t) => t.kind === 'withdrawal')!;
    const orbit = doc.applications.find((a) => a.id === 'app-orbit')!;
    localStorage.setItem(
      `afterview.draft.app-orbit.all.${template.id}`,
      JSON.stringify({ subject: 'My subject', body: 'My own words.', baseSubject: '', baseBody: '' }),
    );
    const text = bundleText(bundledMessages([orbit], template, doc.settings, NOW));
    expect(text).toBe('Orbit Analytics, Interaction Designer\n=====================================\nSubject: My subject\n\nMy own words.');
  });
});
