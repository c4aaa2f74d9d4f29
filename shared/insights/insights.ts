// computeInsights: the whole search at a glance for a period, from the event logs. The one
// source of the numbers for the Insights view, its exports and `afterview stats`.
import type { AfterviewDocument } from '../model/types.ts';
import { heardBack, historyOf, type History } from './history.ts';
import { inPeriod, type Period } from './period.ts';
import { sankeyOf, type Sankey } from './sankey.ts';
import { responseDaysOf, type ResponseDays } from './response-days.ts';
import { promisesOf, type Promises } from './promises.ts';
import { rhythmOf, type Rhythm } from './rhythm.ts';
import { weeklyGoalOf } from './goal.ts';
import { formatLocalDay } from '../dates/local.ts';

/**
 * Applications that reached each point. applied >= replied >= interviewed >= offers: an offer
 * with no interview logged still passed the interview stage, as far as a funnel can tell.
 * rejected, withdrawn and open are how they ended; noResponse never heard back at all.
 */
export interface Funnel {
  applied: number;
  replied: number;
  interviewed: number;
  offers: number;
  rejected: number;
  withdrawn: number;
  noResponse: number;
  open: number;
}

export interface Insights {
  period: { from: string | null; to: string | null };
  funnel: Funnel;
  sankey: Sankey;
  responseDays: ResponseDays;
  promises: Promises;
  rhythm: Rhythm;
}

function funnelOf(histories: readonly History[]): Funnel {
  const count = (test: (h: History) => boolean) => histories.filter(test).length;
  const replied = count(heardBack);
  return {
    applied: histories.length,
    replied,
    interviewed: count((h) => h.interviews.length > 0 || h.ending === 'offer'),
    offers: count((h) => h.ending === 'offer'),
    rejected: count((h) => h.ending === 'rejected'),
    withdrawn: count((h) => h.ending === 'withdrawn'),
    noResponse: histories.length - replied,
    open: count((h) => h.ending === 'open'),
  };
}

export function computeInsights(doc: AfterviewDocument, period: Period, now: Date): Insights {
  const all = doc.applications.map((app) => historyOf(app, now));
  const sent = all.filter((h) => inPeriod(period, h.appliedAt));
  const day = (d: Date | null) => (d ? formatLocalDay(d) : null);
  return {
    period: { from: day(period.from), to: day(period.to) },
    funnel: funnelOf(sent),
    sankey: sankeyOf(sent),
    responseDays: responseDaysOf(sent),
    promises: promisesOf(sent, doc.settings.policy, now),
    rhythm: rhythmOf(all, period, weeklyGoalOf(doc.settings), now),
  };
}
