// Puts the services together the same way for every host: the desktop app's main process
// and the loopback web host differ only in the capabilities they pass in.
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import { fail } from '../../shared/ipc/result.ts';
import { createAppService, type AppService, type DataExchange, type HostCapabilities } from './app-service.ts';
import { createRouter, type Router } from './contract-router.ts';
import { openDocumentStore, type DocumentStore } from './storage/document-store.ts';
import type { BackendKind } from './storage/backend.ts';
import type { LockOwner } from './storage/lock.ts';
import { createDataExchange } from './host-exchange.ts';

export interface RuntimeOptions {
  dataDir: string;
  backend: BackendKind;
  lock: LockOwner;
  host: HostCapabilities;
  clock?: () => Date;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  log?: (message: string, error?: unknown) => void;
}

export interface Runtime {
  store: DocumentStore;
  service: AppService;
  router: Router;
  close(): Promise<void>;
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? (() => new Date());
  const store = await openDocumentStore({
    dataDir: options.dataDir,
    backend: options.backend,
    lock: options.lock,
    clock,
    onWriteError: (error) => options.log?.('could not write the data file; will retry', error),
  });
  const exchange: DataExchange = createDataExchange(store);
  const service = createAppService({
    store,
    host: options.host,
    exchange,
    clock,
    emit: options.emit,
    snooze: () => fail('unavailable', 'Snoozing reminders is not available yet.'),
  });
  const router = createRouter(service.handlers, options.log);
  return {
    store,
    service,
    router,
    async close() {
      await store.close();
    },
  };
}
