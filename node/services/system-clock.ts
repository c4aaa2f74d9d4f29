// The real clock, for the hosts' entry points only: everything else is handed a Clock.
import type { Clock } from '../../shared/time/clock.ts';

export const systemClock: Clock = () => new Date();
