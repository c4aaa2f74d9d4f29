// The one client the store talks to, built over any transport: one method per channel of the
// contract, and event subscription. The page-side capabilities are decided here, once: the
// host's when its transport says it serves them, the page's own otherwise.
import { CHANNEL_NAMES, type AfterviewApi, type Channel } from '../../../shared/ipc/contract.ts';
import { isCapabilityChannel } from '../../../shared/ipc/capabilities.ts';
import { browserPage, type PageCapabilities } from './page-capabilities.ts';
import type { Transport } from './transport.ts';

export type AfterviewClient = AfterviewApi;

export function createClient(transport: Transport, page: PageCapabilities = browserPage()): AfterviewClient {
  const route = (channel: Channel) => {
    if (isCapabilityChannel(channel) && !transport.serves(channel)) return page[channel] as (request: unknown) => Promise<unknown>;
    return (request: unknown) => transport.call(channel, request as never);
  };
  const methods = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, route(channel)]));
  return { ...methods, on: (event, listener) => transport.on(event, listener) } as AfterviewClient;
}
