// Everything the page asks of the host besides the board's own changes: the clipboard, mail
// and links, import, export and backups, reading a dropped or pasted file, and the host's
// events. Components call these actions and never the client; a refusal reaches the user
// one way, as the host's sentence in an error toast, unless the caller shows it in place.
import type { StateCreator } from 'zustand';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import type { AfterviewClient } from '../api/client.ts';
import type { AppState, HostSlice, Report } from './types.ts';

export function createHostSlice(client: AfterviewClient): StateCreator<AppState, [], [], HostSlice> {
  return (_set, get) => {
    const toast: Report = (message) => void get().pushToast({ message, tone: 'error' });
    /** One request; its value, or null once the refusal is reported. */
    const ask = async <C extends Channel>(channel: C, request: RequestOf<C>, report: Report = toast): Promise<ResponseOf<C> | null> => {
      const call = client[channel] as unknown as (r: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
      const res = await call(request);
      if (res.ok) return res.value;
      report(res.error.message);
      return null;
    };
    const done = (value: unknown) => value !== null;

    return {
      copyToClipboard: async (payload) => done(await ask('clipboard:write', payload)),
      openMail: async (mail) => done(await ask('mail:open', mail)),
      openLink: async (url) => done(await ask('link:open', { url })),
      openDataFolder: async () => done(await ask('data:openFolder', undefined)),
      // A list that cannot be read shows as no backups, as it always has.
      listBackups: async () => (await ask('backups:list', undefined, () => {})) ?? [],
      async importData(file) {
        const summary = await ask('data:import', file);
        if (summary) await get().load();
        return summary;
      },
      exportData: (format) => ask('data:export', { format }),
      async restoreBackup(id) {
        const restored = done(await ask('backups:restore', { id }));
        if (restored) await get().load();
        return restored;
      },
      proposeCapture: (file, report) => ask('capture:propose', file, report),
      fetchPosting: (url) => ask('capture:fetchPosting', { url }),
      async applyCapture(file) {
        const applied = done(await ask('capture:apply', file));
        if (applied) await get().load();
        return applied;
      },
      onHostEvent: (event, listener) => client.on(event, listener),
    };
  };
}
