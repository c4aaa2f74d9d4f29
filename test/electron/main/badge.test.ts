import { beforeEach, describe, expect, it } from 'vitest';
import { app as electronApp } from 'electron';
import { badgeSupported, setDueBadge } from '../../../electron/main/badge.ts';
import { app } from '../../mocks/electron.ts';

beforeEach(() => app.setBadgeCount.mockClear());

describe('setDueBadge', () => {
  it('shows the due count on the macOS dock and the Linux launcher', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      app.setBadgeCount.mockClear();
      expect(setDueBadge(3, electronApp, platform)).toBe(true);
      expect(app.setBadgeCount).toHaveBeenCalledWith(3);
    }
  });

  it('clears the badge when nothing is due, and never shows a negative or fractional count', () => {
    setDueBadge(0, electronApp, 'darwin');
    setDueBadge(-2, electronApp, 'darwin');
    setDueBadge(2.9, electronApp, 'darwin');
    setDueBadge(Number.NaN, electronApp, 'darwin');
    expect(app.setBadgeCount.mock.calls).toEqual([[0], [0], [2], [0]]);
  });

  it('leaves Windows alone, where Electron has no badge count', () => {
    expect(badgeSupported('win32')).toBe(false);
    expect(setDueBadge(3, electronApp, 'win32')).toBe(false);
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('passes on whether the system accepted the badge', () => {
    app.setBadgeCount.mockReturnValueOnce(false);
    expect(setDueBadge(1, electronApp, 'linux')).toBe(false);
  });
});
