// The page's React tree, loaded as its own chunk: main.tsx asks the host for the first screen
// before this (most of the page's code) is fetched, compiled and run, so the two overlap (issue 14).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import type { AppStore } from './store/createAppStore.ts';
import { StoreProvider } from './store/StoreContext.tsx';

export function renderApp(root: HTMLElement, store: AppStore): void {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
