// One describe per playbook rule, named with its id. Times are local to America/Chicago.
import { useTimeZone } from '../support/tz.ts';
useTimeZone('America/Chicago');

import { describe, expect, it } from 'vitest';
import { computeActions, computeAllActions, doneReason } from '../../../shared/engine/actions.ts';
import type { Policy } from '../../../shared/model/types.ts';
import { Board, local, localDate, policy } from '../support/build.ts';

const actionsOf = (b: Board, id: string, now: string, p: Partial<Policy> = {}) =>
  computeActions(b.app(id), { now: localDate(now), policy: policy(p), applications: b.doc.applications });

const people = [
  { id: 'c1', name: 'Dana Whitfield', email: 'dana@acme.example' },
  { id: 'c2', name: 'Sam Ortiz' },
];

/** Applied on the 3rd, interviewed Friday 14 January 2022 10:00-11:00 by Dana and Sam. */
function interviewed(): Board {
  return new Board()
    .add('a', 'Acme', '2022-01-03 09:00', { contacts: people })
    .round('a', 'r1', '2022-01-14 10:00', { interviewers: ['c1', 'c2'], loggedAt: '2022-01-10 12:00' });
}

it('runs in the zone it claims', () => {
  expect(new Date(2022, 0, 14).getTimezoneOffset()).toBe(6 * 60);
});

describe('P1: ask for the decision date before the interview ends', () => {
  it('shows with no due time until the interview ends, then gives way to P2', () => {
    const before = actionsOf(interviewed(), 'a', '2022-01-14 10:30');
    expect(before.map((a) => [a.rule, a.due, a.status])).toEqual([['P1', null, 'upcoming']]);
    expect(before[0]!.why).toMatch(/\(P1\)\.$/);
    expect(actionsOf(interviewed(), 'a', '2022-01-14 11:00').map((a) => a.rule)).toEqual(['P2']);
  });

  it('is not shown once a decision date on or after the interview is recorded', () => {
    const b = interviewed().decide('a', '2022-01-21');
    expect(actionsOf(b, 'a', '2022-01-12 10:00')).toEqual([]);
  });

  it('shows for a card dragged to Interviewing before any time is known', () => {
    const b = new Board()
      .add('a', 'Acme', '2022-01-03 09:00')
      .run({ type: 'moveCard', id: 'a', to: 'interviewing', index: 0, at: local('2022-01-04 09:00'), eventId: 'm1' });
    expect(actionsOf(b, 'a', '2022-01-05 09:00').map((a) => a.rule)).toEqual(['P1']);
  });
});

describe('P2: thank-you within 24 hours of the interview end', () => {
  it('names every interviewer and is overdue after 24 hours', () => {
    const [p2] = actionsOf(interviewed(), 'a', '2022-01-15 11:01');
    expect(p2).toMatchObject({ rule: 'P2', title: 'Send a thank-you note to Dana and Sam', status: 'overdue', roundId: 'r1' });
    expect(p2!.due).toBe(local('2022-01-15 11:00'));
  });

  it('is due today on the interview day when the setting is a few hours, and honours the length', () => {
    const b = new Board().add('a', 'Acme', '2022-01-03 09:00').round('a', 'r1', '2022-01-14 10:00', { minutes: 90 });
    const [p2] = actionsOf(b, 'a', '2022-01-14 12:00', { thankYouWithinHours: 6 });
    expect(p2).toMatchObject({ rule: 'P2', status: 'due_today', due: local('2022-01-14 17:30') });
  });

  it('closes once the thank-you is logged, which moves the card to Thank-you sent', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 15:00');
    expect(b.app('a').stage).toBe('waiting');
    expect(actionsOf(b, 'a', '2022-01-14 16:00').some((a) => a.rule === 'P2')).toBe(false);
  });

  it('counts from an "interview held" logged without a round', () => {
    const b = new Board().add('a', 'Acme', '2022-01-03 09:00').log('a', 'interview_held', '2022-01-14 11:00');
    expect(actionsOf(b, 'a', '2022-01-14 12:00')[0]).toMatchObject({ rule: 'P2', due: local('2022-01-15 11:00') });
  });
});

describe('P4: follow up two working days after the promised date', () => {
  const thanked = (decision: string) => interviewed().decide('a', decision).log('a', 'thank_you_sent', '2022-01-14 16:00');

  it('skips the weekend: a Friday date gives Tuesday 09:00', () => {
    expect(actionsOf(thanked('2022-01-21'), 'a', '2022-01-16 09:00')[0]).toMatchObject({ rule: 'P4', due: local('2022-01-25 09:00') });
  });

  it('a decision date on a Saturday counts from there: Saturday + 2 working days is Tuesday', () => {
    expect(actionsOf(thanked('2022-01-22'), 'a', '2022-01-16 09:00')[0]).toMatchObject({ rule: 'P4', due: local('2022-01-25 09:00') });
  });

  it('a Wednesday date gives Friday, and the working days and hour follow the policy', () => {
    expect(actionsOf(thanked('2022-01-19'), 'a', '2022-01-16 09:00')[0]!.due).toBe(local('2022-01-21 09:00'));
    const sixDayWeek = actionsOf(thanked('2022-01-21'), 'a', '2022-01-16 09:00', { workingDays: [1, 2, 3, 4, 5, 6], notifyAtHour: 8 });
    expect(sixDayWeek[0]!.due).toBe(local('2022-01-24 08:00'));
  });
});

describe('P5: no promised date, follow up 14 days after the interview', () => {
  it('is due on the interview day + 14 at 09:00', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 16:00');
    const [p5] = actionsOf(b, 'a', '2022-01-20 09:00');
    expect(p5).toMatchObject({ rule: 'P5', due: local('2022-01-28 09:00'), template: 'follow_up_email' });
    expect(p5!.why).toMatch(/\(P5\)\.$/);
  });

  it('treats a promised date older than the latest interview as stale', () => {
    const b = interviewed().decide('a', '2022-01-10').log('a', 'thank_you_sent', '2022-01-14 16:00');
    expect(actionsOf(b, 'a', '2022-01-20 09:00')[0]).toMatchObject({ rule: 'P5', due: local('2022-01-28 09:00') });
  });
});

describe('P8: one more touch two weeks after the first follow-up', () => {
  it("counts from a call as well as an email, and uses the persistent preset's week", () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 16:00').log('a', 'call_made', '2022-01-28 10:00');
    expect(b.app('a').stage).toBe('followed_up');
    expect(actionsOf(b, 'a', '2022-01-29 09:00')[0]).toMatchObject({ rule: 'P8', due: local('2022-02-11 09:00') });
    expect(actionsOf(b, 'a', '2022-01-29 09:00', { secondTouchAfterDays: 7, maxFollowUps: null })[0]).toMatchObject({
      rule: 'P8',
      due: local('2022-02-04 09:00'),
    });
  });
});

describe('P9: the follow-up limit', () => {
  const twice = () =>
    interviewed()
      .log('a', 'thank_you_sent', '2022-01-14 16:00')
      .log('a', 'follow_up_sent', '2022-01-28 10:00')
      .log('a', 'call_made', '2022-02-11 10:00');

  it('after the second touch, suggests closing as no response 14 days later', () => {
    const [p9] = actionsOf(twice(), 'a', '2022-02-12 09:00');
    expect(p9).toMatchObject({ rule: 'P9', template: null, due: local('2022-02-25 09:00') });
    expect(p9!.why).toContain('twice');
  });

  it('with maxFollowUps 1, stops after the first follow-up; with no limit, keeps suggesting touches', () => {
    const once = interviewed().log('a', 'thank_you_sent', '2022-01-14 16:00').log('a', 'follow_up_sent', '2022-01-28 10:00');
    expect(actionsOf(once, 'a', '2022-01-29 09:00', { maxFollowUps: 1 })[0]!.rule).toBe('P9');
    expect(actionsOf(twice(), 'a', '2022-02-12 09:00', { maxFollowUps: null })[0]).toMatchObject({
      rule: 'P8',
      due: local('2022-02-25 09:00'),
    });
  });

  it('with maxFollowUps 0, suggests moving on when the first follow-up would have been due', () => {
    const b = interviewed().log('a', 'thank_you_sent', '2022-01-14 16:00');
    expect(actionsOf(b, 'a', '2022-01-20 09:00', { maxFollowUps: 0 })[0]).toMatchObject({ rule: 'P9', due: local('2022-01-28 09:00') });
  });

  it('closing the card as no response leaves nothing to do (P13)', () => {
    const b = twice().run({ type: 'closeApplication', id: 'a', at: local('2022-02-25 10:00'), eventId: 'x', outcome: 'no_response' });
    expect(b.app('a')).toMatchObject({ stage: 'closed', outcome: 'no_response' });
    expect(actionsOf(b, 'a', '2022-02-26 09:00')).toEqual([]);
  });
});

describe('P10: accepting an offer opens a withdrawal on every other open application', () => {
  function search(): Board {
    return new Board()
      .add('a', 'Acme', '2022-01-03 09:00')
      .add('b', 'Birch', '2022-01-04 09:00')
      .add('c', 'Cobalt', '2022-01-05 09:00')
      .add('d', 'Delta', '2022-01-06 09:00')
      .add('e', 'Ember', '2022-01-06 09:00')
      .round('b', 'rb', '2022-01-12 10:00')
      .log('c', 'thank_you_sent', '2022-01-13 10:00')
      .log('d', 'rejected', '2022-01-14 10:00')
      .log('e', 'offer', '2022-01-15 10:00')
      .log('a', 'offer', '2022-01-18 10:00')
      .run({ type: 'acceptOffer', id: 'a', at: local('2022-01-20 15:00'), eventId: 'acc' });
  }

  it('gives each open card one withdrawal due at the moment of acceptance, and nothing else', () => {
    const b = search();
    const all = computeAllActions(b.doc, localDate('2022-01-20 15:30'));
    const p10 = all.filter((a) => a.rule === 'P10');
    expect(p10.map((a) => a.applicationId).sort()).toEqual(['b', 'c', 'e']);
    expect(new Set(p10.map((a) => a.due))).toEqual(new Set([local('2022-01-20 15:00')]));
    expect(p10.find((a) => a.applicationId === 'e')).toMatchObject({ template: 'decline_offer', title: 'Decline the offer from Ember' });
    // Half an hour on, still due today: P10 reads calmly on its day (issue 10).
    expect(p10.find((a) => a.applicationId === 'b')).toMatchObject({ template: 'withdrawal', status: 'due_today' });
    expect(p10[0]!.why).toContain('Acme');
    // The accepted card is closed; the rejected one keeps its own rejection actions.
    expect(all.filter((a) => a.applicationId === 'a')).toEqual([]);
    expect(all.filter((a) => a.applicationId === 'd').map((a) => a.rule)).toEqual(['P11']);
  });

  it('ends for a card once its withdrawal is logged, and never touches a search begun later', () => {
    const b = search().log('b', 'withdrawn', '2022-01-20 16:00').add('f', 'Fjord', '2023-05-01 09:00');
    const all = computeAllActions(b.doc, localDate('2023-05-02 09:00'));
    expect(
      all
        .filter((a) => a.rule === 'P10')
        .map((a) => a.applicationId)
        .sort(),
    ).toEqual(['c', 'e']);
    expect(b.app('b')).toMatchObject({ stage: 'closed', outcome: 'withdrawn' });
  });
});

describe('P11 and P12: after a rejection', () => {
  const rejected = () => interviewed().log('a', 'thank_you_sent', '2022-01-14 16:00').log('a', 'rejected', '2022-01-19 14:00');

  it('opens a feedback request in 2 days and a LinkedIn connection with each interviewer in 7', () => {
    const list = actionsOf(rejected(), 'a', '2022-01-19 15:00');
    expect(list.map((a) => [a.rule, a.contactId ?? null, a.due])).toEqual([
      ['P11', null, local('2022-01-21 09:00')],
      ['P12', 'c1', local('2022-01-26 09:00')],
      ['P12', 'c2', local('2022-01-26 09:00')],
    ]);
    expect(list[1]).toMatchObject({ title: 'Connect with Dana on LinkedIn', template: 'linkedin_connect' });
  });

  it('P12 closes per person as connections are logged', () => {
    const b = rejected().log('a', 'connected', '2022-01-20 10:00', { contactId: 'c1' });
    expect(actionsOf(b, 'a', '2022-01-20 11:00').map((a) => a.contactId ?? a.rule)).toEqual(['P11', 'c2']);
  });
});

describe('P13: nothing more after the feedback request or once closed', () => {
  it('a logged feedback request ends every action on the card', () => {
    const b = interviewed().log('a', 'rejected', '2022-01-19 14:00').log('a', 'feedback_requested', '2022-01-20 09:00');
    expect(actionsOf(b, 'a', '2022-01-20 10:00')).toEqual([]);
    expect(doneReason(b.app('a'))).toMatch(/\(P13\)\.$/);
  });

  it('a closed card is done', () => {
    const b = interviewed().run({ type: 'closeApplication', id: 'a', at: local('2022-01-20 10:00'), eventId: 'x', outcome: 'declined' });
    expect(actionsOf(b, 'a', '2022-01-20 11:00')).toEqual([]);
    expect(doneReason(b.app('a'))).toContain('P13');
    expect(doneReason(interviewed().app('a'))).toBeNull();
  });
});

describe('P15: a reply or a new date moves every due time', () => {
  const waiting = () => interviewed().decide('a', '2022-01-21').log('a', 'thank_you_sent', '2022-01-14 16:00');

  it('an employer reply with a new date replaces the old one (P4 from the new date)', () => {
    const b = waiting().log('a', 'employer_replied', '2022-01-24 10:00', { decisionBy: '2022-02-04' });
    const [p4] = actionsOf(b, 'a', '2022-01-24 11:00');
    expect(p4).toMatchObject({ rule: 'P4', due: local('2022-02-08 09:00') });
    expect(p4!.why).toContain('P15');
  });

  it('a reply without a date restarts P5 from the reply', () => {
    const b = waiting().log('a', 'employer_replied', '2022-01-24 10:00');
    expect(actionsOf(b, 'a', '2022-01-24 11:00')[0]).toMatchObject({ rule: 'P5', due: local('2022-02-07 09:00') });
  });

  it('a reply resets the follow-up count, so the limit applies afresh', () => {
    const b = waiting()
      .log('a', 'follow_up_sent', '2022-01-25 10:00')
      .log('a', 'call_made', '2022-02-08 10:00')
      .log('a', 'employer_replied', '2022-02-09 10:00', { decisionBy: '2022-02-18' });
    expect(actionsOf(b, 'a', '2022-02-09 11:00')[0]).toMatchObject({ rule: 'P4', due: local('2022-02-22 09:00') });
  });

  it('editing the promised date moves the due time and changes the key', () => {
    const before = actionsOf(waiting(), 'a', '2022-01-16 09:00')[0]!;
    const after = actionsOf(waiting().decide('a', '2022-01-28', '2022-01-17 09:00'), 'a', '2022-01-17 10:00')[0]!;
    expect(after.due).toBe(local('2022-02-01 09:00'));
    expect(after.key).not.toBe(before.key);
  });
});

describe('second interview round', () => {
  it('puts the card back in Interviewing, shows P1 for the new date, then P2 again for that round', () => {
    const b = interviewed()
      .decide('a', '2022-01-21')
      .log('a', 'thank_you_sent', '2022-01-14 16:00')
      .round('a', 'r2', '2022-01-24 14:00', { interviewers: ['c2'], loggedAt: '2022-01-19 09:00', minutes: 45 });
    expect(b.app('a').stage).toBe('interviewing');
    expect(actionsOf(b, 'a', '2022-01-20 09:00').map((a) => a.rule)).toEqual(['P1']);
    const [p2] = actionsOf(b, 'a', '2022-01-24 15:00');
    expect(p2).toMatchObject({
      rule: 'P2',
      roundId: 'r2',
      contactId: 'c2',
      due: local('2022-01-25 14:45'),
      title: 'Send a thank-you note to Sam',
    });
    const thanked = b.log('a', 'thank_you_sent', '2022-01-24 18:00', { roundId: 'r2' });
    expect(thanked.app('a').stage).toBe('waiting');
    // The old promised date is before the second round: P5 counts from the new interview.
    expect(actionsOf(thanked, 'a', '2022-01-25 09:00')[0]).toMatchObject({ rule: 'P5', due: local('2022-02-07 09:00') });
  });
});

describe('board-wide ordering', () => {
  it('computeAllActions lists soonest first with advice that has no due time last', () => {
    const b = interviewed().add('z', 'Zeta', '2022-01-03 09:00').round('z', 'rz', '2022-01-30 10:00');
    const all = computeAllActions(b.doc, localDate('2022-01-16 09:00'));
    expect(all.map((a) => [a.applicationId, a.rule])).toEqual([
      ['a', 'P2'],
      ['z', 'P1'],
    ]);
  });
});
