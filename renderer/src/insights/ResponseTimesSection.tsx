// How long employers took: a box per measure (middle half, whiskers to the range, the median
// marked) on one day scale, with the same numbers in a table.
import type { Insights, Spread } from '../../../shared/insights/index.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { DataTable } from './DataTable.tsx';
import { daysText, rangeText, spreadSentence } from './words.ts';

const WIDTH = 560;
const ROW = 44;
const LEFT = 190;
const RIGHT = 24;

export function ResponseTimesSection({ insights }: { insights: Insights }) {
  const rows: [string, Spread][] = [
    ['Application to first reply', insights.responseDays.applicationToFirstReply],
    ['Interview to decision', insights.responseDays.interviewToDecision],
  ];
  const longest = Math.max(1, ...rows.map(([, s]) => s.max ?? 0));
  const height = rows.length * ROW + 30;
  const x = (days: number) => LEFT + ((WIDTH - LEFT - RIGHT) * days) / longest;
  const ticks = [0, Math.round(longest / 2), longest].filter((t, i, all) => all.indexOf(t) === i);
  const summary = rows.map(([label, s]) => spreadSentence(label, s)).join(' ');
  const chart = (
    <ChartSvg className="insights-boxes" width={WIDTH} height={height} title="Response times in days" description={summary}>
      {ticks.map((t) => (
        <g key={t}>
          <line className="insights-axis__grid" x1={x(t)} x2={x(t)} y1={4} y2={height - 22} />
          <text className="insights-axis__label" x={x(t)} y={height - 6} textAnchor="middle">
            {daysText(t)}
          </text>
        </g>
      ))}
      {rows.map(([label, s], i) => {
        const mid = i * ROW + ROW / 2 + 4;
        return (
          <g key={label}>
            <text className="insights-boxes__label" x={0} y={mid} dominantBaseline="middle">
              {label}
            </text>
            {s.count > 0 && (
              <>
                <line className="insights-boxes__whisker" x1={x(s.min!)} x2={x(s.max!)} y1={mid} y2={mid} />
                <rect
                  className="insights-boxes__box"
                  x={x(s.q1!)}
                  y={mid - 10}
                  width={Math.max(2, x(s.q3!) - x(s.q1!))}
                  height={20}
                  rx={3}
                />
                <line className="insights-boxes__median" x1={x(s.median!)} x2={x(s.median!)} y1={mid - 13} y2={mid + 13} />
              </>
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
  const table = (
    <DataTable
      caption="Response times in days"
      rowHeaders
      columns={[
        { label: 'Between' },
        { label: 'Median', numeric: true },
        { label: 'Middle half' },
        { label: 'Range' },
        { label: 'Applications', numeric: true },
      ]}
      rows={rows.map(([label, s]) => ({
        key: label,
        cells: [label, daysText(s.median), rangeText(s.q1, s.q3), rangeText(s.min, s.max), s.count],
      }))}
    />
  );
  return (
    <ChartFrame
      title="Response times"
      summary="Days from sending to their first reply, and from the last interview to the decision."
      fileName="afterview-response-times"
      replaceNames={null}
      chart={chart}
      table={table}
    />
  );
}
