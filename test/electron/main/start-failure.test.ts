// A desktop start that fails (issue 9): a dialog with a sentence, no tray icon left behind,
// the data lock released, exit code 1 — with Electron's app, Tray and Menu from the mock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, Menu as ElectronMenu, nativeImage as electronNativeImage, Tray as ElectronTray } from 'electron';
import { Tray } from '../../mocks/electron.ts';
import { createTrayController, type TrayController } from '../../../electron/main/tray.ts';
import { START_FAILURE_TITLE, startFailureMessage, startOrExplain } from '../../../electron/main/start-failure.ts';
import { DataLockedError } from '../../../node/services/storage/lock.ts';

const DATA = '/home/sam/.config/Afterview';
const errno = (code: string) => Object.assign(new Error(`${code}: something, open '${DATA}/afterview.lock'`), { code });

afterEach(() => {
  vi.mocked(app.exit).mockClear();
  Tray.instances.length = 0;
});

describe('startFailureMessage', () => {
  it('names the web host that holds the data, and what to do', () => {
    const error = new DataLockedError({ pid: 4242, owner: 'web', hostname: 'here', since: '' });
    expect(startFailureMessage(error, DATA)).toBe(
      'Afterview is already running in a web browser (the web host, process 4242) and holds your data. Stop it (Ctrl+C in its terminal), then open Afterview again.',
    );
    expect(startFailureMessage(new DataLockedError({ pid: 7, owner: 'cli', hostname: 'here', since: '' }), DATA)).toMatch(
      /^An Afterview command is changing your data/,
    );
    expect(startFailureMessage(new DataLockedError({ pid: 7, owner: 'app', hostname: 'here', since: '' }), DATA)).toMatch(
      /^Another copy of Afterview \(process 7\)/,
    );
  });

  it('names the lock file, for when the holder is really gone', () => {
    const error = new DataLockedError({ pid: 7, owner: 'app', hostname: 'here', since: '' }, `${DATA}/afterview.lock`);
    expect(startFailureMessage(error, DATA)).toMatch(new RegExp(`delete the lock file ${DATA}/afterview\\.lock and try again\\.$`));
  });

  it('says a read-only disk or a refused permission in words, naming the folder', () => {
    expect(startFailureMessage(errno('EROFS'), DATA)).toBe(
      `Afterview cannot write to its data folder ${DATA}: the disk it is on is read-only. Fix that (or set AFTERVIEW_DATA_DIR to a folder you can write to), then open Afterview again.`,
    );
    for (const code of ['EACCES', 'EPERM'])
      expect(startFailureMessage(errno(code), DATA)).toContain(': you do not have permission to change it.');
  });

  it('gives anything else as one sentence, without a stack', () => {
    const error = new Error('renderer folder missing.\n    at start (main.ts:1:1)');
    const sentence = startFailureMessage(error, DATA);
    expect(sentence).toBe(
      `Afterview could not start (renderer folder missing). Your data in ${DATA} was not changed; open Afterview again, and if this keeps happening, report it with this message.`,
    );
    expect(startFailureMessage('weird', DATA)).toMatch(/^Afterview could not start \(weird\)\./);
  });
});

describe('startOrExplain', () => {
  function setup() {
    let tray: TrayController | null = null;
    const runtime = { close: vi.fn(async () => undefined) };
    let runtimeStarted = false;
    const showErrorBox = vi.fn();
    const deps = {
      dataDir: () => DATA,
      tray: () => tray,
      runtime: () => (runtimeStarted ? runtime : null),
      dialog: { showErrorBox },
      app,
      log: vi.fn(),
    };
    const createTray = () => {
      tray = createTrayController({
        Tray: ElectronTray,
        Menu: ElectronMenu,
        nativeImage: electronNativeImage,
        iconPath: '/icon.png',
        onOpen: () => {},
        onQuit: () => {},
        platform: 'linux',
      });
    };
    return { deps, createTray, runtime, showErrorBox, startRuntime: () => (runtimeStarted = true) };
  }

  it('on a start that rejects after creating the tray: destroys the icon, shows the sentence, exits 1', async () => {
    const { deps, createTray, showErrorBox } = setup();
    await startOrExplain(async () => {
      createTray();
      throw new DataLockedError({ pid: 4242, owner: 'web', hostname: 'here', since: '' });
    }, deps);
    expect(Tray.instances).toHaveLength(1);
    expect(Tray.instances[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(showErrorBox).toHaveBeenCalledWith(START_FAILURE_TITLE, expect.stringMatching(/^Afterview is already running in a web browser/));
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('closes a runtime that had started (releasing the lock), even when a later step throws synchronously', async () => {
    const { deps, createTray, runtime, showErrorBox, startRuntime } = setup();
    await startOrExplain(() => {
      createTray();
      startRuntime();
      throw errno('EROFS');
    }, deps);
    expect(runtime.close).toHaveBeenCalledTimes(1);
    expect(Tray.instances[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(showErrorBox.mock.calls[0]![1]).toMatch(/read-only/);
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('still shows the dialog and exits when closing the runtime fails too, and does nothing on success', async () => {
    const { deps, runtime, showErrorBox, startRuntime } = setup();
    runtime.close.mockRejectedValueOnce(new Error('disk gone'));
    await expect(
      startOrExplain(async () => {
        startRuntime();
        throw new Error('boom');
      }, deps),
    ).resolves.toBeUndefined();
    expect(deps.log).toHaveBeenCalledWith('closing after a failed start: disk gone');
    expect(showErrorBox).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);

    const fresh = setup();
    vi.mocked(app.exit).mockClear();
    await startOrExplain(async () => undefined, fresh.deps);
    expect(fresh.showErrorBox).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });
});
