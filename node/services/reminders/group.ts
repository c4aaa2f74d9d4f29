// Several reminders due at the same moment become one notification, so a morning after a
// weekend away brings one calm summary rather than a stack of alerts.
import type { ReminderItem } from '../../../shared/ipc/contract.ts';

export interface ReminderGroup {
  title: string;
  body: string;
  applicationIds: string[];
  /** The reminder keys (for snoozing). */
  keys: string[];
  /** The reminder ids (key and due time), to confirm once the notification has shown. */
  ids: string[];
}

const LISTED = 4;

export function groupReminders(due: readonly Pick<ReminderItem, 'id' | 'key' | 'applicationId' | 'title' | 'body'>[]): ReminderGroup {
  const applicationIds = [...new Set(due.map((r) => r.applicationId))];
  const keys = due.map((r) => r.key);
  const ids = due.map((r) => r.id);
  if (due.length === 1) return { title: due[0]!.title, body: due[0]!.body, applicationIds, keys, ids };
  const lines = due.slice(0, LISTED).map((r) => `• ${r.title}`);
  if (due.length > LISTED) lines.push(`and ${due.length - LISTED} more in Afterview`);
  return { title: `${due.length} things to do for your applications`, body: lines.join('\n'), applicationIds, keys, ids };
}
