// The real App over the fake API, for looking at screens without a web host.
// ?empty opens the first-run screen; ?now=ISO pins the clock.
import { createRoot } from 'react-dom/client';
import { App } from '../../../renderer/src/App.tsx';
import { createAppStore } from '../../../renderer/src/store/createAppStore.ts';
import { StoreProvider } from '../../../renderer/src/store/StoreContext.tsx';
import '../../../renderer/src/styles/index.css';
import { createFakeApi } from '../fake-api.ts';
import { boardDocument } from '../fixtures.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { shiftedClock } from '../../../shared/time/clock.ts';
import { browserClock } from '../../../renderer/src/lib/clock.ts';

const params = new URLSearchParams(location.search);
const now = params.get('now') ? new Date(params.get('now')!) : browserClock();
const api = createFakeApi(params.has('empty') ? emptyDocument() : boardDocument(now));
const store = createAppStore(api, { clock: shiftedClock(now, browserClock) });
(window as unknown as { __store: unknown }).__store = store;
createRoot(document.getElementById('root')!).render(
  <StoreProvider store={store}>
    <App />
  </StoreProvider>,
);
