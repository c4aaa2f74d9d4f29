import type { Command } from '../../../shared/board/commands.ts';
import { useAppStore } from '../store/StoreContext.tsx';

type SettingsChange = Extract<Command, { type: 'updateSettings' }>['settings'];

/** Saves a change to the settings as one command. */
export function useUpdateSettings(): (settings: SettingsChange) => Promise<boolean> {
  const store = useAppStore();
  return (settings) => store.getState().dispatch({ type: 'updateSettings', settings });
}
