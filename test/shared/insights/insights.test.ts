// computeInsights over a search worked out by hand (story.ts), in Europe/Paris, as of
// Tuesday 1 December 2026 10:00 local.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../shared/insights/insights.ts';
import { parsePeriod, type Period } from '../../../shared/insights/period.ts';
import { anonymiseInsights, letterName } from '../../../shared/insights/anonymise.ts';
import { workingDaysAfter } from '../../../shared/insights/promises.ts';
import { localDate } from '../support/build.ts';
import { novemberSearch } from './story.ts';
import { parseApplicationsCsv } from '../../../shared/csv/index.ts';

const now = localDate('2026-12-01 10:00'); // Tuesday
const november = (): Period => {
  const parsed = parsePeriod('2026-11-02', '2026-11-30');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
};

describe('computeInsights', () => {
  it('runs in Paris time, where 1 December 2026 is a Tuesday at UTC+1', () => {
    expect(now.getDay()).toBe(2);
    expect(now.getTimezoneOffset()).toBe(-60);
  });

  it('counts the applications sent in the period at every stage they reached', () => {
    const { funnel } = computeInsights(novemberSearch().doc, november(), now);
    // Foxtrot (Sunday 1 November) is outside; Acme counts as interviewed although it ended rejected.
    expect(funnel).toEqual({ applied: 5, replied: 3, interviewed: 3, offers: 1, rejected: 1, withdrawn: 0, noResponse: 2, open: 2 });
  });

  it('draws the Sankey from the event logs: a rejection after two rounds passes both rounds', () => {
    const { sankey } = computeInsights(novemberSearch().doc, november(), now);
    expect(sankey.links).toEqual([
      { source: 'applied', target: 'heard_back', value: 3 },
      { source: 'applied', target: 'no_answer', value: 2 },
      { source: 'heard_back', target: 'round_1', value: 3 },
      { source: 'no_answer', target: 'open', value: 1 },
      { source: 'round_1', target: 'round_2', value: 1 },
      { source: 'round_1', target: 'offer', value: 1 },
      { source: 'round_1', target: 'open', value: 1 },
      { source: 'round_2', target: 'rejected', value: 1 },
    ]);
    expect(sankey.nodes.map((n) => n.label)).toEqual([
      'Applied',
      'Heard back',
      'No answer',
      'First interview',
      'Round 2',
      'Offer',
      'Rejected',
      'Still open',
    ]);
  });

  it('measures days to the first reply and from the last interview to the decision', () => {
    const { responseDays } = computeInsights(novemberSearch().doc, november(), now);
    // Acme Mon 2 -> Thu 5 (3), Cobalt Wed 4 -> Mon 9 (5), Echo Fri 6 -> Mon 16 (10).
    expect(responseDays.applicationToFirstReply).toEqual({ count: 3, median: 5, q1: 4, q3: 7.5, min: 3, max: 10 });
    // Acme Tue 17 -> Wed 25 (8), Cobalt Thu 12 -> Mon 16 (4).
    expect(responseDays.interviewToDecision).toMatchObject({ count: 2, median: 6, min: 4, max: 8 });
  });

  it('an interview a spreadsheet dates to the application itself counts as a reply when it is held, not at once', () => {
    const parsed = parseApplicationsCsv('company,role,applied_on,interview_at\nAcme,Designer,2026-11-02 10:00,2026-11-12 14:00\n', { now });
    if (!parsed.ok) throw new Error('fixture');
    const { responseDays } = computeInsights({ ...novemberSearch().doc, applications: parsed.applications }, november(), now);
    // Monday 2 November to the interview on Thursday 12 November.
    expect(responseDays.applicationToFirstReply).toMatchObject({ count: 1, median: 10 });
  });

  it('judges each promised date: kept on the day, late by working days, late while still silent', () => {
    const { promises } = computeInsights(novemberSearch().doc, november(), now);
    expect(promises).toMatchObject({ kept: 1, late: 2, open: 0 });
    expect(promises.items).toEqual([
      // Promised Monday 16 November, offer that Monday.
      {
        applicationId: 'cobalt',
        company: 'Cobalt',
        decisionBy: '2026-11-16',
        status: 'kept',
        answeredOn: '2026-11-16',
        workingDaysLate: 0,
      },
      // Promised Friday 20 November, rejected Wednesday 25: Monday, Tuesday, Wednesday.
      { applicationId: 'acme', company: 'Acme', decisionBy: '2026-11-20', status: 'late', answeredOn: '2026-11-25', workingDaysLate: 3 },
      // Promised Friday 27 November, nothing by Tuesday 1 December: Monday and Tuesday.
      { applicationId: 'echo', company: 'Echo', decisionBy: '2026-11-27', status: 'late', answeredOn: null, workingDaysLate: 2 },
    ]);
  });

  it('a promise whose day has not come is open, and an answer on the weekend after a Friday is not late', () => {
    const board = novemberSearch().decide('echo', '2026-12-04', '2026-11-20 12:00'); // Friday 4 December
    expect(computeInsights(board.doc, november(), now).promises.items.find((p) => p.applicationId === 'echo')).toMatchObject({
      status: 'open',
      workingDaysLate: 0,
    });
    board.log('echo', 'employer_replied', '2026-12-05 10:00'); // Saturday
    expect(
      computeInsights(board.doc, november(), localDate('2026-12-07 10:00')).promises.items.find((p) => p.applicationId === 'echo'),
    ).toMatchObject({ status: 'kept', answeredOn: '2026-12-05' });
  });

  it('lays the weekly rhythm out by ISO week against the weekly goal', () => {
    const board = novemberSearch().run({ type: 'updateSettings', settings: { weeklyApplicationGoal: 4 } });
    const { rhythm } = computeInsights(board.doc, november(), now);
    expect(rhythm.goal).toBe(4);
    expect(rhythm.weeks.map((w) => [w.week, w.start, w.applications, w.thankYous, w.followUps, w.metGoal])).toEqual([
      ['2026-W45', '2026-11-02', 5, 0, 0, true], // Monday 2 to Friday 6 November; Foxtrot's Sunday is outside
      ['2026-W46', '2026-11-09', 0, 0, 0, false],
      ['2026-W47', '2026-11-16', 0, 1, 0, false],
      ['2026-W48', '2026-11-23', 0, 0, 0, false],
      ['2026-W49', '2026-11-30', 0, 0, 0, false], // only Monday 30 November is in the period
    ]);
  });

  it('with no period it takes every application and runs the rhythm up to today, with the default goal of 5', () => {
    const insights = computeInsights(novemberSearch().doc, { from: null, to: null }, now);
    expect(insights.funnel.applied).toBe(6);
    expect(insights.period).toEqual({ from: null, to: null });
    expect(insights.rhythm.goal).toBe(5);
    expect(insights.rhythm.weeks[0]).toMatchObject({ week: '2026-W44', start: '2026-10-26', applications: 1 });
    expect(insights.rhythm.weeks.at(-1)).toMatchObject({ week: '2026-W49' });
  });

  it('a search that went quiet months ago ends its rhythm at its last activity, not at today', () => {
    const later = localDate('2027-06-01 10:00'); // Tuesday
    const { rhythm } = computeInsights(novemberSearch().doc, { from: null, to: null }, later);
    // Delta was closed on Monday 30 November 2026, the last thing that happened.
    expect(rhythm.weeks.at(-1)).toMatchObject({ week: '2026-W49', start: '2026-11-30' });
  });

  it('an empty document has an empty picture', () => {
    const insights = computeInsights({ ...novemberSearch().doc, applications: [] }, { from: null, to: null }, now);
    expect(insights.sankey).toEqual({ nodes: [], links: [] });
    expect(insights.responseDays.applicationToFirstReply).toMatchObject({ count: 0, median: null });
    expect(insights.rhythm.weeks).toEqual([]);
  });

  it('a withdrawn application with no answer flows from "No answer" to "Withdrawn"; one closed after a reply went quiet', () => {
    const board = novemberSearch().log('birch', 'withdrawn', '2026-11-20 10:00').log('delta', 'employer_replied', '2026-11-10 10:00');
    const { sankey } = computeInsights(board.doc, november(), now);
    expect(sankey.links).toContainEqual({ source: 'no_answer', target: 'withdrawn', value: 1 });
    expect(sankey.links).toContainEqual({ source: 'heard_back', target: 'went_quiet', value: 1 });
  });

  it('anonymising names the companies Company A, B, ... in order of appearance', () => {
    const shared = anonymiseInsights(computeInsights(novemberSearch().doc, november(), now));
    expect(shared.promises.items.map((p) => p.company)).toEqual(['Company A', 'Company B', 'Company C']);
    expect([0, 25, 26, 27].map(letterName)).toEqual(['Company A', 'Company Z', 'Company AA', 'Company AB']);
  });
});

describe('parsePeriod', () => {
  it('reads local days and says in one sentence what is wrong with a bad one', () => {
    expect(parsePeriod(undefined, '')).toEqual({ ok: true, period: { from: null, to: null } });
    expect(parsePeriod('2026-11-31', undefined)).toEqual({
      ok: false,
      message: 'The from date "2026-11-31" is not a day; write it like 2026-11-02.',
    });
    expect(parsePeriod('2026-12-01', '2026-11-02')).toEqual({
      ok: false,
      message: 'The period starts after it ends (2026-12-01 is after 2026-11-02); swap the two dates.',
    });
  });
});

describe('workingDaysAfter', () => {
  it('counts Monday to Friday after the day, up to and including the last, however far apart', () => {
    const workdays = [1, 2, 3, 4, 5];
    const friday = localDate('2026-11-20 00:00');
    expect(workingDaysAfter(friday, localDate('2026-11-20 00:00'), workdays)).toBe(0); // the day itself
    expect(workingDaysAfter(friday, localDate('2026-11-22 00:00'), workdays)).toBe(0); // Sunday
    expect(workingDaysAfter(friday, localDate('2026-11-25 00:00'), workdays)).toBe(3); // Wednesday
    expect(workingDaysAfter(friday, localDate('2026-12-04 00:00'), workdays)).toBe(10); // Friday two weeks on
    // Across the end of summer time (Sunday 25 October 2026 in Paris), day by day agrees with weeks at once.
    const saturday = localDate('2026-10-17 00:00');
    expect(workingDaysAfter(saturday, localDate('2026-11-02 00:00'), workdays)).toBe(11);
    expect(workingDaysAfter(localDate('2024-03-01 00:00'), localDate('2026-12-01 00:00'), workdays)).toBe(717); // as a day-by-day count gives
  });
});
