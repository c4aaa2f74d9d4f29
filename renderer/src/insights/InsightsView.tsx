// Insights (issue 16): the whole search at a glance for a chosen period, from what actually
// happened to each application. Every chart has its numbers in a table and exports as SVG or
// PNG, with company names replaced by "Company A, B, ..." when the user asks.
import { useId, useMemo, useState } from 'react';
import { anonymiseInsights } from '../../../shared/insights/index.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp } from '../store/StoreContext.tsx';
import { PeriodPicker, type PeriodValue } from './PeriodPicker.tsx';
import { PromisesSection } from './PromisesSection.tsx';
import { ResponseTimesSection } from './ResponseTimesSection.tsx';
import { RhythmSection } from './RhythmSection.tsx';
import { SankeySection } from './SankeySection.tsx';
import { useInsights } from './useInsights.ts';

export function InsightsView() {
  const [period, setPeriod] = useState<PeriodValue>({ choice: 'all', from: '', to: '' });
  const [anonymous, setAnonymous] = useState(false);
  const { insights, problem } = useInsights(period);
  const now = new Date(useApp((s) => minuteOf(s.now)));
  const anonymousHint = useId();
  const replaceNames = useMemo(() => {
    if (!insights || !anonymous) return null;
    const shared = anonymiseInsights(insights).promises.items;
    return new Map(insights.promises.items.map((p, i) => [p.company, shared[i]!.company]));
  }, [insights, anonymous]);

  return (
    <div className="insights">
      <div className="insights__inner">
        <header className="insights__header">
          <div>
            <h1 className="insights__title">Insights</h1>
            <p className="muted">From each application&apos;s history, not just the column it sits in now.</p>
          </div>
          <div className="insights__controls">
            <PeriodPicker value={period} problem={problem} onChange={setPeriod} />
            <label className="checkbox insights__anonymous">
              <input
                type="checkbox"
                checked={anonymous}
                aria-describedby={anonymousHint}
                onChange={(e) => setAnonymous(e.target.checked)}
              />
              Hide company names in exports
            </label>
            <span id={anonymousHint} className="sr-only">
              Exported pictures name the companies Company A, B, and so on.
            </span>
          </div>
        </header>
        {insights && (
          <div className="insights__grid">
            <SankeySection insights={insights} replaceNames={replaceNames} />
            <ResponseTimesSection insights={insights} />
            <PromisesSection insights={insights} replaceNames={replaceNames} now={now} />
            <RhythmSection insights={insights} now={now} />
          </div>
        )}
      </div>
    </div>
  );
}
