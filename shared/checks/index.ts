export { checkDraft, MAX_EMAIL_WORDS, MAX_SHORT_SENTENCES, type CheckContext, type DraftCheck, type TextRange } from './checks.ts';
export { nearlyIdentical } from './near-identical.ts';
export { sendTimeAdvice, sendTimeCheck, type SendTimeAdvice } from './send-time.ts';
export { recipientTimeZone } from './time-zones.ts';
