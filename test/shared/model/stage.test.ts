import { describe, expect, it } from 'vitest';
import { deriveOutcome, deriveStage, stageEventFor } from '../../../shared/model/stage.ts';
import { STAGE_IDS } from '../../../shared/model/schema.ts';
import type { AppEvent, StageId } from '../../../shared/model/types.ts';

let n = 0;
const ev = (kind: AppEvent['kind'], at: string, extra: Partial<AppEvent> = {}): AppEvent => ({
  id: `e${++n}`,
  kind,
  at: `2022-01-${at}:00.000Z`,
  note: '',
  ...extra,
});
const stageOf = (events: AppEvent[], stage: StageId = 'applied') => deriveStage({ events, stage });

describe('deriveStage (playbook, "Stages")', () => {
  it('follows the events in time order, whatever order they were logged in', () => {
    expect(stageOf([ev('thank_you_sent', '14T16:00'), ev('applied', '03T09:00'), ev('interview_scheduled', '10T09:00')])).toBe('waiting');
  });

  it('a second interview round puts the card back in Interviewing', () => {
    expect(
      stageOf([
        ev('applied', '03T09:00'),
        ev('interview_scheduled', '10T09:00'),
        ev('thank_you_sent', '14T16:00'),
        ev('interview_scheduled', '17T09:00'),
      ]),
    ).toBe('interviewing');
  });

  it('replies, notes and connections leave the stage alone; a "moved" event sets it', () => {
    const base = [ev('applied', '03T09:00'), ev('thank_you_sent', '14T16:00')];
    expect(stageOf([...base, ev('employer_replied', '15T09:00'), ev('note', '15T10:00'), ev('connected', '15T11:00')])).toBe('waiting');
    expect(stageOf([...base, ev('moved', '16T09:00', { stage: 'applied' })])).toBe('applied');
  });

  it('a call counts as a follow-up only after a thank-you', () => {
    expect(stageOf([ev('applied', '03T09:00'), ev('call_made', '04T09:00')])).toBe('applied');
    expect(stageOf([ev('thank_you_sent', '14T16:00'), ev('call_made', '20T09:00')])).toBe('followed_up');
  });

  it('closing events close the card with their outcome; a rejection then a close records "rejected"', () => {
    const closed = (events: AppEvent[]) => deriveOutcome({ events, stage: 'applied', outcome: null });
    expect(closed([ev('offer', '20T09:00'), ev('accepted', '21T09:00')])).toBe('accepted');
    expect(closed([ev('offer', '20T09:00'), ev('declined', '21T09:00')])).toBe('declined');
    expect(closed([ev('withdrawn', '21T09:00')])).toBe('withdrawn');
    expect(closed([ev('rejected', '20T09:00'), ev('closed', '21T09:00')])).toBe('rejected');
    expect(closed([ev('closed', '21T09:00', { outcome: 'no_response' })])).toBe('no_response');
    expect(closed([ev('rejected', '20T09:00')])).toBeNull();
  });

  it('an application whose log says nothing about its stage keeps its recorded stage', () => {
    expect(stageOf([], 'offer')).toBe('offer');
    expect(stageOf([ev('note', '03T09:00')], 'waiting')).toBe('waiting');
  });
});

describe('stageEventFor', () => {
  it('logs what each column means on a forward drag', () => {
    expect(STAGE_IDS.map((s) => stageEventFor(s))).toEqual([
      'applied',
      'interview_scheduled',
      'thank_you_sent',
      'follow_up_sent',
      'offer',
      'rejected',
      'closed',
    ]);
    expect(stageEventFor('waiting', 'interviewing')).toBe('thank_you_sent');
  });

  it('logs "moved" on a backward drag', () => {
    expect(stageEventFor('applied', 'waiting')).toBe('moved');
    expect(stageEventFor('offer', 'rejected')).toBe('moved');
  });

  it("each forward drag's event puts the card in the column it was dropped on", () => {
    for (const from of STAGE_IDS) {
      for (const to of STAGE_IDS.filter((s) => STAGE_IDS.indexOf(s) > STAGE_IDS.indexOf(from))) {
        const events = [ev('moved', '01T09:00', { stage: from }), ev(stageEventFor(to, from), '02T09:00')];
        expect([from, to, stageOf(events)]).toEqual([from, to, to]);
      }
    }
  });
});
