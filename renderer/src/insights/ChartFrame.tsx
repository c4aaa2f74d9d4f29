// One Insights chart as a card: its heading and one-line summary, SVG and PNG export, the
// chart, and beside or under it a table of the same numbers (for screen readers, and for
// people who prefer numbers).
import { useId, useRef, type ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { useAppStore } from '../store/StoreContext.tsx';
import { exportPng, exportSvg } from './exportChart.ts';

interface ChartFrameProps {
  title: string;
  summary: ReactNode;
  /** The file name without extension: "afterview-sankey". */
  fileName: string;
  /** Real name -> "Company A" when the user asked for anonymous exports; null to keep names. */
  replaceNames: ReadonlyMap<string, string> | null;
  chart: ReactNode;
  table: ReactNode;
  /** Extra controls under the heading (the weekly goal). */
  controls?: ReactNode;
  wide?: boolean;
}

export function ChartFrame({ title, summary, fileName, replaceNames, chart, table, controls, wide }: ChartFrameProps) {
  const store = useAppStore();
  const titleId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const svg = () => chartRef.current?.querySelector('svg') ?? null;
  const toast = (message: string, tone: 'info' | 'error' = 'info') => store.getState().pushToast({ message, tone });
  const onSvg = () => {
    const element = svg();
    if (!element) return;
    exportSvg(element, title, fileName, replaceNames);
    toast(`Saved ${title} as ${fileName}.svg.`);
  };
  const onPng = () => {
    const element = svg();
    if (!element) return;
    exportPng(element, title, fileName, replaceNames).then(
      () => toast(`Saved ${title} as ${fileName}.png.`),
      (error: Error) => toast(error.message, 'error'),
    );
  };
  return (
    <section className={`insights-card${wide ? ' insights-card--wide' : ''}`} aria-labelledby={titleId}>
      <header className="insights-card__header">
        <div className="insights-card__heading">
          <h2 id={titleId} className="insights-card__title">
            {title}
          </h2>
          <p className="insights-card__summary muted">{summary}</p>
        </div>
        <div className="insights-card__export" role="group" aria-label={`Export ${title}`}>
          <button type="button" className="button button--small" onClick={onSvg} aria-label={`Export ${title} as SVG`}>
            <Icon name="download" size={14} />
            SVG
          </button>
          <button type="button" className="button button--small" onClick={onPng} aria-label={`Export ${title} as PNG`}>
            <Icon name="download" size={14} />
            PNG
          </button>
        </div>
      </header>
      {controls}
      <div className="insights-card__body">
        <div className="insights-card__chart" ref={chartRef}>
          {chart}
        </div>
        <div className="insights-card__table">{table}</div>
      </div>
    </section>
  );
}
