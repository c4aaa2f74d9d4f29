export { computeInsights, type Funnel, type Insights } from './insights.ts';
export { ALL_TIME, inPeriod, parsePeriod, type Period, type PeriodResult } from './period.ts';
export { MAX_ROUND_NODES, type Sankey, type SankeyLink, type SankeyNode } from './sankey.ts';
export type { ResponseDays } from './response-days.ts';
export type { Spread } from './spread.ts';
export type { PromiseItem, Promises, PromiseStatus } from './promises.ts';
export type { Rhythm, RhythmWeek } from './rhythm.ts';
export { DEFAULT_WEEKLY_APPLICATION_GOAL, weeklyGoalOf } from './goal.ts';
export { anonymiseInsights, letterName } from './anonymise.ts';
