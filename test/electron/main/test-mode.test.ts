import { describe, expect, it } from 'vitest';
import { createTestRecorder, exposeTestHooks, TEST_HOOKS_GLOBAL, testClockFrom } from '../../../electron/main/test-mode.ts';
import { Notification, Tray } from '../../mocks/electron.ts';

const TEST = { AFTERVIEW_TEST_MODE: '1' };

describe('testClockFrom', () => {
  it('is the real clock without the flag', () => {
    expect(testClockFrom(['electron', '.'], TEST)).toEqual({ ok: true, start: null });
  });

  it('takes --test-clock=VALUE or --test-clock VALUE in test mode', () => {
    expect(testClockFrom(['electron', '.', '--test-clock=2026-12-01T10:00:00Z'], TEST)).toEqual({
      ok: true,
      start: new Date('2026-12-01T10:00:00Z'),
    });
    expect(testClockFrom(['electron', '.', '--test-clock', '2026-12-01T10:00:00Z'], TEST)).toEqual({
      ok: true,
      start: new Date('2026-12-01T10:00:00Z'),
    });
  });

  it('refuses it outside test mode, and a value that is not a date, saying the real clock is used', () => {
    const outside = testClockFrom(['electron', '.', '--test-clock=2026-12-01T10:00:00Z'], {});
    expect(outside).toEqual({ ok: false, message: expect.stringMatching(/only for Afterview's own tests.*computer's clock/) });
    expect(testClockFrom(['electron', '.', '--test-clock=soon'], TEST)).toEqual({
      ok: false,
      message: expect.stringMatching(/not "soon"/),
    });
  });
});

describe('the test recorder', () => {
  it('remembers each real notification created and clicks one as the system would', () => {
    const recorder = createTestRecorder();
    const Recorded = recorder.recordNotifications(Notification);
    expect(Recorded.isSupported()).toBe(true);
    const clicked: string[] = [];
    const first = new Recorded({ title: 'Send a thank-you note', body: 'Dana at Contoso' });
    first.on('click', () => clicked.push('first'));
    const second = new Recorded({ title: 'Ask for an update', body: 'Orbit' });
    second.on('click', () => clicked.push('second'));
    expect(first).toBeInstanceOf(Notification);
    expect(recorder.hooks.notifications()).toEqual([
      { title: 'Send a thank-you note', body: 'Dana at Contoso' },
      { title: 'Ask for an update', body: 'Orbit' },
    ]);
    expect(recorder.hooks.clickNotification()).toBe(true);
    expect(recorder.hooks.clickNotification(0)).toBe(true);
    expect(clicked).toEqual(['second', 'first']);
    expect(recorder.hooks.clickNotification(5)).toBe(false);
  });

  it("remembers the tray's tooltip and still sets it on the real tray", () => {
    const recorder = createTestRecorder();
    expect(recorder.hooks.trayToolTip()).toBeNull();
    const RecordedTray = recorder.recordTray(Tray);
    const tray = new RecordedTray({});
    tray.setToolTip('Afterview — 2 actions due');
    expect(recorder.hooks.trayToolTip()).toBe('Afterview — 2 actions due');
    expect(Tray.instances.at(-1)).toBe(tray);
  });

  it('puts the hooks on the global object under one name', () => {
    const target: Record<string, unknown> = {};
    const { hooks } = createTestRecorder();
    exposeTestHooks(hooks, target);
    expect(target[TEST_HOOKS_GLOBAL]).toBe(hooks);
  });
});
