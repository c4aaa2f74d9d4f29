// The CSV interchange's offer_deadline column (P16), and P10 for a card imported with only an upcoming interview.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('Europe/Paris');

import { describe, expect, it } from 'vitest';
import { applicationsToCsv, parseApplicationsCsv } from '../../../shared/csv/index.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { applyCommand } from '../../../shared/board/apply.ts';
import { local, localDate } from '../support/build.ts';

// Imported on Tuesday 1 December 2026 12:00.
const now = localDate('2026-12-01 12:00');
const parse = (text: string) => parseApplicationsCsv(text, { now });

describe('CSV offer_deadline (P16)', () => {
  it('P16 csv: a bare day is the whole day (Friday 11 December 2026, answer by 23:59); a date-time is exact', () => {
    const result = parse(
      'company,role,stage,offer_at,offer_deadline\nInitech,Engineer,offer,2026-12-01 10:00,2026-12-11\nUmbrella,Engineer,offer,2026-12-01 10:00,2026-12-11 17:00\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.applications.map((a) => a.offerDeadline)).toEqual([local('2026-12-11 23:59'), local('2026-12-11 17:00')]);
  });

  it('P16 csv: the header "Deadline" is understood, a wrong value names row and column, and export writes the column back', () => {
    const bad = parse('company,role,Deadline\nInitech,Engineer,next friday\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ row: 2, column: 'Deadline' });
    const good = parse('company,role,stage,offer_at,offer_deadline\nInitech,Engineer,offer,2026-12-01 10:00,2026-12-11 17:00\n');
    if (!good.ok) throw new Error('parse failed');
    const again = parse(applicationsToCsv(good.applications));
    if (!again.ok) throw new Error('re-import failed');
    expect(again.applications[0]!.offerDeadline).toBe(local('2026-12-11 17:00'));
  });

  it('P16 csv: `afterview due` material: the imported deadline opens the countdown and the expedite requests', () => {
    const result = parse(
      'company,role,stage,offer_at,offer_deadline,interview_at,interviewers\nInitech,Engineer,offer,2026-12-01 10:00,2026-12-11 17:00,,\nAcme,Designer,,,,2026-12-03 10:00,Dana Whitfield\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const actions = computeAllActions({ ...emptyDocument(), applications: result.applications }, now).filter((a) => a.rule === 'P16');
    expect(actions.map((a) => [a.title, a.template])).toEqual([
      ['Ask Acme for their timeline', 'expedite_request'],
      ['Decide by Fri 11 Dec', null],
    ]);
  });
});

describe('P10 and an imported card', () => {
  it('P10: a card imported with only an upcoming interview (Thursday 10 December 2026) is withdrawn from when an offer is accepted before it (Wednesday 2 December)', () => {
    const result = parse('company,role,interview_at,interviewers\nAcme,Designer,2026-12-10 10:00,Dana Whitfield\nInitech,Engineer,,\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const initech = result.applications.find((a) => a.company === 'Initech')!;
    const doc = applyCommand(
      { ...emptyDocument(), applications: result.applications },
      { type: 'acceptOffer', id: initech.id, at: local('2026-12-02 10:00'), eventId: 'acc' },
    );
    const p10 = computeAllActions(doc, localDate('2026-12-02 11:00')).filter((a) => a.rule === 'P10');
    expect(p10.map((a) => a.title)).toEqual(['Tell Acme you are withdrawing']);
  });
});
