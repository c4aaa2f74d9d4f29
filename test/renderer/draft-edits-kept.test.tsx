// Draft edits are kept per card, recipient and template until sent or started over (issue 10):
// closing the panel, switching template or filling a card field keeps the user's words; new
// card details are offered, never forced.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

const MINE = 'Hi Dana,\n\nMy own opening line. My experience with [your matching skills] fits well.';

async function openNorthwind() {
  const r = await renderApp();
  const open = () =>
    act(() => {
      r.store.getState().setView('board');
      r.store.getState().openPanel('app-northwind');
    });
  open();
  const danaBody = () =>
    within(within(screen.getByRole('complementary')).getByRole('article', { name: 'Draft to Dana Whitfield' })).getByRole('textbox', {
      name: 'Message',
    }) as HTMLTextAreaElement;
  return { ...r, open, danaBody };
}

describe('kept draft edits (issue 10)', () => {
  it('survive closing and reopening the panel', async () => {
    const { store, open, danaBody } = await openNorthwind();
    fireEvent.change(danaBody(), { target: { value: MINE } });
    act(() => store.getState().closePanel());
    expect(screen.queryByRole('complementary')).toBeNull();
    open();
    expect(danaBody().value).toBe(MINE);
  });

  it('survive switching to another template and back', async () => {
    const { danaBody } = await openNorthwind();
    fireEvent.change(danaBody(), { target: { value: MINE } });
    const picker = within(screen.getByRole('complementary')).getByRole('combobox', { name: 'Template' }) as HTMLSelectElement;
    const first = picker.value;
    const other = [...picker.options].find((o) => o.value && o.value !== first)!.value;
    fireEvent.change(picker, { target: { value: other } });
    fireEvent.change(picker, { target: { value: first } });
    expect(danaBody().value).toBe(MINE);
  });

  it('survive filling a card field, and offer the new detail instead of overwriting', async () => {
    const { danaBody } = await openNorthwind();
    const panel = screen.getByRole('complementary');
    const original = danaBody().value;
    expect(original).toContain('[your matching skills]');
    const mine = `${original}\n\nA line of my own.`;
    fireEvent.change(danaBody(), { target: { value: mine } });
    const skills = within(panel).getByLabelText(/^Your matching skills/);
    fireEvent.change(skills, { target: { value: 'diary studies' } });
    fireEvent.blur(skills);
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Fill in the new details' })).toBeTruthy());
    expect(danaBody().value).toBe(mine);
    fireEvent.click(within(panel).getByRole('button', { name: 'Fill in the new details' }));
    expect(danaBody().value).toBe(mine.replace('[your matching skills]', 'diary studies'));
    expect(within(panel).queryByRole('button', { name: 'Fill in the new details' })).toBeNull();
  });

  it('"Keep my text" dismisses the offer and leaves the words as they are', async () => {
    const { danaBody } = await openNorthwind();
    const panel = screen.getByRole('complementary');
    fireEvent.change(danaBody(), { target: { value: MINE } });
    const skills = within(panel).getByLabelText(/^Your matching skills/);
    fireEvent.change(skills, { target: { value: 'diary studies' } });
    fireEvent.blur(skills);
    fireEvent.click(await within(panel).findByRole('button', { name: 'Keep my text' }));
    expect(danaBody().value).toBe(MINE);
    expect(within(panel).queryByRole('button', { name: 'Keep my text' })).toBeNull();
  });

  it('are dropped by "Start over" and once the message is marked sent', async () => {
    const { store, open, danaBody } = await openNorthwind();
    const original = danaBody().value;
    fireEvent.change(danaBody(), { target: { value: MINE } });
    const dana = () => within(screen.getByRole('complementary')).getByRole('article', { name: 'Draft to Dana Whitfield' });
    fireEvent.click(within(dana()).getByRole('button', { name: 'Start over' }));
    expect(danaBody().value).toBe(original);
    act(() => store.getState().closePanel());
    open();
    expect(danaBody().value).toBe(original);

    fireEvent.change(danaBody(), { target: { value: MINE } });
    fireEvent.click(within(dana()).getByRole('button', { name: 'Copy and mark as sent' }));
    await waitFor(() => expect(store.getState().doc!.applications.find((a) => a.id === 'app-northwind')!.stage).toBe('waiting'));
    // Forgotten once the host has saved the sent note.
    await waitFor(() => expect(Object.keys(localStorage).filter((k) => k.startsWith('afterview.draft.'))).toEqual([]));
  });
});
