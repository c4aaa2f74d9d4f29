// The advice banner's board-wide facts, kept up to date card by card (issue 14). boardAdvice
// reads the whole board (is an offer accepted anywhere, how many are in progress) and the
// week; a change to one card changes neither fact unless that card's stage or acceptance
// changed, so the banner asks boardAdvice again only when a fact or the minute did, and a
// drop costs one reference comparison per card instead of a scan of every card's events.
import { boardAdvice, type BoardAdvice } from '../../../shared/engine/reminders.ts';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { AfterviewDocument, Application } from '../../../shared/model/types.ts';

interface Facts {
  /** Cards with an accepted offer among their events. */
  accepted: number;
  /** Cards in an open stage. */
  inProgress: number;
}

const factsOfCard = new WeakMap<Application, Facts>();
function cardFacts(app: Application): Facts {
  let facts = factsOfCard.get(app);
  if (!facts) {
    facts = { accepted: app.events.some((e) => e.kind === 'accepted') ? 1 : 0, inProgress: isOpenStage(app.stage) ? 1 : 0 };
    factsOfCard.set(app, facts);
  }
  return facts;
}

/** The board's facts; the same object while they read the same. */
function createBoardFacts(): (apps: readonly Application[]) => Facts {
  let last: readonly Application[] | null = null;
  let facts: Facts = { accepted: 0, inProgress: 0 };
  return (apps) => {
    if (apps === last) return facts;
    let { accepted, inProgress } = facts;
    if (last && last.length === apps.length) {
      // An edit replaces the changed cards and keeps the others (and their order) as they were.
      for (let i = 0; i < apps.length; i += 1) {
        const was = last[i]!;
        const is = apps[i]!;
        if (was === is) continue;
        const a = cardFacts(was);
        const b = cardFacts(is);
        accepted += b.accepted - a.accepted;
        inProgress += b.inProgress - a.inProgress;
      }
    } else {
      accepted = 0;
      inProgress = 0;
      for (const app of apps) {
        const f = cardFacts(app);
        accepted += f.accepted;
        inProgress += f.inProgress;
      }
    }
    last = apps;
    if (accepted !== facts.accepted || inProgress !== facts.inProgress) facts = { accepted, inProgress };
    return facts;
  };
}

/** boardAdvice(doc, minute), worked out again only when the board's facts or the minute changed. */
export function createAdviceOf(): (doc: AfterviewDocument, minute: number) => BoardAdvice | null {
  const factsOf = createBoardFacts();
  let last: { facts: Facts; minute: number; advice: BoardAdvice | null } | null = null;
  return (doc, minute) => {
    const facts = factsOf(doc.applications);
    if (last && last.facts === facts && last.minute === minute) return last.advice;
    const advice = doc.applications.length > 0 ? boardAdvice(doc, new Date(minute)) : null;
    last = { facts, minute, advice };
    return advice;
  };
}
