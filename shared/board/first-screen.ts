// The first screen (issue 14): what the board needs to paint before the whole document has
// arrived. At 20,000 applications the document is about 20 MB of JSON; fetching and reading
// it, then running the engine over every card, held the page for a second before the first
// card appeared, while the screen shows a few dozen cards. The host, which already holds the
// document and the engine's pass, sends the top of each column and the cards of Today's first
// rows, with those cards' actions and the board-wide counts; the page paints that (the board,
// or Today when the app opens on it), then loads the whole document.
import type { Action, AfterviewDocument, Application } from '../model/types.ts';
import { STAGE_IDS } from '../model/schema.ts';
import { dueCounts, isComingUp, isDue, type DueCounts } from '../engine/due-counts.ts';

/**
 * Cards sent from the top of each column: more than a column shows on a tall screen (24
 * cards of about 104 px fill 2,500 px; the cards scrolled to later come with the whole
 * document), and few enough that the first screen stays small at any N.
 */
export const FIRST_SCREEN_CARDS = 24;

/**
 * Up to this many applications the host sends the whole document as the first screen: about
 * what the first screen would hold anyway (7 columns of FIRST_SCREEN_CARDS and Today's rows).
 * Above it the top comes first, at 1,000 too: the whole board there is about 1 MB of JSON and
 * an engine pass over every card before anything paints. Bench at 1,000, same runs, whole
 * first (the limit was 2,000) against the top first: board first card 129 and 127 ms against
 * 103 and 109 ms (2.28x and 2.30x the static floor against 1.87x and 1.99x), Today's first row
 * 114 against 83 and 87 ms; the whole board is in 25 ms later (152 against 127 ms).
 */
export const WHOLE_FIRST_SCREEN_UP_TO = 200;

/** Today's first rows (due and overdue, soonest first): more than a tall screen shows (rows of about 96 px). */
export const TODAY_FIRST_ROWS = 24;
/** How many actions Today's "Coming up" lists. */
export const COMING_UP_ROWS = 8;

export interface FirstScreen {
  /**
   * The document with every column's full order and every setting, but only the applications
   * at the top of each column and those of Today's first rows and "Coming up". Never to be
   * changed or saved: it is not the whole board.
   */
  doc: AfterviewDocument;
  /** The open actions of those applications, as the engine computed them over the whole board. */
  actions: Action[];
  /** Board-wide, from every application's actions. */
  counts: DueCounts;
}

/**
 * The top of each column of `doc` and the cards of Today's first rows, with their actions, out
 * of the engine's actions for the whole board (soonest first). Every action of a card sent is
 * sent, so Today's list on the first screen begins with the same rows as the whole one.
 */
export function firstScreenOf(doc: AfterviewDocument, actions: readonly Action[], cardsPerColumn = FIRST_SCREEN_CARDS): FirstScreen {
  const wanted = new Set<string>();
  for (const stage of STAGE_IDS) for (const id of topOf(doc.columns[stage], cardsPerColumn)) wanted.add(id);
  let due = 0;
  let upcoming = 0;
  for (const action of actions) {
    if (due >= TODAY_FIRST_ROWS && upcoming >= COMING_UP_ROWS) break;
    if (isComingUp(action)) {
      if (upcoming++ < COMING_UP_ROWS) wanted.add(action.applicationId);
    } else if (isDue(action) && due++ < TODAY_FIRST_ROWS) wanted.add(action.applicationId);
  }
  const applications: Application[] = doc.applications.filter((a) => wanted.has(a.id));
  return {
    doc: { ...doc, applications },
    actions: actions.filter((a) => wanted.has(a.applicationId)),
    counts: dueCounts(actions),
  };
}

const topOf = (ids: readonly string[] | undefined, n: number): readonly string[] => (ids ? ids.slice(0, n) : []);
