// Stopping the web host on SIGINT/SIGTERM (issue 9): a failure to save is one sentence and
// a non-zero exit, not an unhandled rejection with a stack.
import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from '../../../node/web/shutdown.ts';

const DATA = '/srv/afterview';

function steps(overrides: { closeServer?: () => Promise<void>; closeRuntime?: () => Promise<void> } = {}) {
  const said: string[] = [];
  const exit = vi.fn();
  const closeServer = vi.fn(overrides.closeServer ?? (async () => undefined));
  const closeRuntime = vi.fn(overrides.closeRuntime ?? (async () => undefined));
  return {
    said,
    exit,
    closeServer,
    closeRuntime,
    stop: createShutdown({ dataDir: DATA, closeServer, closeRuntime, say: (line) => said.push(line), exit }),
  };
}

describe('createShutdown', () => {
  it('closes the server, then saves, then exits 0, once however many signals arrive', async () => {
    const s = steps();
    await Promise.all([s.stop(), s.stop()]);
    expect(s.closeServer).toHaveBeenCalledTimes(1);
    expect(s.closeRuntime).toHaveBeenCalledTimes(1);
    expect(s.said).toEqual([]);
    expect(s.exit.mock.calls).toEqual([[0]]);
  });

  it('says a failed save in one sentence and exits 1', async () => {
    const s = steps({
      closeRuntime: () =>
        Promise.reject(
          Object.assign(new Error("EACCES: permission denied, rename '/srv/afterview/afterview.json.tmp'"), { code: 'EACCES' }),
        ),
    });
    await expect(s.stop()).resolves.toBeUndefined();
    expect(s.said).toEqual([
      `Afterview could not save your latest changes to ${DATA} before it stopped (you do not have permission to change it). What was saved before is safe; make sure the folder can be written to, then open Afterview again and check your last changes.`,
    ]);
    expect(s.said[0]).not.toContain('\n');
    expect(s.exit.mock.calls).toEqual([[1]]);
  });

  it('still saves when closing the server fails', async () => {
    const s = steps({ closeServer: () => Promise.reject(new Error('server gone')) });
    await s.stop();
    expect(s.closeRuntime).toHaveBeenCalledTimes(1);
    expect(s.said[0]).toMatch(/\(server gone\)/);
    expect(s.exit.mock.calls).toEqual([[1]]);
  });
});
