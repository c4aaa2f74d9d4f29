// The app service over a real document store on a temp folder, driven through the contract
// router as both hosts drive it: what the storage tests use to check what the user is told.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createAppService } from '../../../../node/services/app-service.ts';
import { quietHost, quietReminders } from './quiet-host.ts';
import { createRouter } from '../../../../node/services/contract-router.ts';
import { createDataExchange } from '../../../../node/services/host-exchange.ts';
import { openDocumentStore, type DocumentStoreOptions } from '../../../../node/services/storage/document-store.ts';
import type { AfterviewDocument } from '../../../../shared/model/types.ts';
import type { StateSnapshot } from '../../../../shared/ipc/contract.ts';
import { serializeDocument } from '../../../../node/services/storage/document-file.ts';

export const clock = () => new Date('2024-03-10T12:00:00.000Z');

export const newDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-service-'));

export function writeDataFile(dataDir: string, doc: AfterviewDocument): void {
  fs.writeFileSync(path.join(dataDir, 'afterview.json'), serializeDocument(doc));
}

export async function openService(
  dataDir: string,
  extra: Partial<DocumentStoreOptions> = {},
  onDocumentChanged?: (doc: AfterviewDocument) => void,
) {
  const emit = vi.fn();
  // As the runtime wires it: a valid outside version is adopted, a kept broken one only tells.
  const holder: { service: ReturnType<typeof createAppService> | null } = { service: null };
  const watch: Partial<DocumentStoreOptions> = {
    onExternalChange: (change) => holder.service?.adoptExternal(change.kind === 'adopted' ? change.doc : holder.service.doc),
  };
  const store = await openDocumentStore({ dataDir, clock, ...watch, ...extra });
  const service = (holder.service = createAppService({
    store,
    host: quietHost(dataDir),
    exchange: createDataExchange(store),
    clock,
    emit,
    ...(onDocumentChanged ? { onDocumentChanged } : {}),
    reminders: quietReminders,
  } as Parameters<typeof createAppService>[0]));
  const router = createRouter(service.handlers);
  const call = (channel: string, payload?: unknown) => router.dispatch(channel, payload, true);
  const state = async () => ((await call('state:get')) as { ok: true; value: StateSnapshot }).value;
  return { store, service, call, state, emit, close: () => store.close() };
}

export const addCommand = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'addApplication',
  id,
  at: '2024-03-10T11:00:00.000Z',
  eventId: `${id}-e`,
  fields: { company: `Company ${id}`, role: 'Engineer' },
  ...extra,
});
