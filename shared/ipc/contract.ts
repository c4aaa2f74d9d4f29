// The one contract between the renderer and the main process (or the web host, which
// carries the same channels over HTTP). Each channel names its request schema and its
// response type; the main-side wrapper validates requests against the schema, and the
// preload and web client derive their method signatures from this map, so a channel
// cannot be called with the wrong payload.
import { z } from 'zod';
import { CommandSchema } from '../board/commands.ts';
import type { AfterviewDocument } from '../model/types.ts';
import type { FirstScreen } from '../board/first-screen.ts';
import type { CaptureProposal } from '../capture/types.ts';
import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName, type EventName } from './channels.ts';
import type { Result } from './result.ts';
import { EXPORT_FORMATS } from '../exchange/formats.ts';

export { CHANNEL_NAMES, EVENT_NAMES, type EventName };
export type { FirstScreen };

/** What the renderer needs to show the board, and whether it may change it. */
/**
 * The first answer the page asks for (issue 14): for a large board the top of each column
 * (shared/board/first-screen.ts), for a small one the whole state at once, which reads
 * faster than two answers and two renders.
 */
export type FirstScreenAnswer = { kind: 'top'; screen: FirstScreen } | { kind: 'whole'; state: StateSnapshot };

export interface StateSnapshot {
  doc: AfterviewDocument;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Set when the data file came from a newer Afterview: nothing can be changed. */
  readOnly: boolean;
  /** One sentence the app should show once (a recovered file, a migration). */
  notice: string | null;
  /** Why changes cannot be saved right now (disk full, read-only folder); shown until saving works again. */
  saveProblem?: string | null;
}

export interface ChangeAck {
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
}

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  /** Columns of a CSV that were read, and those that were not understood. */
  usedColumns: string[];
  ignoredColumns: string[];
}

export interface ExportResult {
  /** Desktop: where the file was saved (null if the user cancelled). Web: a file name. */
  fileName: string | null;
  /** Web only: the file's content, for the browser to download. */
  content?: string;
  mimeType?: string;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: 'daily' | 'import' | 'migration' | 'restore' | 'recovery';
  applications: number;
  bytes: number;
}

/**
 * One reminder that has fallen due, as a window or page reads it. Reminders are state, not
 * events: the host keeps every due reminder here until something has really shown it (a
 * notification appeared, or a banner was on screen), so a page that opens late still gets
 * what fell due while no page was open.
 */
export interface ReminderItem {
  /** The reminder's key and the time it fell due: what "shown" is recorded against. */
  id: string;
  /** The reminder's key (snoozing is by key, so a snoozed reminder comes back later). */
  key: string;
  applicationId: string;
  title: string;
  body: string;
  /** When the reminder fell due (ISO). */
  at: string;
  /** The due time of the action it reminds of (ISO), or null. */
  due: string | null;
  /** Who must show it: the host (a desktop notification) or the page (web notification or banner). */
  delivery: 'host' | 'page';
  /** How it was seen, or null while it is still owed. */
  shown: 'notification' | 'banner' | null;
}

export interface ReminderFeed {
  /** Due reminders still to show, and those shown in a banner that is still live; soonest first. */
  items: ReminderItem[];
  /** Why reminders are in the banner instead of desktop notifications, or null. */
  reason: string | null;
}

export interface Platform {
  kind: 'desktop' | 'web';
  notifications: 'granted' | 'denied' | 'unsupported' | 'default';
  dataDir: string;
  version: string;
}

/** What the user is asked about a dropped or pasted file: the proposal without its commands, which the host rebuilds on apply. */
export type CapturePreview = Omit<CaptureProposal, 'commands'>;

// A mail, an invitation or a posting page, dropped or pasted: its name tells .eml from .ics from .html.
const captureFile = z.object({
  fileName: z.string().max(260),
  // A dropped file travels as its bytes in base64, so a mail's own charset (an 8-bit Latin-1
  // .eml, say) is read as written; pasted text travels as text.
  content: z
    .string()
    .min(1, 'there is nothing to read')
    .max(14 * 1024 * 1024, 'the file is larger than 10 MB'),
  encoding: z.enum(['text', 'base64']).optional(),
  applicationId: z.string().min(1).max(64).optional(),
  // A fetched posting page's address, so the card keeps where it came from.
  pageUrl: z.url().optional(),
});

/** A posting page the host fetched: the page hands it back with its yes. */
export interface CaptureFetched {
  file: { fileName: string; content: string; pageUrl: string };
  preview: CapturePreview;
}

const id = z.string().min(1).max(64);
const none = z.undefined().or(z.null()).optional();

export const requestSchemas = {
  'state:get': none,
  'state:firstScreen': none,
  'state:command': CommandSchema,
  'state:undo': none,
  'state:redo': none,
  'clipboard:write': z.object({
    text: z.string().min(1, 'there is nothing to copy').max(200_000),
    html: z.string().max(400_000).optional(),
  }),
  'mail:open': z.object({
    to: z.array(z.email()).max(20).default([]),
    subject: z.string().max(1_000).default(''),
    body: z.string().max(50_000).default(''),
  }),
  'link:open': z.object({ url: z.url() }),
  'data:import': z.object({
    fileName: z.string().max(260),
    content: z.string().max(50 * 1024 * 1024, 'the file is larger than 50 MB'),
    // How a CSV's slashed dates are written, as the user chose in the import preview (issue 10).
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
  }),
  'data:export': z.object({ format: z.enum(EXPORT_FORMATS) }),
  'backups:list': none,
  'backups:restore': z.object({ id }),
  // A banner item or notification can stand for several reminders at once: all are snoozed.
  'reminders:snooze': z.object({ keys: z.array(z.string().min(1).max(300)).min(1).max(500), until: z.enum(['hour', 'tomorrow']) }),
  'reminders:get': none,
  // The page confirms what it really showed; only then is a reminder marked as seen.
  'reminders:shown': z.object({ ids: z.array(z.string().min(1).max(400)).min(1).max(500), via: z.enum(['notification', 'banner']) }),
  'reminders:dismiss': z.object({ ids: z.array(z.string().min(1).max(400)).min(1).max(500) }),
  'platform:get': none,
  'data:openFolder': none,
  'capture:propose': captureFile,
  'capture:apply': captureFile,
  'capture:fetchPosting': z.object({ url: z.url() }),
} as const;

export type Channel = keyof typeof requestSchemas;

export interface ResponseTypes {
  'state:get': StateSnapshot;
  'state:firstScreen': FirstScreenAnswer;
  'state:command': ChangeAck;
  'state:undo': ChangeAck;
  'state:redo': ChangeAck;
  'clipboard:write': true;
  'mail:open': true;
  'link:open': true;
  'data:import': ImportSummary;
  'data:export': ExportResult;
  'backups:list': BackupInfo[];
  'backups:restore': ChangeAck;
  'reminders:snooze': true;
  'reminders:get': ReminderFeed;
  'reminders:shown': true;
  'reminders:dismiss': true;
  'platform:get': Platform;
  'data:openFolder': true;
  'capture:propose': CapturePreview;
  'capture:apply': ChangeAck;
  'capture:fetchPosting': CaptureFetched;
}

export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = ResponseTypes[C];

/** Events the main process sends to the renderer. */
export interface EventPayloads {
  /** The stored document changed (another window, the command line, a restore). */
  'state:changed': { revision: number; origin: 'command' | 'undo' | 'redo' | 'import' | 'restore' | 'external' };
  /** The user clicked a notification: open the app on this card. */
  'card:focus': { applicationId: string };
  /** The due reminders changed (one fell due, was shown, snoozed, or its action was done). */
  'reminders:changed': ReminderFeed;
  /** A menu item asked for a screen (File > New application, Help > Keyboard shortcuts). */
  'menu:action': { action: 'new-application' | 'import' | 'shortcuts' | 'settings' | 'undo' | 'redo' };
}

// Compile-time proof that channels.ts lists exactly the channels and events defined here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListIsComplete: Same<ChannelName, Channel> = true;
const eventListIsComplete: Same<EventName, keyof EventPayloads> = true;
void channelListIsComplete;
void eventListIsComplete;

/** The API the renderer sees: one method per channel, plus event subscription. */
export type AfterviewApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
