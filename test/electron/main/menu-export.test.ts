// File > Export (issue 9): a failed export reaches the user as the Result's sentence.
import { describe, expect, it, vi } from 'vitest';
import { exportFromMenu } from '../../../electron/main/menu-export.ts';
import { fail, ok } from '../../../shared/ipc/result.ts';

describe('exportFromMenu', () => {
  it('exports through the contract and says nothing when it worked or was cancelled', async () => {
    const dispatch = vi.fn(async () => ok({ fileName: null }));
    const showError = vi.fn();
    await exportFromMenu('csv', { router: { dispatch }, showError });
    expect(dispatch).toHaveBeenCalledWith('data:export', { format: 'csv' }, true);
    expect(showError).not.toHaveBeenCalled();
  });

  it('shows the sentence of a failed Result', async () => {
    const showError = vi.fn();
    const sentence =
      'Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, restart Afterview.';
    await exportFromMenu('json', { router: { dispatch: async () => fail('internal', sentence) }, showError });
    expect(showError).toHaveBeenCalledWith('Afterview could not export', sentence);
  });

  it('turns a dispatch that rejects into a sentence instead of an unhandled rejection', async () => {
    const showError = vi.fn();
    await expect(
      exportFromMenu('ics', { router: { dispatch: () => Promise.reject(new Error('boom')) }, showError }),
    ).resolves.toBeUndefined();
    expect(showError).toHaveBeenCalledWith('Afterview could not export', expect.stringMatching(/^The export did not finish.*\.$/));
  });

  it('does nothing while quitting, when there is no router any more', async () => {
    const showError = vi.fn();
    await exportFromMenu('json', { router: null, showError });
    expect(showError).not.toHaveBeenCalled();
  });
});
