// The phrases capture reads a message by. Each rule is a pattern and the words it is shown
// as, so a proposal can say exactly what it found; nothing here is learned or hidden.
export interface Clue {
  label: string;
  pattern: RegExp;
}

const clue = (label: string, pattern: RegExp): Clue => ({ label, pattern });

/** Phrases that end the process on their own. */
export const REJECTION_STRONG: Clue[] = [
  clue('regret to inform', /\bregret to (?:inform|let you know|tell you)\b/i),
  clue('not moving forward', /\b(?:not|won't|will not|won’t) (?:be )?(?:moving|move|going) (?:forward|ahead)\b/i),
  clue('not to move forward', /\bnot to (?:move|go) (?:forward|ahead)\b/i),
  clue(
    'moving forward with other candidates',
    /\b(?:move|moving|go|going|proceed|proceeding) (?:forward |ahead )?with (?:other|another|a different) (?:candidates?|applicants?|people)\b/i,
  ),
  clue('not been successful', /\b(?:not been|were not|have not been|haven't been|was not) (?:successful|selected|shortlisted)\b/i),
  clue('unsuccessful', /\bunsuccessful\b/i),
  clue('position has been filled', /\b(?:position|role|vacancy|job) (?:has|have) (?:now )?been filled\b/i),
  clue('no longer under consideration', /\bno longer (?:under consideration|being considered|considering)\b/i),
  clue('decided not to proceed', /\bdecided (?:not to|against) (?:proceed|progress|pursue|continu|mov|offer)\w*/i),
  clue(
    'not progressing your application',
    /\b(?:not|won't|won’t) (?:be )?(?:progress|proceed|continu)\w* (?:with )?your (?:application|candidacy)\b/i,
  ),
  clue('unable to offer you', /\bunable to (?:offer you|move forward|progress)\b/i),
  clue('chosen another candidate', /\b(?:chosen|selected|picked|hired|gone with) (?:another|a different|a more)\b/i),
  clue('pursue other candidates', /\bpursue other (?:candidates|applicants)\b/i),
];

/** Phrases that lean towards a rejection but also appear in replies that are not one. */
export const REJECTION_WEAK: Clue[] = [
  clue('unfortunately', /\bunfortunately\b/i),
  clue('other candidates', /\bother (?:candidates|applicants)\b/i),
  clue('wish you the best', /\bwish(?:ing)? you (?:the (?:very )?best|every success|all the best|luck|success)\b/i),
  clue('keep your details on file', /\bkeep your (?:details|resume|résumé|cv|profile|information) on (?:file|record)\b/i),
  clue('closer match', /\b(?:closer|closely|better) (?:match|matched|aligned|fit)\b/i),
];

/** Signs the process is still going, which keep "other candidates" from reading as a no. */
export const STILL_GOING: Clue[] = [
  clue('still interviewing', /\bstill (?:interviewing|speaking|meeting|talking|reviewing|considering)\b/i),
  clue('a few more candidates', /\b(?:a few|several|some) (?:more|other) (?:candidates|interviews|applicants)\b/i),
  clue('next round', /\b(?:next|final|second|third) (?:round|stage|step)\b/i),
  clue('get back to you', /\b(?:get back to you|be in touch|let you know|update you|come back to you)\b/i),
];

export const OFFER: Clue[] = [
  clue('pleased to offer', /\b(?:pleased|happy|delighted|excited|thrilled) to (?:offer|extend)\b/i),
  clue('an offer of employment', /\boffer of employment\b/i),
  clue('extend an offer', /\bextend(?:ing)? (?:you )?(?:an|a formal|a verbal|our) offer\b/i),
  clue('offer letter', /\boffer letter\b/i),
  clue("we'd like to offer you", /\b(?:would|'d|’d) like to offer you\b/i),
];

export const INTERVIEW: Clue[] = [
  clue(
    'invite you to interview',
    /\binvite you (?:to|for) (?:an?|the|your)? ?(?:interview|call|chat|conversation|meeting|onsite|on-site|next round|final round)/i,
  ),
  clue(
    'schedule an interview',
    /\b(?:schedule|book|arrange|set up) (?:an?|the|your) (?:interview|call|chat|next round|final round|onsite|video call|phone screen)/i,
  ),
  // "Other candidates in the final round" is no invitation; moving the user to it is.
  clue(
    'next round',
    /\b(?:you|invite you|move you|progress you|advance you)(?: forward| through| on)? (?:to|into|for) (?:the|a|your) (?:next|final|second|third) (?:round|stage)\b/i,
  ),
  clue('your availability', /\b(?:your availability|times that work|a time that works|pick a (?:time|slot))\b/i),
  clue('calendar invitation', /\b(?:calendar invit\w*|meeting invit\w*)\b/i),
];

export const REQUEST: Clue[] = [
  clue('could you send', /\b(?:could|can|would) you (?:please )?(?:send|share|provide|forward|complete|fill|confirm)\b/i),
  clue('please send', /\bplease (?:send|share|provide|forward|complete|fill in|fill out|upload|submit)\b/i),
  clue('references', /\b(?:references|referees)\b/i),
  clue('portfolio', /\b(?:portfolio|work samples?|writing samples?)\b/i),
  clue('take-home task', /\b(?:take-home|take home|assessment|assignment|coding exercise|case study)\b/i),
  clue('salary expectations', /\bsalary expectations?\b/i),
  clue('right to work', /\bright to work\b/i),
];

export function found(clues: Clue[], text: string): string[] {
  return clues.filter((c) => c.pattern.test(text)).map((c) => c.label);
}
