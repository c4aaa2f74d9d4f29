// Adapts the storage and import/export services to what the app service asks of them.
import { fail, ok } from '../../shared/ipc/result.ts';
import type { DataExchange } from './app-service.ts';
import { exportContent, importContent } from './exchange/import-export.ts';
import type { DocumentStore } from './storage/document-store.ts';

export function createDataExchange(store: DocumentStore): DataExchange {
  return {
    importContent,
    exportContent,
    listBackups: () => store.listBackups(),
    async restoreBackup(id) {
      const known = (await store.listBackups()).some((b) => b.id === id);
      if (!known) return fail('not_found', 'That backup is no longer there. Pick another one from the list.');
      await store.restoreBackup(id);
      return ok(store.doc);
    },
    async backupBeforeImport() {
      await store.backup('import');
    },
  };
}
