// What the web host itself can do for the page. It serves the data, the export's content
// and the platform, and nothing that needs the user's screen: no clipboard, links, mail or
// data folder (shared/ipc/capabilities.ts). Those channels answer 'not_served', and the
// page does them itself (renderer/src/api/http-transport.ts declares that it must).
import type { HostCapabilities } from '../services/app-service.ts';

export function webHostCapabilities(dataDir: string, version: string): HostCapabilities {
  return {
    platform: { kind: 'web', dataDir, version, notifications: () => 'default' },
    deliverExport: async (file) => ({ fileName: file.fileName, content: file.content, mimeType: file.mimeType }),
  };
}
