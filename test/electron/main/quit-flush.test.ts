// Quitting the desktop app (issue 9): a failure to save the last change is a sentence in a
// dialog, never an unhandled rejection, and the app quits all the same.
import { describe, expect, it, vi } from 'vitest';
import { closeThenQuit } from '../../../electron/main/quit-flush.ts';

const DATA = '/home/sam/.config/Afterview';

describe('closeThenQuit', () => {
  it('quits once the last change is saved, saying nothing', async () => {
    const order: string[] = [];
    const showErrorBox = vi.fn();
    await closeThenQuit(
      { close: async () => void order.push('close') },
      { dataDir: DATA, dialog: { showErrorBox }, app: { quit: () => order.push('quit') } },
    );
    expect(order).toEqual(['close', 'quit']);
    expect(showErrorBox).not.toHaveBeenCalled();
  });

  it('says a failed save in a sentence, then quits, and never rejects', async () => {
    const quit = vi.fn();
    const showErrorBox = vi.fn();
    const failing = {
      close: () => Promise.reject(Object.assign(new Error("ENOSPC: no space left on device, write '/x'"), { code: 'ENOSPC' })),
    };
    await expect(closeThenQuit(failing, { dataDir: DATA, dialog: { showErrorBox }, app: { quit } })).resolves.toBeUndefined();
    expect(showErrorBox).toHaveBeenCalledWith(
      'Afterview could not save',
      `Afterview could not save your latest changes to ${DATA} before it stopped (the disk is full). What was saved before is safe; make sure the folder can be written to, then open Afterview again and check your last changes.`,
    );
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits even when the dialog cannot be shown', async () => {
    const quit = vi.fn();
    const showErrorBox = vi.fn(() => {
      throw new Error('no display');
    });
    await closeThenQuit({ close: () => Promise.reject(new Error('locked')) }, { dataDir: DATA, dialog: { showErrorBox }, app: { quit } });
    expect(quit).toHaveBeenCalledTimes(1);
  });
});
