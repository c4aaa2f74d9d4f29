// In the web host the page shows reminders with the web Notification API. Permission is
// asked only from a button the user presses, never on load. A reminder counts as seen only
// when the browser says the notification appeared (its "show" event).
import type { ReminderItem } from '../../../shared/ipc/contract.ts';

export function webNotificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestWebNotifications(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

export interface WebNotificationCallbacks {
  onShown(item: ReminderItem): void;
  /** The browser would not show it: the banner shows it instead. */
  onFailed(item: ReminderItem): void;
  onClick(item: ReminderItem): void;
}

/** Shows one reminder as a notification. The tag is its id, so two tabs show it once. */
export function showWebNotification(item: ReminderItem, callbacks: WebNotificationCallbacks): void {
  try {
    const n = new Notification(item.title, { body: item.body, tag: item.id });
    n.onshow = () => callbacks.onShown(item);
    n.onerror = () => callbacks.onFailed(item);
    n.onclick = () => {
      window.focus();
      callbacks.onClick(item);
      n.close();
    };
  } catch {
    callbacks.onFailed(item);
  }
}
