// The contract over the Electron preload's bridge (electron/preload/preload.ts): one method
// per channel and an event subscription, nothing else. The desktop host serves every
// capability itself: the clipboard (text and HTML in one write), the shell for links, mail
// and the data folder.
import type { AfterviewApi } from '../../../shared/ipc/contract.ts';
import type { Transport } from './transport.ts';

export function createElectronTransport(bridge: AfterviewApi): Transport {
  return {
    call: (channel, request) => (bridge[channel] as (r: unknown) => Promise<never>)(request),
    on: (event, listener) => bridge.on(event, listener),
    serves: () => true,
  };
}
