// The single door through which requests from the page reach the services, for both the
// Electron main process (ipcMain) and the loopback web host (HTTP). It drops unknown
// channels and foreign senders, validates every payload against the contract's schema,
// and turns thrown errors into a sentence, so a handler only ever sees well-formed input.
import { requestSchemas, type Channel, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract.ts';
import { fail, type Result } from '../../shared/ipc/result.ts';
import { parseWith } from '../../shared/ipc/validation.ts';
import { FOREIGN_SENDER, INTERNAL_FAILURE, unknownRequest } from './sentences.ts';

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<Result<ResponseOf<C>>> | Result<ResponseOf<C>> };

export interface Router {
  dispatch(channel: string, payload: unknown, senderTrusted: boolean): Promise<Result<unknown>>;
}

const isChannel = (name: string): name is Channel => Object.hasOwn(requestSchemas, name);

export function createRouter(handlers: Handlers, log: (message: string, error?: unknown) => void = () => {}): Router {
  return {
    async dispatch(channel, payload, senderTrusted) {
      if (!senderTrusted) {
        log(`refused ${channel}: sender is not the app's own page`);
        return fail('forbidden', FOREIGN_SENDER);
      }
      if (!isChannel(channel)) return fail('unknown_channel', unknownRequest(channel));
      const parsed = parseWith(requestSchemas[channel], payload, 'request');
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>> | Result<unknown>;
        return await handler(parsed.value);
      } catch (error) {
        log(`handler for ${channel} failed`, error);
        return fail('internal', INTERNAL_FAILURE);
      }
    },
  };
}
