// The board-wide facts some rules read besides their own card: the latest accepted offer
// (P10 turns every other open card to a withdrawal) and the offers still waiting with a
// deadline (P16). Worked out once per board and handed to the rules in the EngineContext;
// their types live here so the context can name them without importing the rules.
import type { AppEvent, Application } from '../model/types.ts';

/** P10: the offer the user accepted, the card it is on, and the event that says so. */
export interface Acceptance {
  applicationId: string;
  company: string;
  event: AppEvent;
}

/** P16: an offer with a deadline that is still to be decided. */
export interface PendingOffer {
  app: Application;
  deadline: Date;
  /** When the offer was logged: the asks are due then (playbook, "Due times, exactly"). */
  loggedAt: Date;
}
