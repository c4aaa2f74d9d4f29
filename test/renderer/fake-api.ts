// An in-memory AfterviewApi for component tests and the screenshot harness: it applies
// commands with the real applyCommand, keeps undo and redo stacks, records every call,
// and lets a test emit events or make the next call fail.
import { applyCommand, CommandError } from '../../shared/board/apply.ts';
import type { Command } from '../../shared/board/commands.ts';
import type { AfterviewApi, Channel, EventName, EventPayloads, Platform, ReminderFeed, RequestOf, ResponseOf } from '../../shared/ipc/contract.ts';
import type { AppError, Result } from '../../shared/ipc/result.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';

export interface FakeApi extends AfterviewApi {
  calls: { channel: Channel; request: unknown }[];
  doc(): AfterviewDocument;
  setDoc(doc: AfterviewDocument): void;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** The next call to this channel answers with this error instead. */
  failNext(channel: Channel, error: AppError): void;
  clipboard: { text: string; html?: string }[];
  revision(): number;
  /** What reminders:get answers from now on (the host's feed of due reminders). */
  setReminders(feed: ReminderFeed): void;
  /** The one-time notice every state:get carries from now on (a recovered file, an outside edit). */
  setNotice(text: string | null): void;
}

export function createFakeApi(initial: AfterviewDocument = emptyDocument(), platform: Partial<Platform> = {}): FakeApi {
  let doc = initial;
  let revision = 1;
  let reminders: ReminderFeed = { items: [], reason: null };
  let notice: string | null = null;
  const past: AfterviewDocument[] = [];
  const future: AfterviewDocument[] = [];
  const calls: FakeApi['calls'] = [];
  const failures = new Map<Channel, AppError>();
  const listeners = new Map<EventName, Set<(p: never) => void>>();
  const clipboard: FakeApi['clipboard'] = [];
  const ack = () => ({ revision, canUndo: past.length > 0, canRedo: future.length > 0 });
  const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

  const handlers: { [C in Channel]: (req: RequestOf<C>) => Result<ResponseOf<C>> } = {
    'state:get': () => ok({ doc, ...ack(), readOnly: false, notice }),
    'state:command': (cmd) => {
      try {
        const next = applyCommand(doc, cmd as Command);
        past.push(doc);
        future.length = 0;
        doc = next;
        revision += 1;
        return ok(ack());
      } catch (error) {
        return { ok: false, error: { code: 'conflict', message: error instanceof CommandError ? error.message : 'The change could not be made.' } };
      }
    },
    'state:undo': () => {
      const prev = past.pop();
      if (prev) {
        future.push(doc);
        doc = prev;
        revision += 1;
      }
      return ok(ack());
    },
    'state:redo': () => {
      const next = future.pop();
      if (next) {
        past.push(doc);
        doc = next;
        revision += 1;
      }
      return ok(ack());
    },
    'clipboard:write': (req) => {
      clipboard.push(req.html === undefined ? { text: req.text } : { text: req.text, html: req.html });
      return ok(true as const);
    },
    'mail:open': () => ok(true as const),
    'link:open': () => ok(true as const),
    'data:import': () => ok({ added: 0, updated: 0, skipped: 0, usedColumns: [], ignoredColumns: [] }),
    'data:export': (req) => ok({ fileName: `afterview.${req.format}`, content: '{}', mimeType: 'application/json' }),
    'backups:list': () => ok([]),
    'backups:restore': () => ok(ack()),
    'reminders:snooze': () => ok(true as const),
    'reminders:get': () => ok(reminders),
    'reminders:shown': () => ok(true as const),
    'reminders:dismiss': () => ok(true as const),
    'platform:get': () => ok({ kind: 'desktop', notifications: 'granted', dataDir: '/tmp/afterview', version: '0.0.0-test', ...platform }),
    'data:openFolder': () => ok(true as const),
    // Capture is read by the host; renderer tests that need a proposal set a failure or stub it.
    'capture:propose': () => ({ ok: false, error: { code: 'invalid_payload', message: 'The fake host does not read files.' } }),
    'capture:apply': () => ok(ack()),
    'capture:fetchPosting': () => ({ ok: false, error: { code: 'unavailable', message: 'The fake host does not fetch pages.' } }),
  };

  const api = Object.fromEntries(
    (Object.keys(handlers) as Channel[]).map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push({ channel, request });
        const failure = failures.get(channel);
        if (failure) {
          failures.delete(channel);
          return { ok: false, error: failure };
        }
        return (handlers[channel] as (r: unknown) => Result<unknown>)(request);
      },
    ]),
  );

  return {
    ...(api as Omit<AfterviewApi, 'on'>),
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (p: never) => void);
      return () => set.delete(listener as (p: never) => void);
    },
    calls,
    clipboard,
    doc: () => doc,
    setDoc(next) {
      doc = next;
      revision += 1;
    },
    revision: () => revision,
    setReminders(feed) {
      reminders = feed;
    },
    setNotice(text) {
      notice = text;
    },
    emit(event, payload) {
      for (const fn of listeners.get(event) ?? []) (fn as (p: typeof payload) => void)(payload);
    },
    failNext(channel, error) {
      failures.set(channel, error);
    },
  } as FakeApi;
}
