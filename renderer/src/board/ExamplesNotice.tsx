// While the first-run examples are on the board, a slim line says so and removes them all in
// one step (one undo), so a user who started with examples can begin their real search cleanly
// (issue 10).
import { useMemo } from 'react';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { isExample } from '../view-model/examples.ts';

export function ExamplesNotice() {
  const store = useAppStore();
  const apps = useApp((s) => s.doc?.applications);
  const readOnly = useApp((s) => s.readOnly);
  const ids = useMemo(() => (apps ?? []).filter((a) => isExample(a.id)).map((a) => a.id), [apps]);
  if (ids.length === 0 || readOnly) return null;
  const remove = async () => {
    const state = store.getState();
    if (await state.dispatch({ type: 'deleteApplications', ids })) {
      state.pushToast({
        message: `Removed the ${ids.length} examples.`,
        tone: 'info',
        action: { label: 'Undo', run: () => void store.getState().undo() },
      });
    }
  };
  return (
    <div className="examples-notice" role="region" aria-label="Examples">
      <p>
        {ids.length === 1 ? 'One card is an example.' : `${ids.length} cards are examples.`} Remove them when you are ready to add your own.
      </p>
      <button type="button" className="button button--small" onClick={() => void remove()}>
        Remove the examples
      </button>
    </div>
  );
}
