// Escape in Settings goes back to the board even while a radio button has focus (issue 10);
// a text field still keeps its keys.
import { act, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isTyping } from '../../renderer/src/hooks/useShortcuts.ts';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

describe('shortcuts and focused controls', () => {
  it('a radio or checkbox is not typing; a text field and a textarea are', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTyping(input('radio'))).toBe(false);
    expect(isTyping(input('checkbox'))).toBe(false);
    expect(isTyping(input('text'))).toBe(true);
    expect(isTyping(input('datetime-local'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
  });

  it('Escape in Settings with a radio focused goes back to the board', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setView('settings'));
    const radio = screen.getAllByRole('radio')[0]!;
    radio.focus();
    fireEvent.keyDown(radio, { key: 'Escape' });
    expect(store.getState().view).toBe('board');
  });
});
