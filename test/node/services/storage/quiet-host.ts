// A host that does nothing but answer, for driving the app service without a page: the
// storage tests, the IPC fault writer and the storage bench (no vitest in here, so plain
// node child processes and benches can use it).
import type { HostCapabilities } from '../../../../node/services/app-service.ts';

export function quietHost(dataDir: string, kind: 'web' | 'desktop' = 'web'): HostCapabilities {
  return {
    platform: { kind, dataDir, version: 'test', notifications: () => 'default' },
    writeClipboard: () => undefined,
    openExternal: async () => undefined,
    openDataFolder: async () => undefined,
    deliverExport: async (f) => ({ fileName: f.fileName, content: f.content, mimeType: f.mimeType }),
  } as HostCapabilities;
}

/** The reminder scheduler's page-facing side, answering that nothing is due. */
export const quietReminders = {
  feed: () => ({ items: [], reason: null }),
  confirmShown: () => undefined,
  dismiss: () => undefined,
  snooze: () => undefined,
};
