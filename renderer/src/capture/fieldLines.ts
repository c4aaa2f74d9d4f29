// The fields a proposal would set, as label and value pairs for the dialog to list.
import type { CapturePreview } from '../../../shared/ipc/contract.ts';

export function fieldLines(preview: CapturePreview): [string, string][] {
  const f = preview.fields;
  const lines: [string, string | undefined | null][] = [
    [
      'Interview',
      f.interview
        ? `${f.interview.start.replace('T', ' ').slice(0, 16)}, ${f.interview.minutes} minutes${f.interview.cancelled ? ' (cancelled)' : ''}`
        : undefined,
    ],
    ['Where', f.interview?.location],
    ['Interviewers', f.interview?.interviewers.map((p) => p.name || p.email).join(', ')],
    ['Replied', f.repliedAt?.replace('T', ' ').slice(0, 16)],
    ['Decision by', f.decisionBy],
    ['Rejected', f.rejectedAt?.replace('T', ' ').slice(0, 16)],
    ['Answer the offer by', f.offerDeadline?.replace('T', ' ').slice(0, 16)],
    ['Company', f.company],
    ['Role', f.role],
    ['Location', f.location],
    ['Salary', f.salary],
    ['Address', f.url],
  ];
  return lines.filter((l): l is [string, string] => typeof l[1] === 'string' && l[1] !== '');
}
