// Puts the services together the same way for every host: the desktop app's main process
// and the loopback web host differ only in the capabilities they pass in.
import type { EventName, EventPayloads } from '../../shared/ipc/contract.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { computeAllActions } from '../../shared/engine/actions.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { createReminderScheduler, type ReminderGroup, type ReminderScheduler } from './reminders/scheduler.ts';
import { createAppService, type AppService, type DataExchange, type HostCapabilities } from './app-service.ts';
import { createRouter, type Router } from './contract-router.ts';
import { openDocumentStore, type DocumentStore } from './storage/document-store.ts';
import type { BackendKind } from './storage/backend.ts';
import type { LockOwner } from './storage/lock.ts';
import { createDataExchange } from './host-exchange.ts';
import { createEnginePasses, type EnginePasses } from './engine-passes.ts';

export interface RuntimeOptions {
  dataDir: string;
  backend: BackendKind;
  lock: LockOwner;
  host: HostCapabilities;
  /** The only source of "now" for everything the runtime runs (tests pin it). */
  clock: Clock;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /**
   * A host that shows reminders as desktop notifications itself; it confirms each on screen
   * (runtime.scheduler.confirmShown) or hands it back (handOver). Without one the page shows them.
   */
  deliverReminders?(group: ReminderGroup): void;
  /** The number of actions due today or overdue, for the tray and the dock badge. */
  onDueCount?(count: number): void;
  /** After every change of the document, for host settings such as start at login. */
  onDocumentChanged?(doc: AfterviewDocument): void;
  log?: (message: string, error?: unknown) => void;
}

export interface Runtime {
  store: DocumentStore;
  service: AppService;
  router: Router;
  scheduler: ReminderScheduler;
  /** The engine's passes over the document, one per change, shared by the scheduler and the due count. */
  engine: EnginePasses;
  close(): Promise<void>;
}

/** Actions due today or overdue: what the tray and the badge count (an engine pass has it as dueCount). */
export function dueCount(doc: AfterviewDocument, now: Date): number {
  return computeAllActions(doc, now).filter((a) => a.status !== 'upcoming').length;
}

// Statuses move with the clock (upcoming becomes due today), so the count is refreshed
// now and then as well as on every change.
const DUE_COUNT_REFRESH_MS = 5 * 60 * 1000;

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { clock } = options;
  const store = await openDocumentStore({
    dataDir: options.dataDir,
    backend: options.backend,
    lock: options.lock,
    clock,
    onWriteError: (error) =>
      options.log?.('could not write the snapshot of the data file (the changes are safe in the journal); will try again', error),
    // A valid outside version becomes the present (an undo step); a kept broken one only tells.
    onExternalChange: (change) => (change.kind === 'adopted' ? service?.adoptExternal(change.doc) : service?.adoptExternal(service.doc)),
  });
  const exchange: DataExchange = createDataExchange(store);
  let service: AppService | null = null;
  const currentDoc = () => service?.doc ?? store.doc;
  // One incremental pass per change, handed to the scheduler and the due count alike; a timer
  // or a catch-up with no change asks for the pass at its own instant (the cards whose result
  // turned since are the only ones recomputed).
  const engine = createEnginePasses();
  const scheduler = createReminderScheduler({
    dataDir: options.dataDir,
    getDoc: currentDoc,
    computeReminders: (doc, now) => engine.at(doc, now).reminders,
    clock,
    ...(options.deliverReminders ? { deliver: options.deliverReminders } : {}),
    onFeedChanged: (feed) => options.emit('reminders:changed', feed),
  });
  const reportDue = () => options.onDueCount?.(engine.at(currentDoc(), clock()).dueCount);
  service = createAppService({
    store,
    host: options.host,
    exchange,
    clock,
    emit: options.emit,
    reminders: scheduler,
    actionsAt: (doc, now) => engine.at(doc, now).actions,
    onDocumentChanged: (doc) => {
      const pass = engine.at(doc, clock());
      scheduler.replan(pass);
      options.onDueCount?.(pass.dueCount);
      options.onDocumentChanged?.(doc);
    },
  });
  const router = createRouter(service.handlers, options.log);
  scheduler.start();
  reportDue();
  const refresh = setInterval(reportDue, DUE_COUNT_REFRESH_MS);
  refresh.unref?.();
  return {
    store,
    service,
    router,
    scheduler,
    engine,
    async close() {
      clearInterval(refresh);
      scheduler.stop();
      await store.close();
    },
  };
}
