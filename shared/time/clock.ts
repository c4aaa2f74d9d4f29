// The one way anything in Afterview learns the time. Hosts pass a Clock in; nothing else
// reads the system clock, so a test can pin any instant (and name its weekday) and the
// app's timing is the same on a Tuesday as on a Sunday.
export type Clock = () => Date;

/** A clock that always answers the same instant (tests, `afterview due --now`). */
export function fixedClock(at: Date | string): Clock {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`"${String(at)}" is not a date and time.`);
  return () => new Date(ms);
}

/**
 * A clock that starts at `start` and then runs at the pace of `source` (usually the real
 * clock): a test host can open on a pinned Tuesday 10:00 and still see minutes pass.
 */
export function shiftedClock(start: Date, source: Clock): Clock {
  const offset = start.getTime() - source().getTime();
  return () => new Date(source().getTime() + offset);
}
