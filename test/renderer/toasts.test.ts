// Toasts no longer stack three high over the buttons (issue 10): one message of each tone
// at a time, the newest replacing the last.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/src/store/createAppStore.ts';
import { disconnectedClient } from './test-host.ts';
import { fixedClock } from '../../shared/time/clock.ts';

// Tuesday 1 December 2026 10:00 UTC.
const store = () => createAppStore(disconnectedClient(), { clock: fixedClock(new Date('2026-12-01T10:00:00.000Z')) });

describe('toasts', () => {
  it('keeps only the newest info message', () => {
    const s = store();
    for (const message of ['Moved Orbit to Interviewing.', 'Copied the message.', 'Marked the thank-you note as sent.'])
      s.getState().pushToast({ message, tone: 'info' });
    expect(s.getState().toasts.map((t) => t.message)).toEqual(['Marked the thank-you note as sent.']);
  });

  it('keeps an error beside the newest info message, until it is replaced or dismissed', () => {
    const s = store();
    s.getState().pushToast({ message: 'The clipboard is not available.', tone: 'error' });
    s.getState().pushToast({ message: 'Copied the subject line.', tone: 'info' });
    expect(s.getState().toasts.map((t) => t.tone)).toEqual(['error', 'info']);
    s.getState().pushToast({ message: 'That application is no longer on the board.', tone: 'error' });
    expect(s.getState().toasts.map((t) => t.message)).toEqual(['Copied the subject line.', 'That application is no longer on the board.']);
  });
});
