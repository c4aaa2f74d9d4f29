import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app as electronApp } from 'electron';
import { setupSingleInstance } from '../../../electron/main/single-instance.ts';
import { app } from '../../mocks/electron.ts';

beforeEach(() => {
  app.requestSingleInstanceLock.mockClear();
  app.on.mockClear();
  app.quit.mockClear();
});

describe('setupSingleInstance', () => {
  it('quits a second copy and tells the caller not to go on', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const onSecond = vi.fn();
    expect(setupSingleInstance(electronApp, onSecond)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('hands a later launch, with its command line, to the running copy', () => {
    const onSecond = vi.fn();
    expect(setupSingleInstance(electronApp, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    const [event, listener] = app.on.mock.calls[0] as unknown as [string, (e: unknown, argv: string[], cwd: string) => void];
    expect(event).toBe('second-instance');
    listener({}, ['/opt/Afterview/afterview', '--hidden'], '/home/me');
    expect(onSecond).toHaveBeenCalledWith(['/opt/Afterview/afterview', '--hidden']);
  });
});
