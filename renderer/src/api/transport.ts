// What carries the contract between the page and a host: the Electron preload's bridge, the
// web host over HTTP, or the app service in the same process (tests). A transport only
// carries; it also says which of the page-side capabilities (clipboard, mail, links, the
// data folder) its host really serves, so the client can decide each of them once.
import type { Channel, EventName, EventPayloads, RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import type { CapabilityChannel } from '../../../shared/ipc/capabilities.ts';
import type { Result } from '../../../shared/ipc/result.ts';

export interface Transport {
  /** Sends one request on a channel and resolves to the host's answer; never throws. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Listens to one of the host's events; returns the way to stop. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Whether the host does this itself; when it does not, the page does (page-capabilities.ts). */
  serves(capability: CapabilityChannel): boolean;
}
