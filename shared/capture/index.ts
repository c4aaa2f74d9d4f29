// Capture: an employer's mail, a calendar invite or a job posting, turned into a proposal
// the user confirms before anything changes.
export * from './types.ts';
export { classifyMessage, type Classification } from './classify.ts';
export { promisedDate, type PromisedDate } from './decision-date.ts';
export { matchApplication, type MatchResult } from './match.ts';
export { proposeForMessage, proposeForInvite, type ProposeOptions } from './propose.ts';
export { jobPostingFrom, proposeForPosting } from './posting.ts';
export { applyCapture, applyCaptureToDocument } from './apply.ts';
export { roundIdFor } from './round-from-invite.ts';
