// The one way the renderer reaches data: a client over the Electron preload's bridge when it
// is there, otherwise over HTTP to the loopback web host. Both speak the same typed contract.
import type { AfterviewApi } from '../../../shared/ipc/contract.ts';
import { createClient, type AfterviewClient } from './client.ts';
import { createElectronTransport } from './electron-transport.ts';
import { createHttpTransport, takeToken } from './http-transport.ts';
import type { Transport } from './transport.ts';

declare global {
  interface Window {
    afterview?: AfterviewApi;
  }
}

function pickTransport(): Transport {
  if (window.afterview) return createElectronTransport(window.afterview);
  return createHttpTransport(takeToken(window.location, window.history, window.sessionStorage));
}

export function createPageClient(): AfterviewClient {
  return createClient(pickTransport());
}
