// A field's accessible name is its label alone; the hint and the unit describe it through
// aria-describedby (issue 10: hint text inside <label> made long accessible names).
import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

describe('field names', () => {
  it('"Your matching skills" is named by its label, and its hint describes it', async () => {
    const { store } = await renderApp();
    act(() => {
      store.getState().setView('board');
      store.getState().openPanel('app-northwind');
    });
    const panel = screen.getByRole('complementary');
    const skills = within(panel).getByRole('textbox', { name: 'Your matching skills' });
    const described = skills
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ');
    expect(described).toContain('A few words the drafts can use');
  });
});
