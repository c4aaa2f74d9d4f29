// The real app runtime behind an in-process transport, for store and component tests: the
// document store on a temp folder, the app service with its undo history, the reminder
// scheduler and the contract router that validates every request, all on a pinned clock.
// Only the desktop host's capabilities are stand-ins (they record what would have reached
// the clipboard or the shell). Every host opened here is closed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createClient, type AfterviewClient } from '../../renderer/src/api/client.ts';
import { createInProcessTransport } from '../../renderer/src/api/in-process-transport.ts';
import type { PageCapabilities } from '../../renderer/src/api/page-capabilities.ts';
import { startRuntime, type Runtime } from '../../node/services/app-runtime.ts';
import type { HostCapabilities } from '../../node/services/app-service.ts';
import { serializeDocument } from '../../node/services/storage/document-file.ts';
import { CAPABILITY_CHANNELS } from '../../shared/ipc/capabilities.ts';
import type { Channel, EventName, EventPayloads, RequestOf, ResponseOf, StateSnapshot } from '../../shared/ipc/contract.ts';
import { fail, type Result } from '../../shared/ipc/result.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import { fixedClock } from '../../shared/time/clock.ts';

export interface TestHost {
  /** The page's client over this host, as the store gets it in the app. */
  client: AfterviewClient;
  runtime: Runtime;
  /** Every request the page sent to the host, in order. */
  calls: { channel: Channel; request: unknown }[];
  /** What the desktop host put on the clipboard. */
  clipboard: { text: string; html?: string }[];
  /** What the desktop host handed the shell (links, mailto:). */
  opened: string[];
  /** The host's present document (what a reload would show). */
  doc(): AfterviewDocument;
  /** The host pushes an event to the page (a notification click, a menu item, the feed). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** A request from somewhere else (another window, the command line), not from this page. */
  elsewhere<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** The host's present revision. */
  revision(): Promise<number>;
  close(): Promise<void>;
}

export interface TestHostOptions {
  now: Date;
  /** 'desktop' (the default) serves the clipboard, links and mail itself; 'web' leaves them to the page. */
  kind?: 'desktop' | 'web';
  /** The page's own capabilities, for a 'web' host (the browser's clipboard and tabs by default). */
  page?: PageCapabilities;
}

const open = new Set<{ close(): Promise<void> }>();

afterEach(async () => {
  const hosts = [...open];
  open.clear();
  await Promise.all(hosts.map((h) => h.close()));
});

export async function startTestHost(doc: AfterviewDocument | null, options: TestHostOptions): Promise<TestHost> {
  const kind = options.kind ?? 'desktop';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-renderer-'));
  if (doc) fs.writeFileSync(path.join(dataDir, 'afterview.json'), serializeDocument(doc));
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const fn of listeners) fn(event, payload);
  };
  const clipboard: TestHost['clipboard'] = [];
  const opened: string[] = [];
  const desktop: Partial<HostCapabilities> = {
    writeClipboard: (payload) => void clipboard.push(payload),
    openExternal: async (url) => void opened.push(url),
    openDataFolder: async () => void opened.push(dataDir),
  };
  const runtime = await startRuntime({
    dataDir,
    backend: 'conf',
    lock: 'web',
    clock: fixedClock(options.now),
    emit,
    host: {
      platform: { kind, dataDir, version: '0.0.0-test', notifications: () => (kind === 'desktop' ? 'granted' : 'default') },
      ...(kind === 'desktop' ? desktop : {}),
      deliverExport: async (file) => ({ fileName: file.fileName, content: file.content, mimeType: file.mimeType }),
    },
  });
  const calls: TestHost['calls'] = [];
  const transport = createInProcessTransport({
    dispatch: (channel, payload, trusted) => {
      calls.push({ channel: channel as Channel, request: payload });
      return runtime.router.dispatch(channel, payload, trusted);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    serves: kind === 'desktop' ? CAPABILITY_CHANNELS : [],
  });
  const elsewhere = ((channel: Channel, request: unknown) => runtime.router.dispatch(channel, request, true)) as TestHost['elsewhere'];
  const host: TestHost = {
    client: createClient(transport, options.page),
    runtime,
    calls,
    clipboard,
    opened,
    doc: () => runtime.service.doc,
    emit,
    elsewhere,
    revision: async () => ((await elsewhere('state:get', undefined)) as { ok: true; value: StateSnapshot }).value.revision,
    async close() {
      open.delete(host);
      listeners.clear();
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  open.add(host);
  return host;
}

/**
 * A client whose host is gone: every request answers 'unavailable'. For store tests that only
 * read what they put in the store themselves (toasts, selectors over a set document).
 */
export function disconnectedClient(): AfterviewClient {
  return createClient({
    call: async () => fail('unavailable', 'No host in this test.'),
    on: () => () => {},
    serves: () => false,
  });
}
