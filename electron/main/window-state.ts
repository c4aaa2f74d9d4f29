// The main window opens where the user left it: same size, same place, maximized or not.
// The geometry is pure (restoreWindowBounds) and checked against the displays connected
// now, so a window last seen on an unplugged monitor never opens off-screen. The state is
// a small JSON file in the data folder, written atomically and debounced while the user
// drags, and once more when the window closes.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What window-state needs of an Electron Display. */
export interface DisplayLike {
  workArea: Rect;
}

/** What window-state needs of Electron's screen module (call it after the app is ready). */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** Below this the board shows less than two columns; the lead's window options should use it as minWidth/minHeight. */
export const MIN_SIZE = { width: 720, height: 480 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const WindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** A saved state, or null if it is missing, damaged or from something else. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function intersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function sizeWithin(width: number, height: number, area: Rect) {
  // The minimum gives way to a work area smaller than it (a tiny or heavily scaled screen).
  return {
    width: clamp(width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(height, Math.min(MIN_SIZE.height, area.height), area.height),
  };
}

function centred(width: number, height: number, area: Rect): Rect {
  const size = sizeWithin(width, height, area);
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window. The saved bounds are kept on the display they overlap most,
 * shrunk to fit its work area and moved fully inside it (a window straddling two displays
 * moves onto the one holding most of it). With no saved state, or one that touches no
 * display connected now, the window opens at the saved or default size, centred on the
 * primary display.
 */
export function restoreWindowBounds(saved: WindowState | null, displays: readonly DisplayLike[], primary: DisplayLike): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary.workArea), maximized: false };
  let best: DisplayLike | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const area = intersectionArea(saved.bounds, display.workArea);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  if (!best) return { bounds: centred(saved.bounds.width, saved.bounds.height, primary.workArea), maximized: saved.maximized };
  const area = best.workArea;
  const size = sizeWithin(saved.bounds.width, saved.bounds.height, area);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}

export function windowStateFile(dataDir: string): string {
  return path.join(dataDir, WINDOW_STATE_FILE);
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Missing or unreadable: the window opens at the default place, which is all this
    // file is for. Nothing of the user's data lives here.
    return null;
  }
}

/** Writes to a temporary file, flushes it and renames it over the old one, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${JSON.stringify(state)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** The saved state restored onto the displays connected now: pass the result to the BrowserWindow options. */
export function initialWindowState(file: string, screen: ScreenLike): WindowState {
  return restoreWindowBounds(readWindowState(file), screen.getAllDisplays(), screen.getPrimaryDisplay());
}

/** What trackWindowState needs of a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

export interface TrackOptions {
  file: string;
  /** Quiet time after the last move or resize before the file is written. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Told when the file cannot be written; the window keeps working either way. */
  onError?: (error: unknown) => void;
}

export interface WindowStateTracker {
  /** Writes the current state now (the app calls it before quitting). */
  save(): void;
  /** Stops the pending write; the listeners go with the window. */
  dispose(): void;
}

export function trackWindowState(win: TrackedWindow, options: TrackOptions): WindowStateTracker {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const debounceMs = options.debounceMs ?? 500;
  let pending: unknown = null;
  let last: WindowState | null = null;

  function capture(): WindowState | null {
    // getNormalBounds is the un-maximized, un-minimized size in every state. A minimized
    // or full-screen window says nothing about being maximized: keep the last answer.
    if (win.isDestroyed()) return last;
    const bounds = win.getNormalBounds();
    const maximized = win.isMinimized() || win.isFullScreen() ? (last?.maximized ?? false) : win.isMaximized();
    return { bounds, maximized };
  }

  function save() {
    if (pending !== null) clearTimer(pending);
    pending = null;
    const state = capture();
    if (!state) return;
    last = state;
    try {
      writeWindowState(options.file, state);
    } catch (error) {
      options.onError?.(error);
    }
  }

  function schedule() {
    if (pending !== null) clearTimer(pending);
    // Remember the state while it can be read; the write waits for the quiet.
    last = capture();
    pending = setTimer(save, debounceMs);
  }

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', save);

  return {
    save,
    dispose() {
      if (pending !== null) clearTimer(pending);
      pending = null;
    },
  };
}
