// The renderer's one store, in slices. Everything derived (columns of cards, actions, counts)
// is computed in selectors (selectors.ts), never stored.
import type {
  BackupInfo,
  CaptureFetched,
  CapturePreview,
  EventName,
  EventPayloads,
  ExportResult,
  FirstScreen,
  ImportSummary,
  Platform,
  ReminderFeed,
  ReminderItem,
  RequestOf,
} from '../../../shared/ipc/contract.ts';
import type { Clock } from '../../../shared/time/clock.ts';
import type { Command } from '../../../shared/board/commands.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';

export interface DataSlice {
  /** The whole document, once loaded. */
  doc: AfterviewDocument | null;
  /**
   * The host's first screen (the top of each column and the counts), shown by the board until
   * the whole document is in; null after that, and before it arrives (issue 14).
   */
  firstScreen: FirstScreen | null;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  readOnly: boolean;
  notice: string | null;
  /** Why changes cannot be saved right now (disk full, read-only folder); a lasting banner until they can. */
  saveProblem: string | null;
  /** Set when the first load failed: the app shows it instead of an empty board. */
  loadError: string | null;
  platform: Platform | null;
  load(): Promise<void>;
  /** The first load, once: the entry starts it before React's first render, and the app's mount asks again. */
  open(): Promise<void>;
  /** Applies a command at once, then sends it; on failure shows why and refetches. Resolves true when saved. */
  dispatch(cmd: Command): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** A change made elsewhere (another window, the command line): refetch if it is newer. */
  externalChange(revision: number): void;
  dismissNotice(): void;
}

export type View = 'board' | 'today' | 'insights' | 'settings';

export type Dialog =
  | { kind: 'quickAdd' }
  | { kind: 'offer'; applicationId: string }
  | { kind: 'shortcuts' }
  | { kind: 'data'; focus?: 'import' | 'export' | 'restore' };

export interface PanelState {
  applicationId: string;
  wide: boolean;
  /** The action whose draft is shown (opened from Today or chosen in the panel); null: the first. */
  draftKey: string | null;
  /** Bumped when a draft is asked for, so the panel scrolls the drafts into view again. */
  draftRequest: number;
}

export interface UiSlice {
  view: View;
  /** The user picked a view; the app no longer chooses one for them (opening on Today). */
  viewChosen: boolean;
  panel: PanelState | null;
  dialog: Dialog | null;
  searchOpen: boolean;
  query: string;
  setView(view: View): void;
  openPanel(applicationId: string, draftKey?: string | null): void;
  closePanel(): void;
  togglePanelWidth(): void;
  /** Which action's draft the panel shows (by action key). */
  chooseDraft(key: string | null): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  setSearch(open: boolean, query?: string): void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export interface ToastSlice {
  toasts: Toast[];
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
}

export interface ClockSlice {
  /** The renderer's only source of the time (tests pin it). */
  clock: Clock;
  /** Now, in ms, refreshed every minute so relative due times stay true. */
  now: number;
  tick(now?: number): void;
}

export interface RemindersSlice {
  /** What has fallen due, as the host keeps it. */
  reminders: ReminderFeed;
  setReminders(feed: ReminderFeed): void;
  loadReminders(): Promise<void>;
  dismissReminders(ids: readonly string[]): Promise<void>;
  snoozeReminder(item: ReminderItem, until: 'hour' | 'tomorrow'): Promise<void>;
  /** The page really showed these (a notification appeared, a banner was on screen). */
  confirmRemindersShown(ids: readonly string[], via: 'notification' | 'banner'): Promise<void>;
}

/** Where a refusal's sentence goes: an error toast unless the caller shows it in place. */
export type Report = (message: string) => void;

export interface HostSlice {
  /** Each resolves true when done; a refusal is shown as the host's (or the page's) sentence. */
  copyToClipboard(payload: RequestOf<'clipboard:write'>): Promise<boolean>;
  openMail(mail: { to: string[]; subject: string; body: string }): Promise<boolean>;
  openLink(url: string): Promise<boolean>;
  openDataFolder(): Promise<boolean>;
  /** The backups, newest first; none when they cannot be listed. */
  listBackups(): Promise<BackupInfo[]>;
  /** Imports, then reloads the board; null when refused. */
  importData(file: RequestOf<'data:import'>): Promise<ImportSummary | null>;
  exportData(format: RequestOf<'data:export'>['format']): Promise<ExportResult | null>;
  /** Restores, then reloads the board. */
  restoreBackup(id: string): Promise<boolean>;
  proposeCapture(file: RequestOf<'capture:propose'>, report?: Report): Promise<CapturePreview | null>;
  fetchPosting(url: string): Promise<CaptureFetched | null>;
  /** Applies a capture the user said yes to, then reloads the board. */
  applyCapture(file: RequestOf<'capture:apply'>): Promise<boolean>;
  /** Listens to one of the host's events (a change elsewhere, a notification click, a menu item). */
  onHostEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export type AppState = DataSlice & UiSlice & ToastSlice & ClockSlice & RemindersSlice & HostSlice;
