// Shows a reminder group as one desktop notification through Electron's Notification,
// which the host passes in (this file never loads Electron). Electron garbage-collects a
// Notification nobody references, taking its click handler with it, so every live one is
// kept until it closes. A reminder counts as seen only when the system says the
// notification appeared ('show'; a click or close proves it too): `onShown` then. Where
// notifications are unsupported or fail, the group is handed to `fallback` so the page
// shows it in the in-app banner and says why.
import type { ReminderGroup } from './group.ts';
import { NOTIFICATION_REFUSED, NOTIFICATIONS_UNSUPPORTED } from '../sentences.ts';

export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'show' | 'click' | 'close' | 'failed', listener: (...args: unknown[]) => void): unknown;
}

export interface NotificationClass {
  new (options: { title: string; body: string; silent?: boolean }): NotificationLike;
  isSupported(): boolean;
}

export interface DesktopNotifierOptions {
  Notification: NotificationClass;
  /** The user clicked: open the app on this card (the group's first application). */
  onClick(applicationId: string, group: ReminderGroup): void;
  /** The notification is on screen: the reminders in it are seen. Called once. */
  onShown(group: ReminderGroup): void;
  /** The notification could not be shown: show the group in the banner with `reason`. */
  fallback(group: ReminderGroup, reason: string): void;
}

export interface DesktopNotifier {
  /** Whether the system can show notifications (Notification.isSupported()). */
  readonly supported: boolean;
  /** Pass this as the scheduler's `notify`. */
  notify(group: ReminderGroup): void;
  /** Notifications shown and not yet closed (kept referenced). */
  readonly liveCount: number;
  closeAll(): void;
}

export function createDesktopNotifier(options: DesktopNotifierOptions): DesktopNotifier {
  const { Notification } = options;
  const live = new Set<NotificationLike>();
  const supported = (() => {
    try {
      return Notification.isSupported();
    } catch {
      return false;
    }
  })();

  return {
    supported,
    get liveCount() {
      return live.size;
    },
    notify(group) {
      if (!supported) {
        options.fallback(group, NOTIFICATIONS_UNSUPPORTED);
        return;
      }
      const notification = new Notification({ title: group.title, body: group.body });
      live.add(notification);
      let seen = false;
      const shown = () => {
        if (seen) return;
        seen = true;
        options.onShown(group);
      };
      const forget = () => live.delete(notification);
      notification.on('show', shown);
      notification.on('click', () => {
        shown();
        forget();
        const first = group.applicationIds[0];
        if (first) options.onClick(first, group);
      });
      notification.on('close', () => {
        shown();
        forget();
      });
      notification.on('failed', () => {
        forget();
        options.fallback(group, NOTIFICATION_REFUSED);
      });
      try {
        notification.show();
      } catch {
        forget();
        options.fallback(group, NOTIFICATION_REFUSED);
      }
    },
    closeAll() {
      for (const notification of [...live]) notification.close();
      live.clear();
    },
  };
}
