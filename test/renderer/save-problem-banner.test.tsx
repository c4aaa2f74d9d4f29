// Issue 11: when changes cannot be saved (disk full, read-only folder) the app says so in a
// lasting banner, and the banner goes once a change is saved again.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../shared/board/commands.ts';
import { createFakeApi } from './fake-api.ts';
import { boardDocument } from './fixtures.ts';
import { NOW, renderApp, screen } from './render.tsx';

const PROBLEM = 'Your last change could not be saved because the disk is full (afterview.json); everything saved before it is safe, so free some space and try again.';

describe('the save problem banner', () => {
  it('shows the host’s sentence until saving works again', async () => {
    const api = createFakeApi(boardDocument(NOW));
    let problem: string | null = PROBLEM;
    const get = api['state:get'];
    api['state:get'] = async (req) => {
      const res = await get(req);
      return res.ok ? { ok: true, value: { ...res.value, saveProblem: problem } } : res;
    };
    const { store } = await renderApp(boardDocument(NOW), undefined, api);
    expect(await screen.findByText(PROBLEM)).toBeTruthy();
    // Not dismissable: it stays while the problem does.
    expect(screen.getByText(PROBLEM).closest('.banner')?.querySelector('.banner__close')).toBeNull();
    problem = null;
    const saved = await store.getState().dispatch(CommandSchema.parse({ type: 'addApplication', id: 'new', at: NOW.toISOString(), eventId: 'new-e', fields: { company: 'Acme', role: 'Engineer' } }));
    expect(saved).toBe(true);
    await waitFor(() => expect(screen.queryByText(PROBLEM)).toBeNull());
  });
});
