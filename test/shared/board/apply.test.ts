import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/board/apply.ts';
import { columnsAgree } from '../../../shared/board/columns.ts';
import { CommandSchema, type CommandInput } from '../../../shared/board/commands.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';

const run = (doc: AfterviewDocument, input: CommandInput) => applyCommand(doc, CommandSchema.parse(input));
const T0 = '2022-01-10T09:00:00.000Z';

function withAcme(): AfterviewDocument {
  return run(emptyDocument(), { type: 'addApplication', id: 'a1', at: T0, eventId: 'e1', fields: { company: 'Acme', role: 'Engineer' } });
}

describe('applyCommand', () => {
  it('adds an application in Applied with an "applied" event and lists it in the column', () => {
    const doc = withAcme();
    const app = doc.applications[0]!;
    expect(app.stage).toBe('applied');
    expect(app.events.map((e) => e.kind)).toEqual(['applied']);
    expect(doc.columns.applied).toEqual(['a1']);
    expect(app.createdAt).toBe(T0);
    expect(columnsAgree(doc)).toBe(true);
  });

  it('never mutates its input', () => {
    const doc = withAcme();
    const frozen = JSON.stringify(doc);
    run(doc, { type: 'moveCard', id: 'a1', to: 'waiting', index: 0, at: '2022-01-14T12:00:00.000Z', eventId: 'e2' });
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it('a drag forward logs the column\'s event; a drag backwards logs "moved"', () => {
    let doc = run(withAcme(), { type: 'moveCard', id: 'a1', to: 'waiting', index: 0, at: '2022-01-14T12:00:00.000Z', eventId: 'e2' });
    let app = doc.applications[0]!;
    expect(app.stage).toBe('waiting');
    expect(app.events.at(-1)).toMatchObject({ kind: 'thank_you_sent', at: '2022-01-14T12:00:00.000Z' });
    expect(app.updatedAt).toBe('2022-01-14T12:00:00.000Z');
    expect(doc.columns).toMatchObject({ applied: [], waiting: ['a1'] });
    doc = run(doc, { type: 'moveCard', id: 'a1', to: 'applied', index: 0, at: '2022-01-15T12:00:00.000Z', eventId: 'e3' });
    app = doc.applications[0]!;
    expect(app.stage).toBe('applied');
    expect(app.events.at(-1)).toMatchObject({ kind: 'moved', stage: 'applied' });
    expect(columnsAgree(doc)).toBe(true);
  });

  it('reorders within a column without logging anything', () => {
    let doc = withAcme();
    doc = run(doc, { type: 'addApplication', id: 'a2', at: T0, eventId: 'e9', fields: { company: 'Beta', role: 'PM' } });
    doc = run(doc, { type: 'moveCard', id: 'a2', to: 'applied', index: 0, at: T0, eventId: 'e10' });
    expect(doc.columns.applied).toEqual(['a2', 'a1']);
    expect(doc.applications[1]!.events).toHaveLength(1);
  });

  it('logging an event moves the card; a reply with a date replaces the promised date (P15)', () => {
    let doc = run(withAcme(), { type: 'logEvent', id: 'a1', event: { id: 'e2', kind: 'thank_you_sent', at: '2022-01-14T12:00:00.000Z' } });
    expect(doc.columns.waiting).toEqual(['a1']);
    doc = run(doc, {
      type: 'logEvent',
      id: 'a1',
      event: { id: 'e3', kind: 'employer_replied', at: '2022-01-20T12:00:00.000Z', decisionBy: '2022-02-01' },
    });
    expect(doc.applications[0]!.decisionBy).toBe('2022-02-01');
    expect(doc.applications[0]!.stage).toBe('waiting');
  });

  it('updates fields and updatedAt', () => {
    const doc = run(withAcme(), {
      type: 'updateApplication',
      id: 'a1',
      at: '2022-01-11T00:00:00.000Z',
      fields: { role: 'Senior Engineer' },
    });
    expect(doc.applications[0]).toMatchObject({ role: 'Senior Engineer', updatedAt: '2022-01-11T00:00:00.000Z' });
  });

  it('throws a CommandError with a sentence for an unknown id or a duplicate', () => {
    expect(() => run(withAcme(), { type: 'updateApplication', id: 'nope', at: T0, fields: { role: 'x' } })).toThrow(CommandError);
    expect(() => run(withAcme(), { type: 'addApplication', id: 'a1', at: T0, eventId: 'e5', fields: { company: 'X', role: 'Y' } })).toThrow(
      /already on the board/,
    );
    expect(() => run(withAcme(), { type: 'logEvent', id: 'a1', event: { id: 'e1', kind: 'note', at: T0 } })).toThrow(CommandError);
  });

  it('accepting an offer closes the card with outcome "accepted"', () => {
    const doc = run(withAcme(), { type: 'acceptOffer', id: 'a1', at: T0, eventId: 'e2' });
    expect(doc.applications[0]).toMatchObject({ stage: 'closed', outcome: 'accepted' });
    expect(doc.columns.closed).toEqual(['a1']);
  });

  it('a new round puts the card back in Interviewing', () => {
    let doc = run(withAcme(), { type: 'moveCard', id: 'a1', to: 'waiting', index: 0, at: '2022-01-14T12:00:00.000Z', eventId: 'e2' });
    doc = run(doc, {
      type: 'addRound',
      id: 'a1',
      at: '2022-01-16T12:00:00.000Z',
      eventId: 'e3',
      round: { id: 'r2', startsAt: '2022-01-20T10:00:00.000Z' },
    });
    expect(doc.applications[0]!.stage).toBe('interviewing');
    expect(doc.applications[0]!.events.at(-1)).toMatchObject({ kind: 'interview_scheduled', roundId: 'r2' });
  });

  it('choosing the persistent preset sets its policy; changing a setting by hand makes it custom', () => {
    let doc = run(emptyDocument(), { type: 'updateSettings', settings: { preset: 'persistent' } });
    expect(doc.settings.policy).toMatchObject({ maxFollowUps: null, secondTouchAfterDays: 7 });
    doc = run(doc, { type: 'updateSettings', settings: { policy: { notifyAtHour: 8 } } });
    expect(doc.settings.preset).toBe('custom');
  });
});

describe('edits through the validated command', () => {
  it('an edit of one field leaves the others alone (no defaults filled in by validation)', () => {
    let doc = run(withAcme(), { type: 'updateApplication', id: 'a1', at: T0, fields: { decisionBy: '2022-01-21', location: 'Lyon' } });
    doc = run(doc, { type: 'updateApplication', id: 'a1', at: T0, fields: { skills: 'research' } });
    expect(doc.applications[0]).toMatchObject({ decisionBy: '2022-01-21', location: 'Lyon', skills: 'research' });
  });

  it('a settings change keeps the other settings', () => {
    let doc = run(emptyDocument(), { type: 'updateSettings', settings: { candidateName: 'Alex', onboarded: true, preset: 'persistent' } });
    doc = run(doc, { type: 'updateSettings', settings: { theme: 'dark' } });
    expect(doc.settings).toMatchObject({ candidateName: 'Alex', onboarded: true, preset: 'persistent', theme: 'dark' });
    expect(doc.settings.policy.maxFollowUps).toBeNull();
  });
});
