// The date an employer promised, read from words ("by the end of next week", "early next
// month") with chrono-node, counted from the moment the mail was sent in the user's zone.
import * as chrono from 'chrono-node';
import { addDays, endOfMonth, getDay, setDate, startOfDay } from 'date-fns';
import { formatLocalDay } from '../dates/local.ts';

// A sentence that speaks of the decision or of hearing back; other dates in the mail (the
// interview was "last Tuesday") are not promises.
const PROMISE_CUE =
  /\b(?:decid\w*|decision|get back|hear (?:back )?from|update|let you know|be in touch|come back to you|feedback|outcome|expect|timeline|next steps?|by)\b/i;

const SENTENCE = /[^.!?\n]+[.!?]?/g;

export interface PromisedDate {
  /** YYYY-MM-DD in the user's zone. */
  day: string;
  /** The words it was read from, as written in the mail. */
  words: string;
}

/**
 * A vague part of a month is promised as its last day, so the follow-up (P4) never comes
 * before the window the employer named has closed: early is up to the 10th, mid the 20th.
 */
function partOfMonth(sentence: string, matchIndex: number, date: Date): Date {
  const before = sentence.slice(Math.max(0, matchIndex - 20), matchIndex).toLowerCase();
  if (/\bearly\b|\bbeginning of\b|\bstart of\b/.test(before)) return setDate(date, 10);
  if (/\bmid(?:dle of)?\b|\bmid-$/.test(before)) return setDate(date, 20);
  if (/\blate\b|\bend of\b/.test(before)) return endOfMonth(date);
  return date;
}

/** "The end of next week" is its Friday: chrono reads it as Saturday. */
function endOfWeekIsFriday(words: string, date: Date): Date {
  if (!/\bend of\b.*\bweek\b/i.test(words)) return date;
  const weekday = getDay(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return date;
}

// A sentence that asks for the candidate's answer to an offer by a day: "please let us know
// by Friday 11 December", "the offer is valid until ...", "we would need your answer by ...".
const ANSWER_CUE =
  /\b(?:let us know|your (?:answer|decision|response|reply)|respond|reply|get back to us|accept\w*|sign\w*|valid|open|expires?|deadline|stands)\b[^.!?]*?\b(?:by|until|till|before|on|through|within)\b|\b(?:deadline|valid until|expires?)\b/i;

export function promisedDate(text: string, sentAt: Date): PromisedDate | null {
  return dateIn(text, sentAt, PROMISE_CUE, 'latest');
}

/**
 * The day an offer must be answered by, read as promisedDate reads a decision date; the
 * first date of the sentence, since a later one there is usually the start date.
 */
export function answerDeadline(text: string, sentAt: Date): PromisedDate | null {
  return dateIn(text, sentAt, ANSWER_CUE, 'earliest');
}

function dateIn(text: string, sentAt: Date, cue: RegExp, pick: 'latest' | 'earliest'): PromisedDate | null {
  // A wrapped line is not a sentence end; a blank line is.
  const unwrapped = text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
  for (const sentence of unwrapped.match(SENTENCE) ?? []) {
    if (!cue.test(sentence)) continue;
    // "We meet others this week and decide by the end of next week": the promise is the latest date.
    let best: PromisedDate | null = null;
    let bestTime = -Infinity;
    for (const result of chrono.parse(sentence, sentAt, { forwardDate: true })) {
      let date = startOfDay(result.start.date());
      const monthOnly = result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('weekday');
      if (monthOnly) date = partOfMonth(sentence, result.index, date);
      date = endOfWeekIsFriday(result.text, date);
      if (date.getTime() < startOfDay(sentAt).getTime()) continue;
      if (best && (pick === 'latest' ? date.getTime() <= bestTime : date.getTime() >= bestTime)) continue;
      const prefix =
        sentence
          .slice(Math.max(0, result.index - 20), result.index)
          .match(/(?:early|mid-?|late|(?:the )?(?:end|beginning|start) of)\s*$/i)?.[0] ?? '';
      best = { day: formatLocalDay(date), words: `${prefix}${result.text}`.trim() };
      bestTime = date.getTime();
    }
    if (best) return best;
  }
  return null;
}
