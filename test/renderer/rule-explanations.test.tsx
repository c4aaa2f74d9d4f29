// Each rule id shown in a why opens a one-paragraph explanation of its rule (issue 10).
import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RULE_EXPLANATIONS } from '../../shared/engine/rule-explanations.ts';
import { usePinnedClock } from './pinned-clock.ts';
import { renderApp, screen } from './render.tsx';

usePinnedClock();

describe('rule explanations', () => {
  it('has one paragraph for every rule, P1 to P16', () => {
    expect(Object.keys(RULE_EXPLANATIONS)).toEqual(Array.from({ length: 16 }, (_, i) => `P${i + 1}`));
    for (const { text } of Object.values(RULE_EXPLANATIONS)) expect(text.split('\n')).toHaveLength(1);
  });

  it('opens from the rule id in a card’s why, and closes again', async () => {
    const { store } = await renderApp();
    act(() => {
      store.getState().setView('board');
      store.getState().openPanel('app-northwind');
    });
    const panel = screen.getByRole('complementary');
    const p2 = within(panel).getAllByRole('button', { name: 'P2: Thank each interviewer, what this rule means' })[0]!;
    expect(p2.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(p2);
    expect(p2.getAttribute('aria-expanded')).toBe('true');
    const note = document.getElementById(p2.getAttribute('aria-controls')!)!;
    expect(note.textContent).toContain('Send a short thank-you note to each person who interviewed you');
    fireEvent.click(p2);
    expect(document.getElementById(note.id)).toBeNull();
  });

  it('opens from Today too', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setView('today'));
    const first = screen.getAllByRole('button', { name: /^P\d+: .*, what this rule means$/ })[0]!;
    fireEvent.click(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
  });
});
