// The aligned table `afterview due` prints for a person: when, how urgent, where, what.
import { format, isSameYear } from 'date-fns';
import type { Action, ActionStatus } from '../../shared/model/types.ts';

/** An action as the command line prints it: with its card's names, and `due` in local time. */
export type DueRow = Pick<Action, 'rule' | 'title' | 'status' | 'why' | 'template' | 'applicationId'> & {
  company: string;
  role: string;
  /** ISO 8601 with the local offset; null for advice with no due time. */
  due: string | null;
};

const STATUS_WORDS: Record<ActionStatus, string> = { overdue: 'overdue', due_today: 'due today', upcoming: 'upcoming' };

function when(due: string | null, now: Date): string {
  if (due === null) return 'at the interview';
  const date = new Date(due);
  return format(date, isSameYear(date, now) ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm');
}

export function formatTable(rows: readonly DueRow[], now: Date): string {
  if (rows.length === 0) return 'Nothing to send right now.\n';
  const header = ['DUE', 'STATUS', 'COMPANY', 'ROLE', 'RULE', 'ACTION'];
  const cells = rows.map((r) => [when(r.due, now), STATUS_WORDS[r.status], r.company, r.role, r.rule, r.title]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}
