// In the web host the page shows reminders with the web Notification API. Permission is
// asked only from a button the user presses, never on load.
type Item = { keys: string[]; applicationId: string; title: string; body: string };

export function webNotificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestWebNotifications(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** Shows each reminder as a notification; false when permission is missing (show a banner instead). */
export function showWebNotifications(items: Item[], onClick: (applicationId: string) => void): boolean {
  if (webNotificationPermission() !== 'granted') return false;
  for (const item of items) {
    const n = new Notification(item.title, { body: item.body, tag: item.keys.join(' ') });
    n.onclick = () => {
      window.focus();
      onClick(item.applicationId);
      n.close();
    };
  }
  return true;
}
