// Runs in the sandboxed page before it loads. It exposes one method per channel and an
// event subscription, and nothing else: the page never sees ipcRenderer or an IPC event.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/channels.ts';

const api: Record<string, unknown> = {};
for (const channel of CHANNEL_NAMES) {
  api[channel] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
api.on = (event: string, listener: (payload: unknown) => void) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event) || typeof listener !== 'function') return () => {};
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
};

contextBridge.exposeInMainWorld('afterview', Object.freeze(api));
