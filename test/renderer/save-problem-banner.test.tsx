// Issue 11: when changes cannot be saved (disk full, read-only folder) the app says so in a
// lasting banner, and the banner goes once a change is saved again.
// The real store on a disk that fails: every file write of this process rejects with ENOSPC,
// as the storage tests make it (test/node/services/storage/disk-faults.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandSchema } from '../../shared/board/commands.ts';
import { NOW, renderApp, screen } from './render.tsx';

const PROBLEM = /could not be saved because the disk is full/;
afterEach(() => vi.restoreAllMocks());

async function fileHandlePrototype() {
  const probe = await fs.promises.open(path.join(os.tmpdir(), `afterview-probe-${process.pid}`), 'w');
  const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
  await probe.close();
  return proto;
}

const add = (id: string) =>
  CommandSchema.parse({
    type: 'addApplication',
    id,
    at: NOW.toISOString(),
    eventId: `${id}-e`,
    fields: { company: 'Acme', role: 'Engineer' },
  });

describe('the save problem banner', () => {
  it('shows the host’s sentence until saving works again', async () => {
    const { store } = await renderApp();
    const write = vi
      .spyOn(await fileHandlePrototype(), 'write')
      .mockRejectedValue(Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' }));
    expect(await act(() => store.getState().dispatch(add('lost')))).toBe(false);
    const banner = await screen.findByText(PROBLEM, { selector: '.banner *' });
    // Not dismissable: it stays while the problem does.
    expect(banner.closest('.banner')?.querySelector('.banner__close')).toBeNull();
    write.mockRestore();
    const saved = await act(() => store.getState().dispatch(add('new')));
    expect(saved).toBe(true);
    await waitFor(() => expect(screen.queryByText(PROBLEM, { selector: '.banner *' })).toBeNull());
  });
});
