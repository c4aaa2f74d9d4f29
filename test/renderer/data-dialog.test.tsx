// Import and restore ask first (issue 10): a CSV import shows its column mapping, first rows
// and, for dates like 10/02/2026, asks day or month first; a restore names the backup and
// says the present board is kept. Escape or Cancel changes nothing.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App.tsx';
import { readingsOf } from '../../renderer/src/dialogs/CsvImportPreview.tsx';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen, startHost } from './render.tsx';

usePinnedClock();

// The real store makes the day's backup when it opens: one, of the 10 applications.
async function openData() {
  const r = await renderApp(undefined, <App />, await startHost());
  act(() => r.store.getState().openDialog({ kind: 'data' }));
  const dialog = screen.getByRole('dialog', { name: 'Import, export and backups' });
  return { ...r, dialog };
}

async function choose(dialog: HTMLElement, name: string, text: string) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  return screen.findByRole('dialog', { name: 'Check the import' });
}

/** The text an element's aria-describedby points at. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

const imports = (api: { calls: { channel: string; request: unknown }[] }) =>
  api.calls.filter((c) => c.channel === 'data:import').map((c) => c.request);

const AMBIGUOUS = 'Company,Job Title,Date Applied,Salary\nAcme,Designer,10/02/2026,90k\nBirch,Engineer,03/04/2026,\n';

describe('CSV import preview', () => {
  it('shows the mapping, the ignored columns and the rows, and asks the date order when nothing tells', async () => {
    const { api, dialog } = await openData();
    const preview = await choose(dialog, 'tracker.csv', AMBIGUOUS);
    const mapped = within(preview).getByText('Date Applied').closest('li')!;
    expect(within(mapped).getByText('Applied', { selector: 'strong' })).toBeTruthy();
    expect(within(preview).getByText(/Not imported/).textContent).toBe('Not imported (Afterview has no field for them): Salary.');
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Company', 'Role', 'Applied']);

    const group = within(preview).getByRole('group', { name: 'How are the dates written?' });
    expect(description(group)).toBe(
      'Dates like 10/02/2026 can be read two ways and nothing in this file tells which; choose how your spreadsheet writes them.',
    );
    const importButton = within(preview).getByRole('button', { name: 'Import 2 applications' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    expect(description(importButton)).toBe('Choose how the dates are written first.');
    expect(imports(api)).toEqual([]);

    fireEvent.click(within(group).getByRole('radio', { name: 'Month first (October 2)' }));
    expect(within(preview).getAllByRole('row')[1]!.textContent).toContain('2 Oct 2026');
    fireEvent.click(within(group).getByRole('radio', { name: 'Day first (10 February)' }));
    expect(within(preview).getAllByRole('row')[1]!.textContent).toContain('10 Feb 2026');
    expect(within(preview).getAllByRole('row')[2]!.textContent).toContain('3 Apr 2026');

    fireEvent.click(within(preview).getByRole('button', { name: 'Import 2 applications' }));
    await waitFor(() => expect(imports(api)).toEqual([{ fileName: 'tracker.csv', content: AMBIGUOUS, dateOrder: 'dmy' }]));
    expect(screen.queryByRole('dialog', { name: 'Check the import' })).toBeNull();
  });

  it("defaults to the order the file's other dates imply and says so", async () => {
    const { api, dialog } = await openData();
    const preview = await choose(dialog, 'us.csv', `${AMBIGUOUS}Cobalt,PM,12/31/2026,\n`);
    const group = within(preview).getByRole('group', { name: 'How are the dates written?' });
    expect(description(group)).toMatch(/the other dates in this file put the month first, so that is chosen/);
    expect(within(group).getByRole('radio', { name: 'Month first (October 2)' })).toHaveProperty('checked', true);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import 3 applications' }));
    await waitFor(() => expect(imports(api)).toEqual([expect.objectContaining({ dateOrder: 'mdy' })]));
  });

  it('asks nothing about dates when they read one way, and Escape imports nothing', async () => {
    const { api, dialog } = await openData();
    const preview = await choose(dialog, 'iso.csv', 'company,role,applied\nAcme,Designer,2026-02-10\n');
    expect(within(preview).queryByRole('group')).toBeNull();
    fireEvent.keyDown(within(preview).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Check the import' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Import, export and backups' })).toBeTruthy();
    expect(imports(api)).toEqual([]);
  });

  it("words both readings from the file's own example", () => {
    expect(readingsOf('03/04/2026')).toEqual({ dmy: '3 April', mdy: 'March 4' });
  });
});

describe('restore from a backup', () => {
  it('asks first, naming the backup and what happens to the present board; Cancel and Escape do nothing', async () => {
    const { api, dialog } = await openData();
    const restoreButton = await within(dialog).findByRole('button', { name: 'Restore' });
    fireEvent.click(restoreButton);
    let confirm = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(description(confirm)).toMatch(
      /^The board goes back to the backup from .+, with 10 applications\. Your current board is backed up first, and you can undo the restore\.$/,
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull();

    fireEvent.click(restoreButton);
    confirm = screen.getByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Import, export and backups' })).toBeTruthy();
    expect(api.calls.filter((c) => c.channel === 'backups:restore')).toEqual([]);

    fireEvent.click(restoreButton);
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Restore this backup?' })).getByRole('button', { name: 'Restore backup' }));
    const [daily] = await api.runtime.store.listBackups();
    await waitFor(() =>
      expect(api.calls.filter((c) => c.channel === 'backups:restore').map((c) => c.request)).toEqual([{ id: daily!.id }]),
    );
  });
});
