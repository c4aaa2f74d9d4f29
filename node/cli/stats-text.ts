// The readable report `afterview stats` prints: one aligned table per part of the picture,
// the same numbers as --json and the Insights view.
import { format } from 'date-fns';
import { promiseWords, type Insights, type Spread } from '../../shared/insights/index.ts';
import { parseLocalDay } from '../../shared/dates/local.ts';

/** Left-aligned text columns, numbers right-aligned, two spaces between. */
function aligned(header: string[], rows: string[][], numeric: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const percent = (n: number, of: number) => (of === 0 ? '-' : `${Math.round((n / of) * 100)}%`);
const days = (n: number | null) => (n === null ? '-' : `${Number.isInteger(n) ? n : n.toFixed(1)} d`);
const day = (text: string | null) => {
  const date = text ? parseLocalDay(text) : null;
  return date ? format(date, 'EEE d MMM yyyy') : '-';
};

function spreadRow(label: string, s: Spread): string[] {
  return [
    label,
    days(s.median),
    s.q1 === null ? '-' : `${days(s.q1)} to ${days(s.q3)}`,
    s.min === null ? '-' : `${days(s.min)} to ${days(s.max)}`,
    String(s.count),
  ];
}

export function statsText(insights: Insights): string {
  const { funnel, sankey, responseDays, promises, rhythm, period } = insights;
  const span =
    period.from || period.to
      ? `sent ${period.from ? `from ${day(period.from)}` : ''}${period.from && period.to ? ' ' : ''}${period.to ? `to ${day(period.to)}` : ''}`
      : 'sent at any time';
  if (funnel.applied === 0) return `No applications ${span}.\n`;
  const labels = new Map(sankey.nodes.map((n) => [n.id, n.label]));
  const parts = [
    `Applications ${span}: ${funnel.applied}`,
    aligned(
      ['REACHED', 'COUNT', 'SHARE'],
      (
        [
          ['Applied', funnel.applied],
          ['Heard back', funnel.replied],
          ['Interviewed', funnel.interviewed],
          ['Offer', funnel.offers],
          ['Rejected', funnel.rejected],
          ['Withdrawn', funnel.withdrawn],
          ['No answer', funnel.noResponse],
          ['Still open', funnel.open],
        ] as const
      ).map(([l, n]) => [l, String(n), percent(n, funnel.applied)]),
      [false, true, true],
    ),
    aligned(
      ['FROM', 'TO', 'COUNT'],
      sankey.links.map((l) => [labels.get(l.source)!, labels.get(l.target)!, String(l.value)]),
      [false, false, true],
    ),
    aligned(
      ['RESPONSE TIME', 'MEDIAN', 'MIDDLE HALF', 'RANGE', 'COUNT'],
      [
        spreadRow('Application to first reply', responseDays.applicationToFirstReply),
        spreadRow('Interview to decision', responseDays.interviewToDecision),
      ],
      [false, true, false, false, true],
    ),
    promises.items.length === 0
      ? 'Promises: no employer gave a decision date.'
      : `Promises: ${promises.kept} kept, ${promises.late} late, ${promises.open} still to come\n` +
        aligned(
          ['COMPANY', 'PROMISED', 'ANSWERED', 'RESULT'],
          promises.items.map((p) => [p.company, day(p.decisionBy), day(p.answeredOn), promiseWords(p)]),
          [false, false, false, false],
        ),
    rhythm.weeks.length === 0
      ? ''
      : aligned(
          ['WEEK', 'STARTS', 'APPLICATIONS', 'THANK-YOUS', 'FOLLOW-UPS', `GOAL ${rhythm.goal}`],
          rhythm.weeks.map((w) => [
            w.week,
            day(w.start),
            String(w.applications),
            String(w.thankYous),
            String(w.followUps),
            w.metGoal ? 'met' : `${rhythm.goal - w.applications} short`,
          ]),
          [false, false, true, true, true, false],
        ),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
