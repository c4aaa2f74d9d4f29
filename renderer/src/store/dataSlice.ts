// The document, kept in step with the main process. A command is applied here first (the
// board moves at once), then sent; the main process applies the same command, so both
// agree. If it refuses, the user sees its sentence and the board refetches the truth.
import type { StateCreator } from 'zustand';
import type { AfterviewClient } from '../api/client.ts';
import { applyCommand, CommandError } from '../../../shared/board/apply.ts';
import type { ChangeAck, StateSnapshot } from '../../../shared/ipc/contract.ts';
import { selectOverdueCount } from './selectors.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import type { AppState, DataSlice } from './types.ts';

export function createDataSlice(api: AfterviewClient): StateCreator<AppState, [], [], DataSlice> {
  // Commands sent and not yet answered. While any is in flight, a "changed" event for our own
  // command must not trigger a refetch that would briefly undo a later local change.
  let inFlight = 0;
  let newestSeen = 0;
  // The host repeats its notice in every snapshot; one the user closed stays closed (a new one still shows).
  let dismissedNotice: string | null = null;

  return (set, get) => {
    const ack = (value: ChangeAck) => {
      newestSeen = Math.max(newestSeen, value.revision);
      set({ revision: value.revision, canUndo: value.canUndo, canRedo: value.canRedo });
    };
    const fail = (message: string) => {
      get().pushToast({ message, tone: 'error' });
    };
    // The app chooses its opening view once, from the first counts it sees: the first
    // screen's, or the whole document's when there was none.
    let viewDecided = false;
    const decideView = (overdue: number) => {
      if (viewDecided) return;
      viewDecided = true;
      // The app opens on Today when anything is overdue, decided before the first paint of
      // the board so the screen does not switch under the user (React batches both updates).
      // Not if the user already went somewhere while the data was on its way.
      if (!get().viewChosen && !get().panel && overdue > 0) set({ view: 'today' });
    };
    const apply = (s: StateSnapshot) => {
      const firstLoad = get().doc === null;
      // Loads can overlap (an undo's own load and the change event's); an answer older than
      // what is already shown must not put a stale board back on screen.
      if (!firstLoad && s.revision < get().revision) return;
      newestSeen = Math.max(newestSeen, s.revision);
      set({
        doc: s.doc,
        firstScreen: null,
        revision: s.revision,
        canUndo: s.canUndo,
        canRedo: s.canRedo,
        readOnly: s.readOnly,
        notice: s.notice === dismissedNotice ? null : s.notice,
        saveProblem: s.saveProblem ?? null,
        loadError: null,
      });
      if (firstLoad) decideView(selectOverdueCount(get()));
    };
    // Issue 14: before the first whole load, the top of each column, painted at once; a
    // small board comes whole. True when the whole state is in.
    let firstScreenAsked = false;
    const showFirstScreen = async (): Promise<boolean> => {
      firstScreenAsked = true;
      const first = await api['state:firstScreen'](undefined);
      // Without it (an error, a busy host) the whole load that follows shows the board or says why not.
      if (!first.ok || get().doc) return false;
      if (first.value.kind === 'whole') {
        apply(first.value.state);
        return true;
      }
      set({ firstScreen: first.value.screen });
      decideView(first.value.screen.counts.overdue);
      // Let it paint before the whole document is fetched and read, which at 20,000
      // applications holds the page for most of a second.
      await afterPaint();
      return false;
    };
    const loadOnce = async () => {
      const platform = get().platform ? null : api['platform:get'](undefined);
      const whole = !firstScreenAsked && get().doc === null && (await showFirstScreen());
      const [state, platformAnswer] = await Promise.all([whole ? null : api['state:get'](undefined), platform]);
      if (platformAnswer?.ok) set({ platform: platformAnswer.value });
      if (!state) return;
      if (!state.ok) {
        if (get().doc) fail(state.error.message);
        else set({ loadError: state.error.message, firstScreen: null });
        return;
      }
      apply(state.value);
    };
    // The load under way, so a change made while the whole document is still on its way
    // (on the first screen) waits for it instead of being dropped.
    let loading: Promise<void> | null = null;
    // The first load, started once however often it is asked for (the entry and the app's mount).
    let opening: Promise<void> | null = null;
    const load = () => {
      const current = loadOnce().finally(() => {
        if (loading === current) loading = null;
      });
      loading = current;
      return current;
    };
    const history = async (which: 'state:undo' | 'state:redo') => {
      if (get().readOnly) return;
      const res = await api[which](undefined);
      if (!res.ok) fail(res.error.message);
      await load();
    };

    return {
      doc: null,
      firstScreen: null,
      revision: 0,
      canUndo: false,
      canRedo: false,
      readOnly: false,
      notice: null,
      saveProblem: null,
      loadError: null,
      platform: null,
      load,
      open: () => opening ?? (opening = load()),
      async dispatch(cmd) {
        if (!get().doc && loading) await loading;
        const { doc, readOnly } = get();
        if (!doc) return false;
        if (readOnly) {
          fail(
            'This data file was written by a newer Afterview, so it is open read-only. Update the app to make changes; nothing was lost.',
          );
          return false;
        }
        try {
          set({ doc: applyCommand(doc, cmd) });
        } catch (error) {
          fail(error instanceof CommandError ? error.message : 'That change could not be made. Nothing was lost; try again.');
          return false;
        }
        inFlight += 1;
        const res = await api['state:command'](cmd);
        inFlight -= 1;
        if (!res.ok) {
          fail(`${res.error.message} Your board was reloaded; nothing else changed.`);
          await load();
          return false;
        }
        ack(res.value);
        if (inFlight === 0 && (newestSeen > res.value.revision || get().saveProblem)) await load();
        return true;
      },
      undo: () => history('state:undo'),
      redo: () => history('state:redo'),
      externalChange(revision) {
        newestSeen = Math.max(newestSeen, revision);
        if (inFlight === 0 && revision > get().revision) void load();
      },
      dismissNotice: () => {
        dismissedNotice = get().notice;
        set({ notice: null });
      },
    };
  };
}
