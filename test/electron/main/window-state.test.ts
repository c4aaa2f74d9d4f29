import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen as electronScreen } from 'electron';
import type { BrowserWindow } from 'electron';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  initialWindowState,
  parseWindowState,
  readWindowState,
  restoreWindowBounds,
  trackWindowState,
  windowStateFile,
  writeWindowState,
  type DisplayLike,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../../electron/main/window-state.ts';

const laptop: DisplayLike = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const monitorLeft: DisplayLike = { workArea: { x: -1920, y: 0, width: 1920, height: 1040 } };

function inside(bounds: Rect, area: Rect): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('restoreWindowBounds', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    const restored = restoreWindowBounds(null, [laptop, monitorRight], monitorRight);
    expect(restored.maximized).toBe(false);
    expect(restored.bounds).toEqual({ x: 1440 + (2560 - DEFAULT_SIZE.width) / 2, y: (1400 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE });
  });

  it('shrinks the default size to a small primary display', () => {
    const small: DisplayLike = { workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(restoreWindowBounds(null, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });

  it('keeps a window exactly where it was when that place is still on a display', () => {
    const saved = state(1600, 100, 1200, 800, true);
    expect(restoreWindowBounds(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('brings back a window from a display that is no longer connected, centred on the primary one', () => {
    const onUnpluggedMonitor = state(3000, 200, 1000, 700);
    const restored = restoreWindowBounds(onUnpluggedMonitor, [laptop], laptop);
    expect(restored.bounds).toEqual({ x: 220, y: 25 + 88, width: 1000, height: 700 });
  });

  it('moves a window hanging off the edge fully onto the display it is mostly on', () => {
    const restored = restoreWindowBounds(state(1000, -50, 1000, 700), [laptop], laptop);
    expect(restored.bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
  });

  it('works with displays at negative coordinates (a monitor left of the primary)', () => {
    const saved = state(-1800, 100, 1200, 800);
    expect(restoreWindowBounds(saved, [laptop, monitorLeft], laptop)).toEqual(saved);
  });

  it('shrinks a window larger than its display, but never below the minimum size', () => {
    expect(restoreWindowBounds(state(0, 25, 3000, 2000), [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(restoreWindowBounds(state(100, 100, 200, 100), [laptop], laptop).bounds).toMatchObject(MIN_SIZE);
  });

  it('keeps the maximized flag, so the window is maximized on the display it was on', () => {
    expect(restoreWindowBounds(state(1500, 10, 1200, 800, true), [laptop, monitorRight], laptop).maximized).toBe(true);
  });

  it('never places a window outside every display (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -8000, max: 8000 }),
      y: fc.integer({ min: -8000, max: 8000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 6000 }),
    });
    const display = fc
      .record({
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -5000, max: 5000 }),
        width: fc.integer({ min: 640, max: 5000 }),
        height: fc.integer({ min: 480, max: 3000 }),
      })
      .map((workArea): DisplayLike => ({ workArea }));
    fc.assert(
      fc.property(
        fc.option(rect, { nil: null }),
        fc.array(display, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (bounds, displays, maximized) => {
          const primary = displays[0] as DisplayLike;
          const restored = restoreWindowBounds(bounds ? { bounds, maximized } : null, displays, primary);
          expect(displays.some((d) => inside(restored.bounds, d.workArea))).toBe(true);
          expect(Number.isInteger(restored.bounds.x) && Number.isInteger(restored.bounds.y)).toBe(true);
        },
      ),
    );
  });
});

describe('parseWindowState', () => {
  it('accepts what writeWindowState writes and rejects anything else', () => {
    expect(parseWindowState(state(1, 2, 800, 600, true))).toEqual(state(1, 2, 800, 600, true));
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 800, height: 600 } })).toBeNull();
  });
});

describe('the window-state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through an atomic write that leaves no temporary file behind', () => {
    const file = windowStateFile(dir);
    writeWindowState(file, state(10, 20, 900, 700, true));
    writeWindowState(file, state(30, 40, 1000, 750, false));
    expect(readWindowState(file)).toEqual(state(30, 40, 1000, 750, false));
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('reads a missing, truncated or foreign file as no saved state', () => {
    const file = windowStateFile(dir);
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": 800}');
    expect(readWindowState(file)).toBeNull();
  });

  it('initialWindowState restores the saved state onto the displays Electron reports', () => {
    const file = windowStateFile(dir);
    // The mock screen has a 1920x1040 primary and a 1280x1024 display to its right.
    writeWindowState(file, state(2000, 50, 1000, 700, true));
    expect(initialWindowState(file, electronScreen)).toEqual(state(2000, 50, 1000, 700, true));
    writeWindowState(file, state(9000, 50, 1000, 700, false));
    expect(initialWindowState(file, electronScreen).bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });
});

// Checked by the type checker: main.ts passes a real BrowserWindow to trackWindowState.
const _browserWindowIsTracked: BrowserWindow extends TrackedWindow ? true : never = true;

class FakeWindow implements TrackedWindow {
  listeners = new Map<string, (() => void)[]>();
  normal: Rect = { x: 100, y: 100, width: 1200, height: 800 };
  maximized = false;
  minimized = false;
  fullScreen = false;
  destroyed = false;
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  getNormalBounds = () => ({ ...this.normal });
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
  isFullScreen = () => this.fullScreen;
  isDestroyed = () => this.destroyed;
}

describe('trackWindowState', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    vi.useFakeTimers();
    dir = mkdtempSync(path.join(os.tmpdir(), 'afterview-window-track-'));
    file = windowStateFile(dir);
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes once, after the moving and resizing has stopped for the debounce time', () => {
    const win = new FakeWindow();
    trackWindowState(win, { file, debounceMs: 500 });
    for (let i = 0; i < 20; i++) {
      win.normal = { ...win.normal, x: 100 + i };
      win.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(readWindowState(file)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(readWindowState(file)).toEqual({ bounds: { x: 119, y: 100, width: 1200, height: 800 }, maximized: false });
  });

  it('saves the maximized flag with the normal bounds, so un-maximizing next time restores the old size', () => {
    const win = new FakeWindow();
    trackWindowState(win, { file, debounceMs: 10 });
    win.maximized = true;
    win.emit('maximize');
    vi.advanceTimersByTime(10);
    expect(readWindowState(file)).toEqual({ bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: true });
  });

  it('writes at once when the window closes, without waiting for the debounce', () => {
    const win = new FakeWindow();
    trackWindowState(win, { file, debounceMs: 10_000 });
    win.normal = { x: 5, y: 6, width: 900, height: 700 };
    win.emit('resize');
    win.emit('close');
    expect(readWindowState(file)?.bounds).toEqual({ x: 5, y: 6, width: 900, height: 700 });
  });

  it('does not record a minimized or full-screen window as un-maximized', () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, { file, debounceMs: 10 });
    win.maximized = true;
    win.emit('maximize');
    win.minimized = true;
    win.maximized = false; // some platforms report false while minimized
    win.emit('resize');
    tracker.save();
    expect(readWindowState(file)?.maximized).toBe(true);
  });

  it('reports a write that fails and keeps going', () => {
    const win = new FakeWindow();
    const onError = vi.fn();
    trackWindowState(win, { file: path.join(dir, 'missing-folder', 'window-state.json'), onError });
    win.emit('close');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('dispose cancels a pending write', () => {
    const win = new FakeWindow();
    const tracker = trackWindowState(win, { file, debounceMs: 10 });
    win.emit('move');
    tracker.dispose();
    vi.advanceTimersByTime(100);
    expect(readWindowState(file)).toBeNull();
  });
});
