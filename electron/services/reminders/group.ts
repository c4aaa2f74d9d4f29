// Several reminders due at the same moment become one notification, so a morning after a
// weekend away brings one calm summary rather than a stack of alerts.
import type { Reminder } from '../../../shared/model/types.ts';

export interface ReminderGroup {
  title: string;
  body: string;
  applicationIds: string[];
  keys: string[];
}

const LISTED = 4;

export function groupReminders(due: readonly Reminder[]): ReminderGroup {
  const applicationIds = [...new Set(due.map((r) => r.applicationId))];
  const keys = due.map((r) => r.key);
  if (due.length === 1) return { title: due[0]!.title, body: due[0]!.body, applicationIds, keys };
  const lines = due.slice(0, LISTED).map((r) => `• ${r.title}`);
  if (due.length > LISTED) lines.push(`and ${due.length - LISTED} more in Afterview`);
  return { title: `${due.length} things to do for your applications`, body: lines.join('\n'), applicationIds, keys };
}
