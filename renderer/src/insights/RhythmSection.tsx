// The weekly rhythm: applications sent each ISO week as bars against the weekly goal (a line),
// thank-yous and follow-ups as thinner bars beside them; the goal is set right here.
import { line } from 'd3-shape';
import type { Insights } from '../../../shared/insights/index.ts';
import { CommitField } from '../ui/fields.tsx';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { DataTable } from './DataTable.tsx';
import { dayText } from './words.ts';

const HEIGHT = 200;
const BOTTOM = 24;
const TOP = 24;
const LEFT = 28;
/** The chart keeps bars readable by showing the latest weeks; the table has every week. */
const CHART_WEEKS = 26;

function GoalField() {
  const store = useAppStore();
  const goal = useApp((s) => s.doc?.settings.weeklyApplicationGoal ?? null);
  const readOnly = useApp((s) => s.readOnly);
  return (
    <div className="insights-goal">
      <CommitField
        label="Weekly goal"
        type="number"
        min={0}
        max={100}
        suffix="applications a week"
        disabled={readOnly}
        value={String(goal ?? 5)}
        hint="Keep applying while you wait on answers (P14); weeks that reach it are marked met."
        validate={(v) => (/^\d+$/.test(v.trim()) && Number(v) <= 100 ? null : 'Write a whole number from 0 to 100.')}
        onCommit={(v) => void store.getState().dispatch({ type: 'updateSettings', settings: { weeklyApplicationGoal: Number(v) } })}
      />
    </div>
  );
}

export function RhythmSection({ insights, now }: { insights: Insights; now: Date }) {
  const { rhythm } = insights;
  const weeks = rhythm.weeks.slice(-CHART_WEEKS);
  // One width for every period, so text in the picture keeps the size it has in the other charts.
  const width = 800;
  const top = Math.max(1, rhythm.goal, ...weeks.map((w) => Math.max(w.applications, w.thankYous, w.followUps)));
  const y = (n: number) => HEIGHT - BOTTOM - ((HEIGHT - BOTTOM - TOP) * n) / top;
  const slot = weeks.length ? (width - LEFT - 8) / weeks.length : 0;
  const met = rhythm.weeks.filter((w) => w.metGoal).length;
  const summary =
    rhythm.weeks.length === 0
      ? 'No weeks to show yet.'
      : `The goal of ${rhythm.goal} applications was met in ${met} of ${rhythm.weeks.length} ${rhythm.weeks.length === 1 ? 'week' : 'weeks'}.`;
  const goalLine = line<number>()
    .x((x) => x)
    .y(() => y(rhythm.goal))([LEFT, width - 8]);
  const chart =
    weeks.length === 0 ? (
      <p className="insights-empty muted">Nothing sent in this period.</p>
    ) : (
      <ChartSvg
        className="insights-rhythm"
        width={width}
        height={HEIGHT}
        title="Applications, thank-yous and follow-ups per week"
        description={`${summary}${weeks.length < rhythm.weeks.length ? ` The latest ${weeks.length} weeks are drawn; the table lists all.` : ''}`}
      >
        <text className="insights-axis__label" x={0} y={y(top) + 4}>
          {top}
        </text>
        <text className="insights-axis__label" x={0} y={y(0)}>
          0
        </text>
        <line className="insights-axis__grid" x1={LEFT} x2={width - 8} y1={y(0)} y2={y(0)} />
        {weeks.map((w, i) => {
          const x = LEFT + i * slot + slot * 0.15;
          const bar = slot * 0.4;
          const thin = slot * 0.15;
          return (
            <g key={w.week}>
              <rect
                className={`insights-rhythm__applications insights-tone--${w.metGoal ? 'good' : 'flow'}`}
                x={x}
                y={y(w.applications)}
                width={bar}
                height={y(0) - y(w.applications)}
              />
              <rect className="insights-rhythm__thanks" x={x + bar + 1} y={y(w.thankYous)} width={thin} height={y(0) - y(w.thankYous)} />
              <rect
                className="insights-rhythm__follow-ups"
                x={x + bar + thin + 2}
                y={y(w.followUps)}
                width={thin}
                height={y(0) - y(w.followUps)}
              />
              {i % Math.ceil(weeks.length / 6) === 0 && (
                <text className="insights-axis__label" x={x} y={HEIGHT - 6}>
                  {dayText(w.start, now).replace(/^\w+ /, '')}
                </text>
              )}
            </g>
          );
        })}
        <path className="insights-rhythm__goal" d={goalLine ?? ''} />
        <text className="insights-axis__label" x={width - 8} y={y(rhythm.goal) - 6} textAnchor="end">
          {`goal ${rhythm.goal}`}
        </text>
      </ChartSvg>
    );
  const table = (
    <div className="insights-scroll" tabIndex={0} role="region" aria-label="Every week">
      <DataTable
        caption="Applications, thank-yous and follow-ups per week"
        rowHeaders
        columns={[
          { label: 'Week of' },
          { label: 'Applications', numeric: true },
          { label: 'Thank-yous', numeric: true },
          { label: 'Follow-ups', numeric: true },
          { label: 'Goal' },
        ]}
        rows={[...rhythm.weeks].reverse().map((w) => ({
          key: w.week,
          cells: [
            dayText(w.start, now),
            w.applications,
            w.thankYous,
            w.followUps,
            w.metGoal ? 'met' : `${rhythm.goal - w.applications} short`,
          ],
        }))}
      />
    </div>
  );
  return (
    <ChartFrame
      wide
      title="Weekly rhythm"
      summary={summary}
      fileName="afterview-weekly-rhythm"
      replaceNames={null}
      controls={
        <div className="insights-rhythm__controls">
          <GoalField />
          <ul className="insights-legend" aria-label="Key">
            <li>
              <span className="insights-legend__swatch insights-tone--flow" aria-hidden="true" />
              Applications
            </li>
            <li>
              <span className="insights-legend__swatch insights-tone--good" aria-hidden="true" />
              Applications, goal met
            </li>
            <li>
              <span className="insights-legend__swatch insights-rhythm__thanks" aria-hidden="true" />
              Thank-yous
            </li>
            <li>
              <span className="insights-legend__swatch insights-rhythm__follow-ups" aria-hidden="true" />
              Follow-ups
            </li>
          </ul>
        </div>
      }
      chart={chart}
      table={table}
    />
  );
}
