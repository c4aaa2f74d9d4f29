// The one way the renderer reaches data: the Electron preload's bridge when it is there,
// otherwise the loopback web host over HTTP. Both speak the same typed contract.
import type { AfterviewApi } from '../../../shared/ipc/contract.ts';
import { createWebClient, takeToken } from './web-client.ts';

declare global {
  interface Window {
    afterview?: AfterviewApi;
  }
}

function pick(): AfterviewApi {
  if (typeof window !== 'undefined' && window.afterview) return window.afterview;
  return createWebClient(takeToken(window.location, window.history, window.sessionStorage));
}

export const api: AfterviewApi = pick();
export const isDesktop = typeof window !== 'undefined' && Boolean(window.afterview);
