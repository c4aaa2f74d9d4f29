// A send time at night or at the weekend where the recipient is (playbook, "Draft checks"):
// a note that lands at 23:00 or on a Saturday reads as anxious and sinks under Monday's mail.
// The check suggests the next working morning in the recipient's zone. The zone comes from
// the card (see time-zones.ts); with none, the user's own zone stands in for it.
import type { Application } from '../model/types.ts';
import type { DraftCheck } from './check-types.ts';
import { recipientTimeZone } from './time-zones.ts';

/** Sending hours in the recipient's day: from 08:00 up to 20:00, Monday to Friday. */
const DAY_STARTS = 8;
const DAY_ENDS = 20;
const SUGGESTED_HOUR = 9;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function wallTime(at: Date, zone: string | undefined): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [year, month, day] = [get('year'), get('month'), get('day')];
  return { year, month, day, hour: get('hour'), minute: get('minute'), weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** The instant that reads `hour`:00 on the given day in `zone` (two passes settle any offset change). */
function instantAt(year: number, month: number, day: number, hour: number, zone: string | undefined): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const offset = (t: number) => {
    const w = wallTime(new Date(t), zone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(t / 60_000) * 60_000;
  };
  const first = asUtc - offset(asUtc);
  return new Date(asUtc - offset(first));
}

const isWeekday = (weekday: number) => weekday >= 1 && weekday <= 5;
const pad = (n: number) => String(n).padStart(2, '0');

export interface SendTimeAdvice {
  /** The recipient's wall clock at the send time: "Saturday 23:30". */
  theirTime: string;
  zone: string | null;
  suggestedAt: Date;
}

/** Null when the time is fine where the recipient is; else what it is there and a better moment. */
export function sendTimeAdvice(at: Date, app: Pick<Application, 'location' | 'timeZone'>): SendTimeAdvice | null {
  const zone = recipientTimeZone(app);
  const wall = wallTime(at, zone ?? undefined);
  if (isWeekday(wall.weekday) && wall.hour >= DAY_STARTS && wall.hour < DAY_ENDS) return null;
  // Early on a working day: later that morning. Otherwise: the next working day's morning.
  let offset = isWeekday(wall.weekday) && wall.hour < DAY_STARTS ? 0 : 1;
  while (!isWeekday(new Date(Date.UTC(wall.year, wall.month - 1, wall.day + offset)).getUTCDay())) offset += 1;
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + offset));
  return {
    theirTime: `${WEEKDAYS[wall.weekday]} ${pad(wall.hour)}:${pad(wall.minute)}`,
    zone,
    suggestedAt: instantAt(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), SUGGESTED_HOUR, zone ?? undefined),
  };
}

export function sendTimeCheck(at: Date, app: Application): DraftCheck | null {
  const advice = sendTimeAdvice(at, app);
  if (!advice) return null;
  const where = advice.zone ? ` in ${advice.zone.split('/').at(-1)!.replace(/_/g, ' ')}` : '';
  const when = `${WEEKDAYS[wallTime(advice.suggestedAt, advice.zone ?? undefined).weekday]} at ${pad(SUGGESTED_HOUR)}:00`;
  return {
    id: 'send-time',
    field: 'body',
    ranges: [],
    message: `It will be ${advice.theirTime}${where} when this arrives; sending it ${when} their time lands it at the top of a working morning.`,
    suggestedAt: advice.suggestedAt.toISOString(),
  };
}
