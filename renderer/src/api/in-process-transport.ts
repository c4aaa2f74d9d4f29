// The contract without a process boundary: requests go straight to a host's router (the
// real app service, in tests), copied on the way in and out as IPC and HTTP copy them, so
// the page never shares an object with the host.
import type { Channel, EventName } from '../../../shared/ipc/contract.ts';
import type { CapabilityChannel } from '../../../shared/ipc/capabilities.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import type { Transport } from './transport.ts';

/** The host's side, as node/services/contract-router.ts and the runtime's emit offer it. */
export interface InProcessHost {
  dispatch(channel: string, payload: unknown, senderTrusted: boolean): Promise<Result<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  /** The capabilities this host serves; the page does the rest. */
  serves: readonly CapabilityChannel[];
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

export function createInProcessTransport(host: InProcessHost): Transport {
  return {
    call: async (channel: Channel, request: unknown) => copy(await host.dispatch(channel, copy(request), true)) as never,
    on(event, listener) {
      return host.subscribe((name, payload) => {
        if (name === event) listener(copy(payload) as never);
      });
    },
    serves: (capability) => host.serves.includes(capability),
  };
}
