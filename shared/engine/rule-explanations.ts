// One paragraph per playbook rule (docs/playbook.md), in the app's own words, for the
// explanation a rule id opens wherever it is shown (issue 10: ids were shown, never explained).
import type { RuleId } from '../model/types.ts';

export const RULE_EXPLANATIONS: Record<RuleId, { name: string; text: string }> = {
  P1: {
    name: 'Ask for their timeline',
    text: 'Before an interview ends, ask when they expect to decide and note that date on the card. It is what the follow-up is timed from, so the app keeps this advice on the card until the interview time has passed.',
  },
  P2: {
    name: 'Thank each interviewer',
    text: 'Send a short thank-you note to each person who interviewed you, within 24 hours of the interview ending (a setting). The app reminds you the same evening and again when four hours are left, and counts it overdue after that.',
  },
  P3: {
    name: 'Make the thank-you personal',
    text: 'Name the interviewer, the role and the company, mention one specific thing you talked about, thank them for their time and restate your interest in a line. Keep it short, and do not use it to sell yourself again.',
  },
  P4: {
    name: 'Follow up after their date',
    text: 'If they gave a date and it has passed with no word, send a polite note asking for an update two working days after it (a setting). Weekends do not count.',
  },
  P5: {
    name: 'Follow up without a date',
    text: 'If no decision date was given and nothing has come back, ask for an update 14 days after the interview (a setting).',
  },
  P6: {
    name: 'Draft the day before',
    text: 'A day before a follow-up is due, the app reminds you to write it, so that on the day you only need to read it once more and send it.',
  },
  P7: {
    name: 'Write a good follow-up',
    text: 'Mention the interview date and the role, say you are still interested, add one good thing about the organisation and offer anything else they may need. Never suggest you think the job went to someone else.',
  },
  P8: {
    name: 'One more touch',
    text: 'If the first follow-up gets no answer, try once more 14 days later (a setting): a short call or a brief email. A call that falls on a day off moves to the next working day.',
  },
  P9: {
    name: 'Know when to stop',
    text: 'Once you have followed up as many times as your limit allows (two by default) and nothing came back, the app suggests closing the card as "no response" and putting your energy into other applications.',
  },
  P10: {
    name: 'Tell the others when you accept',
    text: 'When you accept an offer, tell every other company still considering you that you are withdrawing, politely and on the same day, so nobody keeps a place for you. The app drafts one note per application and lets you send them all at once.',
  },
  P11: {
    name: 'Ask for feedback once',
    text: 'After a rejection, ask once, graciously, whether they can share any feedback, within two days. After that request the next message is theirs to send.',
  },
  P12: {
    name: 'Stay in touch',
    text: 'When a process ends, connect with the people you met on LinkedIn with a personal note within a week; roles open again and people remember a kind exit.',
  },
  P13: {
    name: 'Nothing more to send',
    text: 'After a feedback request, or once a card is closed, there is nothing left to send, so the card says it is done.',
  },
  P14: {
    name: 'Keep applying',
    text: 'With fewer than three applications in progress, keep applying rather than waiting on one company. The board says so once a week, not as a stream of notifications.',
  },
  P15: {
    name: 'Their new date counts',
    text: 'When the employer gives a new date or replies at all, the new date replaces the old one and every follow-up time moves with it; a reply restarts the follow-up clock.',
  },
  P16: {
    name: 'An offer with a deadline',
    text: 'When an offer arrives with a date to answer by while other applications are still going, tell each of them politely that you have an offer and ask about their timeline, and ask the offering company for a few more days if you need them.',
  },
};
