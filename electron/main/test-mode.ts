// What the desktop app does differently when Afterview's own end-to-end tests start it
// (AFTERVIEW_TEST_MODE=1, which nothing else sets): its clock may start at a pinned
// instant (--test-clock=...), and a few hooks on globalThis let the Electron suite
// (test/desktop) see and click what only the system shows: the notifications and the
// tray's tooltip. Outside test mode none of this exists.
import type { NotificationClass, NotificationLike } from '../../node/services/reminders/desktop-notifier.ts';

export const TEST_MODE_ENV = 'AFTERVIEW_TEST_MODE';
export const TEST_CLOCK_FLAG = '--test-clock';
/** The name of the hooks object on globalThis, read by test/desktop through electronApp.evaluate. */
export const TEST_HOOKS_GLOBAL = '__afterviewTest';

export function isTestMode(env: Record<string, string | undefined>): boolean {
  return env[TEST_MODE_ENV] === '1';
}

export type TestClock = { ok: true; start: Date | null } | { ok: false; message: string };

/** `--test-clock=2026-12-01T10:00:00Z` (or the value as the next argument), honoured only in test mode. */
export function testClockFrom(argv: readonly string[], env: Record<string, string | undefined>): TestClock {
  const index = argv.findIndex((arg) => arg === TEST_CLOCK_FLAG || arg.startsWith(`${TEST_CLOCK_FLAG}=`));
  if (index === -1) return { ok: true, start: null };
  const arg = argv[index] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[index + 1] ?? '');
  // A pinned clock would make every reminder and due time wrong for a real user.
  if (!isTestMode(env))
    return {
      ok: false,
      message: `${TEST_CLOCK_FLAG} is only for Afterview's own tests, so it was ignored; Afterview uses the computer's clock.`,
    };
  const start = new Date(value);
  if (Number.isNaN(start.getTime()))
    return {
      ok: false,
      message: `${TEST_CLOCK_FLAG} must be a date and time such as 2026-12-01T10:00:00Z, not "${value}"; Afterview uses the computer's clock.`,
    };
  return { ok: true, start };
}

export interface ShownNotification {
  title: string;
  body: string;
}

export interface TestHooks {
  /** Every notification the app created, oldest first. */
  notifications(): ShownNotification[];
  /** Clicks the notification at `index` (the newest by default) as the system would; false if there is none. */
  clickNotification(index?: number): boolean;
  /** The tray icon's tooltip as last set, or null before the tray exists. */
  trayToolTip(): string | null;
}

export interface TestRecorder {
  hooks: TestHooks;
  /** Wraps Electron's Notification so each one created is remembered (it is still the real one). */
  recordNotifications(Notification: NotificationClass): NotificationClass;
  /** Wraps Electron's Tray so the tooltip it is given is remembered. */
  recordTray<T extends new (...args: never[]) => { setToolTip(text: string): void }>(Tray: T): T;
}

export function createTestRecorder(): TestRecorder {
  const created: { options: ShownNotification; notification: NotificationLike }[] = [];
  let toolTip: string | null = null;
  return {
    hooks: {
      notifications: () => created.map((entry) => ({ ...entry.options })),
      clickNotification(index = created.length - 1) {
        const entry = created[index];
        if (!entry) return false;
        // Electron's Notification is an EventEmitter: this runs the app's own 'click' listener.
        (entry.notification as unknown as { emit(event: string): boolean }).emit('click');
        return true;
      },
      trayToolTip: () => toolTip,
    },
    recordNotifications(Notification) {
      return new Proxy(Notification, {
        construct(target, args: [ShownNotification]) {
          const notification = Reflect.construct(target, args) as NotificationLike;
          created.push({ options: { title: args[0].title, body: args[0].body }, notification });
          return notification;
        },
      });
    },
    recordTray(Tray) {
      return new Proxy(Tray, {
        construct(target, args: never[]) {
          const tray = Reflect.construct(target, args) as InstanceType<typeof Tray>;
          const setToolTip = tray.setToolTip.bind(tray);
          tray.setToolTip = (text: string) => {
            toolTip = text;
            setToolTip(text);
          };
          return tray;
        },
      });
    },
  };
}

/** Puts the hooks where electronApp.evaluate can reach them (the main process's global object). */
export function exposeTestHooks(
  hooks: TestHooks,
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): void {
  target[TEST_HOOKS_GLOBAL] = hooks;
}
