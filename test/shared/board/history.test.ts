import { describe, expect, it } from 'vitest';
import { CommandSchema, type CommandInput } from '../../../shared/board/commands.ts';
import { canRedo, canUndo, createHistory, execute, HISTORY_LIMIT, redo, undo } from '../../../shared/board/history.ts';
import { CommandError } from '../../../shared/board/errors.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';

const cmd = (input: CommandInput) => CommandSchema.parse(input);
const add = (i: number) =>
  cmd({
    type: 'addApplication',
    id: `a${i}`,
    at: '2022-01-10T09:00:00.000Z',
    eventId: `e${i}`,
    fields: { company: `Co ${i}`, role: 'Designer' },
  });

describe('history', () => {
  it('undo gives back the very document before the command; redo the one after', () => {
    const start = createHistory(emptyDocument());
    const one = execute(start, add(1));
    expect(canUndo(one)).toBe(true);
    expect(canRedo(one)).toBe(false);
    const back = undo(one);
    expect(back.present).toBe(start.present);
    expect(canRedo(back)).toBe(true);
    expect(redo(back).present).toBe(one.present);
  });

  it('a new command after an undo drops the redo steps', () => {
    const h = execute(undo(execute(createHistory(emptyDocument()), add(1))), add(2));
    expect(canRedo(h)).toBe(false);
    expect(h.present.applications.map((a) => a.id)).toEqual(['a2']);
  });

  it('keeps at most HISTORY_LIMIT steps back', () => {
    let h = createHistory(emptyDocument());
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = execute(h, add(i));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('a refused command throws and changes nothing; undo and redo at the ends are no-ops', () => {
    const h = createHistory(emptyDocument());
    expect(() => execute(h, cmd({ type: 'deleteApplication', id: 'nope' }))).toThrow(CommandError);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('a reorder that changes nothing leaves no undo step', () => {
    const h = execute(createHistory(emptyDocument()), add(1));
    const same = execute(h, cmd({ type: 'moveCard', id: 'a1', to: 'applied', index: 0, at: '2022-01-11T09:00:00.000Z', eventId: 'm' }));
    expect(same.past).toHaveLength(h.past.length);
  });
});
