export { checkDraft, MAX_EMAIL_WORDS, MAX_SHORT_SENTENCES, type CheckContext, type DraftCheck, type TextRange } from './checks.ts';
