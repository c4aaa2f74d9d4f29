import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { STAGE_TITLES } from '../../shared/model/stage-titles.ts';
import { renderApp, screen } from './render.tsx';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function onBoard() {
  const r = await renderApp();
  // With an overdue action the app opens on Today; go to the board.
  act(() => r.store.getState().setView('board'));
  return r;
}

describe('the board', () => {
  it('opens on Today when anything is overdue', async () => {
    const { store } = await renderApp();
    await waitFor(() => expect(store.getState().view).toBe('today'));
    expect(screen.getByRole('heading', { name: 'Today', level: 1 })).toBeTruthy();
  });

  it('shows the seven stage columns as regions named by their titles, with counts', async () => {
    await onBoard();
    for (const title of Object.values(STAGE_TITLES)) {
      const region = screen.getByRole('region', { name: title });
      expect(region).toBeTruthy();
    }
    const interviewing = screen.getByRole('region', { name: 'Interviewing' });
    expect(within(interviewing).getByText('3 cards')).toBeTruthy();
  });

  it('gives each card a name that begins "Company, Role" and says what is next', async () => {
    await onBoard();
    const card = screen.getByRole('button', { name: /^Northwind Labs, Senior Product Designer\./ });
    expect(card.getAttribute('aria-roledescription')).toBe('card');
    expect(card.textContent).toMatch(/Send a thank-you note to Dana and Marcus\. \d+ h overdue\. /);
    expect(card.className).toContain('card--overdue');
    expect(within(card).getByText('DW')).toBeTruthy();
  });

  it('folds Closed away and shows it again', async () => {
    await onBoard();
    const closed = screen.getByRole('region', { name: 'Closed' });
    expect(within(closed).queryByRole('button', { name: /^Quarry Logistics/ })).toBeNull();
    fireEvent.click(within(closed).getByRole('button', { name: /Show closed/ }));
    expect(within(closed).getByRole('button', { name: /^Quarry Logistics, UI Designer\. No response/ })).toBeTruthy();
  });

  it('adds an application with quick add (n)', async () => {
    const { api } = await onBoard();
    fireEvent.keyDown(window, { key: 'n' });
    const dialog = screen.getByRole('dialog', { name: 'New application' });
    fireEvent.change(within(dialog).getByLabelText('Company'), { target: { value: 'Acme' } });
    fireEvent.change(within(dialog).getByLabelText('Role'), { target: { value: 'Designer' } });
    fireEvent.change(within(dialog).getByLabelText(/Link to the posting/), { target: { value: 'acme.com/jobs/1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const added = api.doc().applications.find((a) => a.company === 'Acme');
    expect(added).toMatchObject({ role: 'Designer', url: 'https://acme.com/jobs/1', stage: 'applied' });
    expect(within(screen.getByRole('region', { name: 'Applied' })).getByRole('button', { name: /^Acme, Designer/ })).toBeTruthy();
  });

  it('asks for the company and role before adding', async () => {
    const { api } = await onBoard();
    fireEvent.keyDown(window, { key: 'n' });
    fireEvent.click(screen.getByRole('button', { name: 'Add application' }));
    expect(screen.getByRole('alert').textContent).toMatch(/company and the role/);
    expect(api.calls.some((c) => c.channel === 'state:command')).toBe(false);
  });

  it('filters by company, role, contact or stage with / search', async () => {
    await onBoard();
    fireEvent.keyDown(window, { key: '/' });
    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'priya' } });
    expect(screen.getByRole('button', { name: /^Lumen Health/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Northwind Labs/ })).toBeNull();
    fireEvent.change(search, { target: { value: 'thank-you sent' } });
    expect(screen.getByRole('button', { name: /^Harbor & Co/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Lumen Health/ })).toBeNull();
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.getByRole('button', { name: /^Lumen Health/ })).toBeTruthy();
  });

  it('opens a card in the panel on click and on o, and Escape closes it', async () => {
    await onBoard();
    const card = screen.getByRole('button', { name: /^Lumen Health/ });
    fireEvent.click(card);
    const panel = screen.getByRole('complementary', { name: /Lumen Health/ });
    expect(within(panel).getByRole('heading', { name: 'What to do next' })).toBeTruthy();
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: /Lumen Health/ })).toBeNull();
    card.focus();
    fireEvent.keyDown(card, { key: 'o' });
    expect(screen.getByRole('complementary', { name: /Lumen Health/ })).toBeTruthy();
  });

  it('undoes with Ctrl+Z and redoes with Shift+Ctrl+Z', async () => {
    const { store, api } = await onBoard();
    await act(() => store.getState().dispatch({ type: 'deleteApplication', id: 'app-orbit' }));
    expect(screen.queryByRole('button', { name: /^Orbit Analytics/ })).toBeNull();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Orbit Analytics/ })).toBeTruthy());
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Orbit Analytics/ })).toBeNull());
    expect(api.calls.filter((c) => c.channel === 'state:undo')).toHaveLength(1);
  });

  it('shows the keyboard shortcuts with ?', async () => {
    await onBoard();
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Pick up the focused card (or Enter)')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('keyboard focus between cards', () => {
  it('moves with the arrow keys within a column and across to the next column with cards', async () => {
    await onBoard();
    const orbit = screen.getByRole('button', { name: /^Orbit Analytics, / });
    orbit.focus();
    fireEvent.keyDown(orbit, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Kestrel Studio, / }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(orbit);
    fireEvent.keyDown(orbit, { key: 'ArrowRight' });
    expect(within(screen.getByRole('region', { name: 'Interviewing' })).getAllByRole('button')).toContain(document.activeElement);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(within(screen.getByRole('region', { name: 'Applied' })).getAllByRole('button')).toContain(document.activeElement);
  });
});
