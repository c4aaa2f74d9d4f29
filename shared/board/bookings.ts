// "Interview booked" events and the rounds they book. A booking is never after the round it
// books: a past interview entered today was booked at or before it took place, so the
// stage, which follows the events' own times (playbook, "Stages"), stays the one living it
// would have given (issue 10: a search already in progress).
import type { AppEvent, Application, Round } from '../model/types.ts';

/** The booking's time, moved back to the round's start when it was logged later than that. */
function bookingTime(event: AppEvent, rounds: readonly Round[]): string {
  if (event.kind !== 'interview_scheduled' || !event.roundId) return event.at;
  const round = rounds.find((r) => r.id === event.roundId);
  return round && Date.parse(round.startsAt) < Date.parse(event.at) ? round.startsAt : event.at;
}

/** The earliest booking's time, once bookings sit at or before their rounds. */
function firstBooking(events: readonly AppEvent[]): number {
  return Math.min(...events.filter((e) => e.kind === 'interview_scheduled').map((e) => Date.parse(e.at)));
}

/**
 * The application with every booking at or before its round, and the application itself
 * sent no later than its first booking (a card added today for an interview last week);
 * the same object when nothing moved.
 */
export function bookingsNotAfterRounds(app: Application): Application {
  let changed = false;
  const retime = (e: AppEvent, at: string) => {
    if (at === e.at) return e;
    changed = true;
    return { ...e, at };
  };
  const booked = app.events.map((e) => retime(e, bookingTime(e, app.rounds)));
  const first = firstBooking(booked);
  const events = booked.map((e) => (e.kind === 'applied' && Date.parse(e.at) > first ? retime(e, new Date(first).toISOString()) : e));
  return changed ? { ...app, events } : app;
}

/**
 * A booking logged without a round (a quick add or a drag into Interviewing) that a new
 * round can claim, so adding the round does not log "Interview booked" a second time.
 */
export function unclaimedBooking(app: Application): AppEvent | undefined {
  return app.events.find((e) => e.kind === 'interview_scheduled' && (!e.roundId || !app.rounds.some((r) => r.id === e.roundId)));
}
