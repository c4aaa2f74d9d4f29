// Two small things from issue 10: a why text that cites its rule in a list ("(P4, P15)")
// gets no second "P4" badge; search finds a card by its location and its notes.
import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../renderer/src/view-model/search.ts';
import { whyWithRule } from '../../renderer/src/format/why.ts';
import type { Application } from '../../shared/model/types.ts';

describe('whyWithRule', () => {
  it('adds no badge when the rule is cited in a list, "(P4, P15)"', () => {
    const why = 'They gave a new date, Friday 4 December; two working days later it is fair to ask (P4, P15).';
    expect(whyWithRule({ rule: 'P4', why })).toEqual({ text: why, rule: null });
    expect(whyWithRule({ rule: 'P15', why }).rule).toBeNull();
  });

  it('still adds one when the rule is not named, and not for a lookalike id (P1 in "(P12)")', () => {
    expect(whyWithRule({ rule: 'P4', why: 'It is fair to ask now.' }).rule).toBe('P4');
    expect(whyWithRule({ rule: 'P1', why: 'Connect with them (P12).' }).rule).toBe('P1');
  });
});

describe('matchesQuery', () => {
  const app = {
    company: 'Northwind',
    role: 'Designer',
    location: 'Lisbon, hybrid',
    notes: 'Referred by Maya; portfolio review round',
    stage: 'applied',
    contacts: [],
  } as unknown as Application;

  it('finds a card by its location and its notes', () => {
    expect(matchesQuery(app, 'lisbon')).toBe(true);
    expect(matchesQuery(app, 'portfolio maya')).toBe(true);
    expect(matchesQuery(app, 'berlin')).toBe(false);
  });
});
