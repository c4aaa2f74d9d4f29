import { act, cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../shared/model/empty.ts';
import { renderApp, screen } from './render.tsx';
import { PAGE_REMINDER } from './fixtures.ts';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('first run', () => {
  it('explains the idea in three lines and starts with sample applications', async () => {
    const { api } = await renderApp(emptyDocument());
    expect(screen.getByRole('heading', { name: 'Welcome to Afterview' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText(/Your name/), { target: { value: 'Sam Rivera' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show me with a few examples' }));
    await waitFor(() => expect(api.doc().settings.onboarded).toBe(true));
    expect(api.doc().settings.candidateName).toBe('Sam Rivera');
    expect(api.doc().applications.length).toBeGreaterThan(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'New application' })).toBeTruthy());
  });

  it('or with an empty board whose columns say what to do', async () => {
    const { api } = await renderApp(emptyDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Start with an empty board' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Applied' })).toBeTruthy());
    expect(api.doc().applications).toHaveLength(0);
    expect(within(screen.getByRole('region', { name: 'Applied' })).getByText('Press n to add an application you have sent.')).toBeTruthy();
  });
});

describe('Today', () => {
  it('lists due and overdue actions soonest first, each one click from its draft', async () => {
    const { store } = await renderApp();
    await waitFor(() => expect(store.getState().view).toBe('today'));
    const list = screen.getByRole('list', { name: 'Due and overdue, soonest first' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]!.textContent).toMatch(/overdue/);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: /Open draft/ }));
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('article', { name: 'Draft to Dana Whitfield' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Coming up' })).toBeTruthy();
  });
});

describe('settings', () => {
  it('saves the name, a policy timing (making the preset custom) and a template, and resets it', async () => {
    const { store, api } = await renderApp();
    act(() => store.getState().setView('settings'));
    const name = screen.getByLabelText('Your name');
    fireEvent.change(name, { target: { value: 'Alex M. Morgan' } });
    fireEvent.blur(name);
    await waitFor(() => expect(api.doc().settings.candidateName).toBe('Alex M. Morgan'));

    const within24 = screen.getByLabelText(/Send the thank-you note within/);
    fireEvent.change(within24, { target: { value: '12' } });
    fireEvent.blur(within24);
    await waitFor(() => expect(api.doc().settings.policy.thankYouWithinHours).toBe(12));
    expect(api.doc().settings.preset).toBe('custom');

    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'persistent' } });
    await waitFor(() => expect(api.doc().settings.policy.maxFollowUps).toBeNull());

    const body = screen.getByLabelText('Body');
    fireEvent.change(body, { target: { value: 'Hi {interviewer_first_name}, thank you.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.doc().templates).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to our wording' }));
    await waitFor(() => expect(api.doc().templates).toHaveLength(0));
  });

  it('turns quiet hours on with a range', async () => {
    const { store, api } = await renderApp();
    act(() => store.getState().setView('settings'));
    fireEvent.click(screen.getByLabelText('Quiet hours'));
    await waitFor(() => expect(api.doc().settings.policy.quietHours).toEqual({ start: 21, end: 8 }));
  });
});

/** What the page told the host it showed. */
const shownCalls = (api: { calls: { channel: string; request: unknown }[] }) =>
  api.calls.filter((c) => c.channel === 'reminders:shown').map((c) => c.request as { ids: string[]; via: string });

describe('events from the main process', () => {
  it('card:focus opens the card; reminders:changed shows a banner; menu:action opens a screen', async () => {
    const { api, store } = await renderApp();
    act(() => api.emit('card:focus', { applicationId: 'app-lumen' }));
    expect(screen.getByRole('complementary')).toBeTruthy();
    expect(store.getState().panel?.applicationId).toBe('app-lumen');

    // The desktop could not show a notification, so the host hands the reminder to the page.
    const item = PAGE_REMINDER;
    act(() => api.emit('reminders:changed', { items: [item], reason: 'Notifications are turned off.' }));
    expect(screen.getByRole('list', { name: 'Reminders' }).textContent).toContain('Thank-you note to Priya due in 4 h');
    expect(screen.getByText('Notifications are turned off.')).toBeTruthy();
    // On screen, so the page tells the host it was seen, once.
    await waitFor(() => expect(shownCalls(api).filter((r) => r.ids.includes(item.id))).toEqual([{ ids: [item.id], via: 'banner' }]));

    fireEvent.click(screen.getByRole('button', { name: 'Remind me tomorrow: Thank-you note to Priya due in 4 h' }));
    await waitFor(() => expect(screen.queryByText('Thank-you note to Priya due in 4 h')).toBeNull());
    expect(api.calls.find((c) => c.channel === 'reminders:snooze')?.request).toEqual({ keys: ['k1'], until: 'tomorrow' });

    act(() => api.emit('menu:action', { action: 'shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('the banner stays calm: three reminders with their company and due time, the rest one click away in Today', async () => {
    const { api, store } = await renderApp();
    const item = (n: number) => ({
      id: `k${n}@2026-11-22T08:00:00.000Z`,
      key: `k${n}`,
      applicationId: 'app-harbor',
      title: `Reminder ${n}`,
      body: '',
      at: '2026-11-22T08:00:00.000Z',
      due: '2026-11-22T09:00:00.000Z',
      delivery: 'page' as const,
      shown: null,
    });
    act(() => api.emit('reminders:changed', { items: [1, 2, 3, 4].map(item), reason: null }));
    const list = screen.getByRole('list', { name: 'Reminders' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // Sunday 22 November 2026 12:00 UTC: due at 09:00 UTC, three hours ago.
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('Harbor & Co');
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('3 h overdue');
    fireEvent.click(screen.getByRole('button', { name: '1 more in Today' }));
    expect(store.getState().view).toBe('today');
  });

  it('a reminder the host delivers itself (desktop notification) is not repeated in the banner', async () => {
    const { api } = await renderApp();
    const item = {
      id: 'k9@2026-11-22T08:00:00.000Z',
      key: 'k9',
      applicationId: 'app-lumen',
      title: 'Follow up with Lumen Health',
      body: '',
      at: '2026-11-22T08:00:00.000Z',
      due: null,
      delivery: 'host' as const,
      shown: null,
    };
    act(() => api.emit('reminders:changed', { items: [item], reason: null }));
    expect(screen.queryByRole('list', { name: 'Reminders' })).toBeNull();
    expect(shownCalls(api).some((r) => r.ids.includes(item.id))).toBe(false);
  });

  // The real scheduler: at Sunday 12:00 Priya's thank-you (her interview ended at 07:00) is
  // already in the host's feed when the page opens.
  it('reads the reminders that fell due before the page opened, and the banner goes when its reminder does', async () => {
    const { store } = await renderApp();
    await waitFor(() => expect(screen.getByRole('list', { name: 'Reminders' }).textContent).toContain('Send a thank-you note to Priya'));
    // The thank-you is logged: the host's feed no longer has the reminder, and neither does the banner.
    await act(() =>
      store.getState().dispatch({
        type: 'logEvent',
        id: 'app-lumen',
        event: { id: 'ty-lumen', kind: 'thank_you_sent', at: '2026-11-22T11:00:00.000Z', note: '', roundId: 'app-lumen-r1' },
      }),
    );
    await waitFor(() => expect(screen.queryByText('Send a thank-you note to Priya')).toBeNull());
  });

  it('Edit > Undo and Redo from the menu undo and redo the board when no field is being typed in', async () => {
    const { api } = await renderApp();
    (document.activeElement as HTMLElement | null)?.blur();
    act(() => api.emit('menu:action', { action: 'undo' }));
    await waitFor(() => expect(api.calls.filter((c) => c.channel === 'state:undo')).toHaveLength(1));
    act(() => api.emit('menu:action', { action: 'redo' }));
    await waitFor(() => expect(api.calls.filter((c) => c.channel === 'state:redo')).toHaveLength(1));

    // In a text field the menu undoes the typing instead, and the board is left alone.
    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    search.focus();
    const execCommand = vi.fn(() => true);
    Object.assign(document, { execCommand });
    act(() => api.emit('menu:action', { action: 'undo' }));
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(api.calls.filter((c) => c.channel === 'state:undo')).toHaveLength(1);
  });
});

describe('import and export', () => {
  it('downloads an export in the browser and imports a picked file', async () => {
    const { api, store } = await renderApp();
    act(() => store.getState().openDialog({ kind: 'data' }));
    const dialog = screen.getByRole('dialog', { name: 'Import, export and backups' });
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Everything (.json)' }));
    await waitFor(() => expect(within(dialog).getByText('Downloaded afterview-backup-2026-11-22.json.')).toBeTruthy());
    expect(createObjectURL).toHaveBeenCalledOnce();

    const file = new File(['company,role\nAcme,Writer\n'], 'apps.csv', { type: 'text/csv' });
    fireEvent.change(dialog.querySelector('input[type=file]')!, { target: { files: [file] } });
    // A CSV is shown first (issue 10); nothing is imported until the user says so.
    const preview = await screen.findByRole('dialog', { name: 'Check the import' });
    expect(api.calls.some((c) => c.channel === 'data:import')).toBe(false);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import 1 application' }));
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'data:import')).toBe(true));
    expect(api.calls.find((c) => c.channel === 'data:import')!.request).toEqual({
      fileName: 'apps.csv',
      content: 'company,role\nAcme,Writer\n',
    });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/^Imported: 1 added, 0 updated\./));
  });
});
