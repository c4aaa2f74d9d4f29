// deleteApplications removes several cards in one command (one undo step), from the
// document and from their columns (issue 10: the first-run examples go in one step).
import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/board/apply.ts';
import { columnsAgree } from '../../../shared/board/columns.ts';
import { Board } from '../support/build.ts';

describe('deleteApplications', () => {
  // Added on Tuesday 1 December 2026.
  const board = () =>
    new Board()
      .add('sample-a', 'Northwind', '2026-12-01 09:00')
      .add('sample-b', 'Birch & Co', '2026-12-01 09:05')
      .add('mine', 'Contoso', '2026-12-01 09:10');

  it('removes the given cards and keeps the others and the columns in agreement', () => {
    const doc = applyCommand(board().doc, { type: 'deleteApplications', ids: ['sample-a', 'sample-b'] });
    expect(doc.applications.map((a) => a.id)).toEqual(['mine']);
    expect(doc.columns.applied).toEqual(['mine']);
    expect(columnsAgree(doc)).toBe(true);
  });

  it('refuses, in one sentence, when none of them is on the board any more', () => {
    expect(() => applyCommand(board().doc, { type: 'deleteApplications', ids: ['gone'] })).toThrow(CommandError);
    expect(() => applyCommand(board().doc, { type: 'deleteApplications', ids: ['gone'] })).toThrow(
      'Those applications are no longer on the board.',
    );
  });
});
