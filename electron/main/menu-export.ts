// File > Export from the desktop menu. The page is not involved, so a failure must be said
// here: the Result of 'data:export' becomes a dialog with its sentence, never silence.
import type { Router } from '../../node/services/contract-router.ts';
import type { ExportFormat } from '../../shared/exchange/formats.ts';
import { EXPORT_FAILED_TITLE, EXPORT_UNEXPECTED } from './sentences.ts';

export interface MenuExportDependencies {
  /** Null while Afterview is quitting: there is nothing left to export from. */
  router: Router | null;
  showError(title: string, sentence: string): void;
}

/** Exports through the contract and shows any failure. Never rejects. */
export async function exportFromMenu(format: ExportFormat, deps: MenuExportDependencies): Promise<void> {
  if (!deps.router) return;
  let sentence: string | null;
  try {
    const result = await deps.router.dispatch('data:export', { format }, true);
    sentence = result.ok ? null : result.error.message;
  } catch {
    sentence = EXPORT_UNEXPECTED;
  }
  if (sentence) deps.showError(EXPORT_FAILED_TITLE, sentence);
}
