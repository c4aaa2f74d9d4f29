// The handlers behind every channel of the contract, shared by the desktop app and the
// web host. It owns the session's undo history; the store owns the file. What differs
// between hosts (clipboard, links, dialogs, notifications) is injected.
import type { Action, AfterviewDocument } from '../../shared/model/types.ts';
import { firstScreenOf, WHOLE_FIRST_SCREEN_UP_TO } from '../../shared/board/first-screen.ts';
import { createEnginePasses } from './engine-passes.ts';
import type { Command } from '../../shared/board/commands.ts';
import { CommandError } from '../../shared/board/errors.ts';
import { SaveError } from './storage/save-errors.ts';
import { canRedo, canUndo, createHistory, execute, record, redo, undo, type History } from '../../shared/board/history.ts';
import type {
  ChangeAck,
  EventName,
  EventPayloads,
  ExportResult,
  ImportSummary,
  BackupInfo,
  Platform,
  StateSnapshot,
} from '../../shared/ipc/contract.ts';
import { fail, ok, type Result } from '../../shared/ipc/result.ts';
import type { Handlers } from './contract-router.ts';
import type { ReminderScheduler } from './reminders/scheduler.ts';
import { isSafeExternalUrl } from '../../shared/ipc/links.ts';
import { notServedSentence, type CapabilityChannel } from '../../shared/ipc/capabilities.ts';
import { mailtoUrl } from '../../shared/exchange/clipboard.ts';
import type { ExportFormat } from '../../shared/exchange/formats.ts';
import { applyCapture } from '../../shared/capture/apply.ts';
import { captureHandlers } from './capture-handlers.ts';
import { LINK_REFUSED, READ_ONLY } from './sentences.ts';

/** What the app service needs of the document store (node/services/storage). */
export interface StoreLike {
  readonly doc: AfterviewDocument;
  readonly readOnly: boolean;
  readonly notice: string | null;
  /** Why saving does not work right now (a full disk, a read-only folder), until it works again. */
  readonly saveProblem?: string | null;
  /** Resolves once the document is on disk; rejects with a SaveError (nothing was changed). */
  save(doc: AfterviewDocument): Promise<void> | void;
}

export interface HostCapabilities {
  platform: Omit<Platform, 'notifications'> & { notifications: () => Platform['notifications'] };
  // A host without one of these (the web host: the page does them) leaves it out, and its
  // channel answers 'not_served' instead of a quiet ok (shared/ipc/capabilities.ts).
  writeClipboard?(payload: { text: string; html?: string }): Promise<void> | void;
  openExternal?(url: string): Promise<void>;
  openDataFolder?(): Promise<void>;
  /** Desktop: ask where to save and write the file. Web: hand the content to the page. */
  deliverExport(file: { fileName: string; content: string; mimeType: string }): Promise<ExportResult>;
}

export interface DataExchange {
  importContent(
    doc: AfterviewDocument,
    file: { fileName: string; content: string; dateOrder?: 'dmy' | 'mdy' },
    now: Date,
  ): Result<{ doc: AfterviewDocument; summary: ImportSummary }>;
  exportContent(doc: AfterviewDocument, format: ExportFormat, now: Date): { fileName: string; content: string; mimeType: string };
  listBackups(): Promise<BackupInfo[]>;
  /** Backs up the current data, then puts the backup in its place; resolves to it. */
  restoreBackup(id: string): Promise<Result<AfterviewDocument>>;
  /** A copy of the current data before an import replaces it. */
  backupBeforeImport(): Promise<void>;
}

export interface AppServiceOptions {
  store: StoreLike;
  host: HostCapabilities;
  exchange: DataExchange;
  clock: () => Date;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** The reminder scheduler's side that pages talk to (node/services/reminders). */
  reminders: Pick<ReminderScheduler, 'feed' | 'confirmShown' | 'dismiss' | 'snooze'>;
  /** Called after every change of the document, e.g. to re-plan reminders. */
  onDocumentChanged?(doc: AfterviewDocument): void;
  /**
   * The engine's open actions for this document at this instant: the runtime hands in its one
   * incremental engine (engine-passes.ts), so the first screen reuses the latest pass at the
   * same instant and otherwise recomputes only the cards whose result has turned since.
   */
  actionsAt?(doc: AfterviewDocument, now: Date): readonly Action[];
}

export interface AppService {
  handlers: Handlers;
  readonly doc: AfterviewDocument;
  /** Adopt a document that changed on disk outside this process (the command line). */
  adoptExternal(doc: AfterviewDocument): void;
}

const notServed = (channel: CapabilityChannel) => fail('not_served', notServedSentence(channel));

export function createAppService(options: AppServiceOptions): AppService {
  const { store, host, exchange, clock, emit } = options;
  const actionsAt = options.actionsAt ?? ownEngine();
  let history: History = createHistory(store.doc);
  let revision = 1;

  const ack = (): ChangeAck => ({ revision, canUndo: canUndo(history), canRedo: canRedo(history) });

  // Changes are pipelined: each is computed from the newest accepted present and handed to
  // the store at once (a burst shares one fsync), and becomes the answered present only once
  // the store says it is on disk. A save that fails takes every change built on it down
  // with it (the store refuses those too), and the present stays the last one on disk.
  let accepted: History = history;
  const inFlight = new Set<Promise<unknown>>();
  // Import and restore read the present across awaits: changes wait for them, they for changes.
  let barrier: Promise<unknown> = Promise.resolve();

  const answer = async <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SaveError) return fail(error.kind === 'disk' ? 'unavailable' : 'conflict', error.message);
      throw error;
    }
  };
  const saving = <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => answer(async () => (await barrier, work()));
  const alone = <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    const run = barrier.then(async () => {
      await Promise.allSettled([...inFlight]);
      return answer(work);
    });
    barrier = run.catch(() => undefined);
    return run;
  };

  const commit = async (next: History, origin: EventPayloads['state:changed']['origin']): Promise<ChangeAck> => {
    if (next.present === accepted.present) return ack();
    // A change the store refuses (a broken limit) throws here, before anything is accepted.
    const saved = Promise.resolve(store.save(next.present));
    accepted = next;
    inFlight.add(saved);
    try {
      await saved;
    } catch (error) {
      accepted = history;
      throw error;
    } finally {
      inFlight.delete(saved);
    }
    history = next;
    revision += 1;
    try {
      options.onDocumentChanged?.(history.present);
    } catch {
      // The change is saved; what follows from it (reminders) must not make it look refused.
    }
    emit('state:changed', { revision, origin });
    return ack();
  };

  /** Replaces the whole document (import, restore): undoable, like any other change. */
  const replace = (doc: AfterviewDocument, origin: 'import' | 'restore') => commit(record(history, doc), origin);

  /** Builds the next history from the accepted one and commits it; a refused command is a sentence. */
  const applyAsCommand = (build: (present: History) => History) =>
    saving(async () => {
      let next: History;
      try {
        next = build(accepted);
      } catch (error) {
        if (error instanceof CommandError) return fail('conflict', error.message);
        throw error;
      }
      return ok(await commit(next, 'command'));
    });

  const snapshot = (): StateSnapshot => ({
    doc: history.present,
    revision,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    readOnly: store.readOnly,
    notice: store.notice,
    saveProblem: store.saveProblem ?? null,
  });

  const handlers: Handlers = {
    'state:get': () => ok(snapshot()),

    // The top of each column first (issue 14); the page asks for the whole document after
    // painting it. A small board comes whole at once.
    'state:firstScreen': () => {
      const doc = history.present;
      if (doc.applications.length <= WHOLE_FIRST_SCREEN_UP_TO) return ok({ kind: 'whole' as const, state: snapshot() });
      return ok({
        kind: 'top' as const,
        screen: firstScreenOf(doc, actionsAt(doc, clock())),
      });
    },

    'state:command': (command: Command) => {
      if (store.readOnly) return fail('read_only', READ_ONLY);
      return applyAsCommand((present) => execute(present, command));
    },
    'state:undo': () => (store.readOnly ? fail('read_only', READ_ONLY) : saving(async () => ok(await commit(undo(accepted), 'undo')))),
    'state:redo': () => (store.readOnly ? fail('read_only', READ_ONLY) : saving(async () => ok(await commit(redo(accepted), 'redo')))),

    'clipboard:write': async (payload) => {
      if (!host.writeClipboard) return notServed('clipboard:write');
      await host.writeClipboard(payload.html === undefined ? { text: payload.text } : { text: payload.text, html: payload.html });
      return ok(true as const);
    },
    'mail:open': async ({ to, subject, body }) => {
      if (!host.openExternal) return notServed('mail:open');
      await host.openExternal(mailtoUrl({ to, subject, body }));
      return ok(true as const);
    },
    'link:open': async ({ url }) => {
      if (!host.openExternal) return notServed('link:open');
      if (!isSafeExternalUrl(url)) return fail('forbidden', LINK_REFUSED);
      await host.openExternal(url);
      return ok(true as const);
    },

    'data:import': async (file) => {
      if (store.readOnly) return fail('read_only', READ_ONLY);
      return alone(async () => {
        const result = exchange.importContent(history.present, file, clock());
        if (!result.ok) return result;
        await exchange.backupBeforeImport();
        await replace(result.value.doc, 'import');
        return ok(result.value.summary);
      });
    },
    'data:export': async ({ format }) => ok(await host.deliverExport(exchange.exportContent(history.present, format, clock()))),

    'backups:list': async () => ok(await exchange.listBackups()),
    'backups:restore': async ({ id }) => {
      if (store.readOnly) return fail('read_only', READ_ONLY);
      return alone(async () => {
        const restored = await exchange.restoreBackup(id);
        if (!restored.ok) return restored;
        return ok(await replace(restored.value, 'restore'));
      });
    },

    'reminders:snooze': ({ keys, until }) => {
      for (const key of keys) options.reminders.snooze(key, until);
      return ok(true as const);
    },
    'reminders:get': () => ok(options.reminders.feed()),
    'reminders:shown': ({ ids, via }) => {
      options.reminders.confirmShown(ids, via);
      return ok(true as const);
    },
    'reminders:dismiss': ({ ids }) => {
      options.reminders.dismiss(ids);
      return ok(true as const);
    },
    'platform:get': () => ok({ ...host.platform, notifications: host.platform.notifications() }),
    'data:openFolder': async () => {
      if (!host.openDataFolder) return notServed('data:openFolder');
      await host.openDataFolder();
      return ok(true as const);
    },
    // A capture the user said yes to: all its commands are one undo step (issue 15).
    ...captureHandlers({
      clock,
      present: () => accepted.present,
      readOnly: () => store.readOnly,
      readOnlyMessage: READ_ONLY,
      applyAsOneStep: (commands) => applyAsCommand((present) => applyCapture(present, commands)),
    }),
  };

  return {
    handlers,
    get doc() {
      return history.present;
    },
    adoptExternal(doc) {
      // Another process wrote the file (the store has already made it the snapshot): it
      // becomes the present without being saved again, as one step Undo can take back.
      history = accepted = record(history, doc);
      revision += 1;
      options.onDocumentChanged?.(doc);
      emit('state:changed', { revision, origin: 'external' });
    },
  };
}

/** A service made without the runtime's engine (some tests) keeps its own incremental one. */
function ownEngine(): (doc: AfterviewDocument, now: Date) => readonly Action[] {
  const passes = createEnginePasses();
  return (doc, now) => passes.at(doc, now).actions;
}
