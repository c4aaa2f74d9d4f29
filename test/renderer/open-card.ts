// Renders the app on the board with one card's panel open: the start of every panel test.
import { act } from '@testing-library/react';
import { renderApp, screen } from './render.tsx';

export async function openCard(id: string) {
  const r = await renderApp();
  act(() => {
    r.store.getState().setView('board');
    r.store.getState().openPanel(id);
  });
  const panel = screen.getByRole('complementary');
  return { ...r, panel };
}
