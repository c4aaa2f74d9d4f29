// Promises kept: whether each employer that gave a decision date answered by then, and how
// many working days late they were. The chart shows the latest promises; the table all of them.
import { promiseWords, type Insights, type PromiseItem } from '../../../shared/insights/index.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { DataTable } from './DataTable.tsx';
import { dayText } from './words.ts';

const WIDTH = 560;
const ROW = 26;
const LEFT = 150;
const RIGHT = 240;
/** More rows than this would make the picture a list; the table below has every promise. */
const CHART_ROWS = 10;
const TABLE_ROWS = 200;

/** The picture has room for a short phrase; the table beside says it in full. */
function chartWords(p: PromiseItem): string {
  if (p.status === 'kept') return 'kept';
  if (p.status === 'open') return 'still to come';
  return `${p.workingDaysLate} working ${p.workingDaysLate === 1 ? 'day' : 'days'} late${p.answeredOn ? '' : ', no answer'}`;
}

export function PromisesSection({
  insights,
  replaceNames,
  now,
}: {
  insights: Insights;
  replaceNames: ReadonlyMap<string, string> | null;
  now: Date;
}) {
  const { promises } = insights;
  const shown: PromiseItem[] = promises.items.slice(-CHART_ROWS);
  const most = Math.max(1, ...shown.map((p) => p.workingDaysLate));
  const height = 40 + shown.length * ROW;
  const barX = (n: number) => ((WIDTH - LEFT - RIGHT) * n) / most;
  const total = promises.items.length;
  const summary =
    total === 0
      ? 'No employer in this period gave a date to decide by.'
      : `${promises.kept} kept, ${promises.late} late, ${promises.open} still to come, of ${total} ${total === 1 ? 'promised date' : 'promised dates'}.`;
  const segments: [string, number, string][] = [
    ['kept', promises.kept, 'good'],
    ['late', promises.late, 'bad'],
    ['still to come', promises.open, 'waiting'],
  ];
  let offset = 0;
  const chart =
    total === 0 ? (
      <p className="insights-empty muted">When an employer says when they will decide, record it on the card; it shows here.</p>
    ) : (
      <ChartSvg
        className="insights-promises"
        width={WIDTH}
        height={height}
        title="Promised decision dates"
        description={`${summary}${shown.length < total ? ` The latest ${shown.length} are drawn; the table lists all.` : ''}`}
      >
        {segments.map(([label, n, tone]) => {
          const x = ((WIDTH - 2) * offset) / total;
          const w = ((WIDTH - 2) * n) / total;
          offset += n;
          return n === 0 ? null : (
            <g key={label}>
              <rect
                className={`insights-promises__segment insights-tone--${tone}`}
                x={x + 1}
                y={2}
                width={Math.max(1, w - 2)}
                height={14}
                rx={3}
              />
              <text className="insights-axis__label" x={x + 2} y={30}>
                {`${n} ${label}`}
              </text>
            </g>
          );
        })}
        {shown.map((p, i) => {
          const y = 40 + i * ROW + ROW / 2;
          return (
            <g key={p.applicationId}>
              <text className="insights-promises__company" x={0} y={y} dominantBaseline="middle">
                {p.company}
              </text>
              {p.workingDaysLate > 0 ? (
                <rect
                  className="insights-promises__late insights-tone--bad"
                  x={LEFT}
                  y={y - 6}
                  width={Math.max(3, barX(p.workingDaysLate))}
                  height={12}
                  rx={2}
                />
              ) : (
                <circle
                  className={`insights-tone--${p.status === 'kept' ? 'good' : 'waiting'} insights-promises__dot`}
                  cx={LEFT + 6}
                  cy={y}
                  r={5}
                />
              )}
              <text className="insights-axis__label" x={LEFT + Math.max(16, barX(p.workingDaysLate) + 8)} y={y} dominantBaseline="middle">
                {chartWords(p)}
              </text>
            </g>
          );
        })}
      </ChartSvg>
    );
  const table =
    total === 0 ? null : (
      <div className="insights-scroll" tabIndex={0} role="region" aria-label="Every promised date">
        <DataTable
          caption="Promised decision dates"
          rowHeaders
          columns={[{ label: 'Company' }, { label: 'Promised' }, { label: 'Answered' }, { label: 'Result' }]}
          rows={promises.items.slice(0, TABLE_ROWS).map((p) => ({
            key: p.applicationId,
            cells: [p.company, dayText(p.decisionBy, now), dayText(p.answeredOn, now), promiseWords(p)],
          }))}
        />
        {total > TABLE_ROWS && <p className="muted insights-more">{`And ${total - TABLE_ROWS} more; afterview stats lists them all.`}</p>}
      </div>
    );
  return (
    <ChartFrame
      title="Promises kept"
      summary={summary}
      fileName="afterview-promises"
      replaceNames={replaceNames}
      chart={chart}
      table={table}
    />
  );
}
