// A small search in November 2026 (Europe/Paris) whose every number can be worked out by hand;
// the insights tests read it. Weekdays are named because working days are counted.
import { Board, local } from '../support/build.ts';

export function novemberSearch(): Board {
  return (
    new Board()
      // Acme: two rounds, promised Friday 20 November, rejected Wednesday 25 November.
      .add('acme', 'Acme', '2026-11-02 10:00') // Monday
      .round('acme', 'acme-r1', '2026-11-10 10:00', { loggedAt: '2026-11-05 09:00' }) // held Tuesday, arranged Thursday
      .round('acme', 'acme-r2', '2026-11-17 10:00', { loggedAt: '2026-11-11 09:00' }) // Tuesday
      .decide('acme', '2026-11-20', '2026-11-17 12:00') // Friday
      .log('acme', 'rejected', '2026-11-25 15:00') // Wednesday
      // Birch: nothing back yet.
      .add('birch', 'Birch', '2026-11-03 10:00') // Tuesday
      // Cobalt: a reply, one round, an offer on the promised day.
      .add('cobalt', 'Cobalt', '2026-11-04 10:00') // Wednesday
      .log('cobalt', 'employer_replied', '2026-11-09 11:00') // Monday
      .round('cobalt', 'cobalt-r1', '2026-11-12 14:00', { loggedAt: '2026-11-09 11:30' }) // Thursday
      .decide('cobalt', '2026-11-16', '2026-11-12 16:00') // Monday
      .log('cobalt', 'offer', '2026-11-16 17:00')
      // Delta: never answered, closed as no response.
      .add('delta', 'Delta', '2026-11-05 10:00') // Thursday
      .run({ type: 'closeApplication', id: 'delta', at: local('2026-11-30 09:00'), eventId: 'delta-close', outcome: 'no_response' })
      // Echo: one round, promised Friday 27 November, silent since.
      .add('echo', 'Echo', '2026-11-06 10:00') // Friday
      .round('echo', 'echo-r1', '2026-11-20 10:00', { loggedAt: '2026-11-16 10:00' }) // Friday
      .log('echo', 'thank_you_sent', '2026-11-20 15:00', { roundId: 'echo-r1' })
      .decide('echo', '2026-11-27', '2026-11-20 12:00')
      // Foxtrot: sent the day before the period starts (Sunday 1 November).
      .add('foxtrot', 'Foxtrot', '2026-11-01 10:00')
  );
}
