// The offer_deadline column (P16): a day ("2026-12-11") or a date-time. A day alone means
// "answer by then", so the whole day is the user's: the deadline is its last minute.
import { addMinutes } from 'date-fns';
import { atHour } from '../dates/local.ts';
import { readInstant, type Read, type SlashOrder } from './values.ts';

const HAS_TIME = /\d{1,2}:\d{2}/;
const LAST_MINUTE = 23 * 60 + 59;

export function readDeadline(text: string, order: SlashOrder = null): Read<Date> {
  const read = readInstant(text, order);
  if (!read.ok || HAS_TIME.test(text)) return read;
  return { ok: true, value: addMinutes(atHour(read.value, 0), LAST_MINUTE) };
}
