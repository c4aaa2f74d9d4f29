// Wires the contract router to Electron's IPC. The only file in the main process that
// touches ipcMain; everything it does is checked in contract-router.ts and security.ts.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type EventName, type EventPayloads } from '../../shared/ipc/contract.ts';
import type { Router } from '../../node/services/contract-router.ts';
import { isTrustedSender } from './security.ts';

export function registerIpc(router: Router): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      router.dispatch(channel, payload, isTrustedSender(event.senderFrame)),
    );
  }
}

export function sendToWindow<E extends EventName>(win: BrowserWindow | null, event: E, payload: EventPayloads[E]): void {
  if (win && !win.isDestroyed()) win.webContents.send(event, payload);
}
