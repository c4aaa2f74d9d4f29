// The renderer's entry: one store over the client (the preload bridge or the web host). It
// asks the host for the first screen before anything else, then loads the React tree: that
// chunk is most of the page's code, so its download, compile and run overlap the host's
// answer instead of coming before the question (issue 14).
import { createPageClient } from './api/index.ts';
import { createAppStore } from './store/createAppStore.ts';
import './styles/index.css';

const store = createAppStore(createPageClient());
void store.getState().open();
const root = document.getElementById('root');
if (root) {
  const { renderApp } = await import('./render-app.tsx');
  renderApp(root, store);
}
