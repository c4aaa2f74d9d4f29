// The Insights numbers for the chosen period, computed once per document change and per
// minute of the renderer's clock (interviews "held by now" and late promises move with it).
import { useMemo } from 'react';
import { computeInsights, parsePeriod, type Insights } from '../../../shared/insights/index.ts';
import { minuteOf } from '../store/selectors.ts';
import { useApp } from '../store/StoreContext.tsx';
import { daysOf } from './periodChoices.ts';
import type { PeriodValue } from './PeriodPicker.tsx';

export function useInsights(value: PeriodValue): { insights: Insights | null; problem: string | null } {
  const doc = useApp((s) => s.doc);
  const minute = useApp((s) => minuteOf(s.now));
  return useMemo(() => {
    const now = new Date(minute);
    const days = value.choice === 'custom' ? value : daysOf(value.choice, now);
    const period = parsePeriod(days.from, days.to);
    if (!period.ok) return { insights: null, problem: period.message };
    return { insights: doc ? computeInsights(doc, period.period, now) : null, problem: null };
  }, [doc, minute, value]);
}
