// The renderer's entry: one store over the client (the preload bridge or the web host).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPageClient } from './api/index.ts';
import { App } from './App.tsx';
import { createAppStore } from './store/createAppStore.ts';
import { StoreProvider } from './store/StoreContext.tsx';
import './styles/index.css';

const store = createAppStore(createPageClient());
// Asked for before React renders anything, so the host answers while the page builds itself (issue 14).
void store.getState().open();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
