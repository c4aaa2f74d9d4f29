// The Sankey of the search with the funnel above it and the flows as a table beside it.
import { useMemo } from 'react';
import type { Insights } from '../../../shared/insights/index.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { DataTable } from './DataTable.tsx';
import { layOutSankey, SANKEY_HEIGHT, SANKEY_WIDTH, type LaidNode } from './sankeyLayout.ts';

/** Which colour family a node is drawn in (insights.css); colour is never the only cue, every node is labelled. */
const TONE: Record<string, string> = {
  offer: 'good',
  rejected: 'bad',
  withdrawn: 'neutral',
  went_quiet: 'neutral',
  no_answer: 'neutral',
  open: 'waiting',
};
const toneOf = (id: string) => TONE[id] ?? 'flow';

const share = (n: number, of: number) => (of === 0 ? '' : ` (${Math.round((n / of) * 100)}%)`);

function Funnel({ funnel }: { funnel: Insights['funnel'] }) {
  const steps: [string, number][] = [
    ['Applied', funnel.applied],
    ['Heard back', funnel.replied],
    ['Interviewed', funnel.interviewed],
    ['Offer', funnel.offers],
  ];
  return (
    <dl className="insights-funnel">
      {steps.map(([label, n]) => (
        <div key={label} className="insights-funnel__step">
          <dt>{label}</dt>
          <dd>
            <span className="insights-funnel__count">{n}</span>
            <span className="muted">{share(n, funnel.applied)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SankeySection({ insights, replaceNames }: { insights: Insights; replaceNames: ReadonlyMap<string, string> | null }) {
  const picture = useMemo(() => layOutSankey(insights.sankey), [insights.sankey]);
  const labels = new Map(insights.sankey.nodes.map((n) => [n.id, n.label]));
  const { funnel } = insights;
  const summary =
    funnel.applied === 0
      ? 'No applications were sent in this period.'
      : `${funnel.applied} sent, ${funnel.replied} heard back, ${funnel.interviewed} interviewed, ${funnel.offers} ${funnel.offers === 1 ? 'offer' : 'offers'}. Each application counts at every stage it passed.`;
  // Labels sit right of their node; the last column has room kept for them (sankeyLayout.ts).
  const labelOf = (n: { x1: number; y0: number; y1: number }) => ({ x: n.x1 + 6, anchor: 'start' as const, y: (n.y0 + n.y1) / 2 });
  const chart =
    picture.nodes.length === 0 ? (
      <p className="insights-empty muted">Nothing to draw yet.</p>
    ) : (
      <ChartSvg
        className="insights-sankey"
        width={SANKEY_WIDTH}
        height={SANKEY_HEIGHT}
        title="The search as a flow"
        description={`${summary} The table beside lists every flow.`}
      >
        <g>
          {picture.links.map(({ link, path, width }) => (
            <path
              key={`${(link.source as LaidNode).id}-${(link.target as LaidNode).id}`}
              className={`insights-sankey__link insights-tone--${toneOf((link.target as LaidNode).id)}`}
              d={path}
              strokeWidth={width}
            />
          ))}
        </g>
        <g>
          {picture.nodes.map((n) => {
            const label = labelOf(n);
            return (
              <g key={n.id}>
                <rect
                  className={`insights-sankey__node insights-tone--${toneOf(n.id)}`}
                  x={n.x0}
                  y={n.y0}
                  width={n.x1 - n.x0}
                  height={Math.max(1, n.y1 - n.y0)}
                  rx={2}
                />
                <text className="insights-sankey__label" x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="middle">
                  {n.label} {n.value}
                </text>
              </g>
            );
          })}
        </g>
      </ChartSvg>
    );
  const table = (
    <DataTable
      caption="Flows of the search"
      columns={[{ label: 'From' }, { label: 'To' }, { label: 'Applications', numeric: true }]}
      rows={insights.sankey.links.map((l) => ({
        key: `${l.source}-${l.target}`,
        cells: [labels.get(l.source), labels.get(l.target), l.value],
      }))}
    />
  );
  return (
    <ChartFrame
      wide
      title="The search"
      summary={summary}
      fileName="afterview-search-flow"
      replaceNames={replaceNames}
      controls={<Funnel funnel={funnel} />}
      chart={chart}
      table={table}
    />
  );
}
