// Adapts the storage and import/export services to what the app service asks of them.
import { fail, ok } from '../../shared/ipc/result.ts';
import type { DataExchange } from './app-service.ts';
import { exportContent, importContent } from './exchange/import-export.ts';
import { BackupUnavailableError, type DocumentStore } from './storage/document-store.ts';
import { BACKUP_GONE } from './sentences.ts';

export function createDataExchange(store: DocumentStore): DataExchange {
  return {
    importContent,
    exportContent,
    listBackups: () => store.listBackups(),
    async restoreBackup(id) {
      // The store only reads the backup (and keeps the present as one); the app service saves it.
      try {
        return ok(await store.restoreBackup(id));
      } catch (error) {
        if (error instanceof BackupUnavailableError) return fail('not_found', BACKUP_GONE);
        throw error;
      }
    },
    async backupBeforeImport() {
      await store.backup('import');
    },
  };
}
