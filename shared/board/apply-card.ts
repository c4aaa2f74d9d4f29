// Commands that change one application. Each returns a new application (the input is never
// touched) with its stage and outcome recomputed from the event log, so the two never drift.
import type { AppEvent, Application } from '../model/types.ts';
import { deriveOutcome, deriveStage, stageEventFor } from '../model/stage.ts';
import type { Command } from './commands.ts';
import { CommandError } from './errors.ts';
import { bookingsNotAfterRounds, unclaimedBooking } from './bookings.ts';

type CardCommand = Extract<
  Command,
  {
    type:
      | 'updateApplication'
      | 'moveCard'
      | 'logEvent'
      | 'editEvent'
      | 'deleteEvent'
      | 'upsertContact'
      | 'removeContact'
      | 'addRound'
      | 'updateRound'
      | 'removeRound'
      | 'acceptOffer'
      | 'closeApplication';
  }
>;

/** Recomputes what follows from the events: booking times, stage, outcome. */
export function settle(input: Application): Application {
  const app = bookingsNotAfterRounds(input);
  const stage = deriveStage(app);
  const outcome = deriveOutcome({ ...app, stage });
  return stage === app.stage && outcome === app.outcome ? app : { ...app, stage, outcome };
}

function addEvent(app: Application, event: AppEvent): Application {
  if (app.events.some((e) => e.id === event.id)) {
    throw new CommandError('That event is already in the history of this application.');
  }
  // P15: a reply that brings a new promised date replaces the old one, unless a later reply
  // already brought a newer one (a reply entered after the fact must not undo it).
  const replacesDate =
    event.kind === 'employer_replied' &&
    event.decisionBy !== undefined &&
    !app.events.some((e) => e.kind === 'employer_replied' && e.decisionBy && Date.parse(e.at) > Date.parse(event.at));
  const decisionBy = replacesDate ? event.decisionBy! : app.decisionBy;
  return { ...app, decisionBy, events: [...app.events, event] };
}

function event(fields: Pick<AppEvent, 'id' | 'kind' | 'at'> & Partial<AppEvent>): AppEvent {
  return { note: '', ...fields };
}

function requireEvent(app: Application, eventId: string): AppEvent {
  const found = app.events.find((e) => e.id === eventId);
  if (!found) throw new CommandError('That event is no longer in the history of this application.');
  return found;
}

function moveEvent(app: Application, cmd: Extract<Command, { type: 'moveCard' }>): AppEvent {
  const kind = stageEventFor(cmd.to, app.stage);
  if (kind === 'moved') return event({ id: cmd.eventId, kind, at: cmd.at, stage: cmd.to });
  if (kind === 'closed') {
    return event({ id: cmd.eventId, kind, at: cmd.at, outcome: app.stage === 'rejected' ? 'rejected' : 'no_response' });
  }
  return event({ id: cmd.eventId, kind, at: cmd.at });
}

function changeCard(app: Application, cmd: CardCommand): Application {
  switch (cmd.type) {
    case 'updateApplication':
      return { ...app, ...cmd.fields };
    case 'moveCard':
      // A reorder within the column changes nothing on the card itself.
      return cmd.to === app.stage ? app : addEvent(app, moveEvent(app, cmd));
    case 'logEvent':
      return addEvent(app, cmd.event);
    case 'editEvent': {
      const old = requireEvent(app, cmd.eventId);
      const edited = { ...old, ...(cmd.at !== undefined ? { at: cmd.at } : {}), ...(cmd.note !== undefined ? { note: cmd.note } : {}) };
      return { ...app, events: app.events.map((e) => (e.id === cmd.eventId ? edited : e)) };
    }
    case 'deleteEvent':
      requireEvent(app, cmd.eventId);
      return { ...app, events: app.events.filter((e) => e.id !== cmd.eventId) };
    case 'upsertContact': {
      const exists = app.contacts.some((c) => c.id === cmd.contact.id);
      const contacts = exists ? app.contacts.map((c) => (c.id === cmd.contact.id ? cmd.contact : c)) : [...app.contacts, cmd.contact];
      return { ...app, contacts };
    }
    case 'removeContact':
      if (!app.contacts.some((c) => c.id === cmd.contactId)) {
        throw new CommandError('That person is no longer on this application.');
      }
      return {
        ...app,
        contacts: app.contacts.filter((c) => c.id !== cmd.contactId),
        rounds: app.rounds.map((r) =>
          r.interviewerIds.includes(cmd.contactId) ? { ...r, interviewerIds: r.interviewerIds.filter((x) => x !== cmd.contactId) } : r,
        ),
      };
    case 'addRound': {
      if (app.rounds.some((r) => r.id === cmd.round.id)) {
        throw new CommandError('That interview round is already on this application.');
      }
      const withRound = { ...app, rounds: [...app.rounds, cmd.round] };
      // The booking that put the card in Interviewing becomes this round's; settle() then
      // moves it back to the round's start if the round is already past.
      const claimed = unclaimedBooking(app);
      if (claimed) return { ...withRound, events: app.events.map((e) => (e === claimed ? { ...e, roundId: cmd.round.id } : e)) };
      return addEvent(withRound, event({ id: cmd.eventId, kind: 'interview_scheduled', at: cmd.at, roundId: cmd.round.id }));
    }
    case 'updateRound':
      if (!app.rounds.some((r) => r.id === cmd.round.id)) {
        throw new CommandError('That interview round is no longer on this application.');
      }
      return { ...app, rounds: app.rounds.map((r) => (r.id === cmd.round.id ? cmd.round : r)) };
    case 'removeRound':
      if (!app.rounds.some((r) => r.id === cmd.roundId)) {
        throw new CommandError('That interview round is no longer on this application.');
      }
      // The round's "scheduled" and "held" entries go with it; messages already sent stay.
      return {
        ...app,
        rounds: app.rounds.filter((r) => r.id !== cmd.roundId),
        events: app.events.filter((e) => !(e.roundId === cmd.roundId && (e.kind === 'interview_scheduled' || e.kind === 'interview_held'))),
      };
    case 'acceptOffer':
      if (app.stage === 'closed') throw new CommandError('This application is already closed.');
      return addEvent(app, event({ id: cmd.eventId, kind: 'accepted', at: cmd.at }));
    case 'closeApplication':
      return addEvent(app, event({ id: cmd.eventId, kind: 'closed', at: cmd.at, outcome: cmd.outcome }));
  }
}

/** The application after `cmd`, with updatedAt set from the command's time where it has one. */
export function applyToCard(app: Application, cmd: CardCommand): Application {
  const changed = changeCard(app, cmd);
  if (changed === app) return app;
  const at = cmd.type === 'logEvent' ? cmd.event.at : cmd.type === 'editEvent' ? null : cmd.at;
  return settle(at ? { ...changed, updatedAt: at } : changed);
}

export type { CardCommand };
