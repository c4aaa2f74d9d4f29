// In the web host the page shows what it owes as a browser notification where the browser
// allows it, else in the banner (useReminderDelivery). The permission is read once the page
// has painted (issue 14: reading it held the first paint); a reminder that arrives before
// that must still become a notification, never a banner the browser would not have needed.
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOW, renderApp, screen, startHost } from './render.tsx';
import { App } from '../../renderer/src/App.tsx';
import { boardDocument, PAGE_REMINDER } from './fixtures.ts';

// Sunday 22 November 2026, 12:00 UTC (render.tsx's NOW): the reminder was due at 08:00.
const item = PAGE_REMINDER;

/** A browser Notification whose permission is `permission`; its instances say they were shown. */
function stubNotification(permission: NotificationPermission) {
  const shown: string[] = [];
  const read = vi.fn(() => permission);
  class FakeNotification {
    onshow: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onclick: (() => void) | null = null;
    static get permission() {
      return read();
    }
    constructor(title: string) {
      shown.push(title);
      queueMicrotask(() => this.onshow?.());
    }
    close() {}
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, read };
}

/** What the page told the host it showed of this test's reminder (the board has its own too). */
const shownCalls = (api: { calls: { channel: string; request: unknown }[] }) =>
  api.calls
    .filter((c) => c.channel === 'reminders:shown')
    .map((c) => c.request as { ids: string[]; via: string })
    .filter((r) => r.ids.includes(item.id));

// "After the paint" on the test's word, so a reminder can come before it.
const paint = vi.hoisted(() => {
  let waiting: (() => void)[] = [];
  return {
    hold: false,
    wait(): Promise<void> {
      if (!paint.hold) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      paint.hold = false;
      const all = waiting;
      waiting = [];
      all.forEach((resolve) => resolve());
    },
  };
});
vi.mock('../../renderer/src/lib/afterPaint.ts', () => ({ afterPaint: () => paint.wait() }));

afterEach(() => {
  paint.release();
  cleanup();
  vi.unstubAllGlobals();
});

describe('reminders owed to a web page', () => {
  it('become a notification where the browser allows it, even when they come before the permission is read', async () => {
    const { shown, read } = stubNotification('granted');
    const host = await startHost(boardDocument(NOW), { kind: 'web' });
    paint.hold = true;
    const { api } = await renderApp(undefined, <App />, host);
    // The page has not painted yet, so the permission is not read: the reminder waits.
    act(() => api.emit('reminders:changed', { items: [item], reason: null }));
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Reminders' })).toBeNull();
    expect(shownCalls(api)).toEqual([]);
    // Painted: the permission is read, and the reminder becomes a notification, not a banner.
    await act(async () => paint.release());
    await waitFor(() => expect(shown).toEqual([item.title]));
    await waitFor(() => expect(shownCalls(api)).toEqual([{ ids: [item.id], via: 'notification' }]));
    expect(screen.queryByRole('list', { name: 'Reminders' })).toBeNull();
  });

  it('go to the banner where the browser refuses notifications, and are confirmed once', async () => {
    const { shown, read } = stubNotification('denied');
    const host = await startHost(boardDocument(NOW), { kind: 'web' });
    const { api } = await renderApp(undefined, <App />, host);
    act(() => api.emit('reminders:changed', { items: [item], reason: null }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Reminders' }).textContent).toContain(item.title));
    await waitFor(() => expect(shownCalls(api)).toEqual([{ ids: [item.id], via: 'banner' }]));
    expect(shown).toEqual([]);
    expect(read).toHaveBeenCalled();
  });
});
