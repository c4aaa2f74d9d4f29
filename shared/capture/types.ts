// What capture reads (a message, an invite, a posting) and what it proposes, as plain data.
// The parsers in node/services/capture produce these; everything here stays pure.
import type { Command } from '../board/commands.ts';

export type CaptureKind = 'rejection' | 'interview' | 'offer' | 'request' | 'reply' | 'posting' | 'unknown';
export type Confidence = 'high' | 'low';

export interface Person {
  name: string;
  email: string;
}

/** An employer's message, already decoded: plain text with quoted replies removed. */
export interface CapturedMessage {
  from: Person;
  subject: string;
  /** When the mail was sent (ISO 8601); the reply is logged at this moment (P15). */
  sentAt: string;
  text: string;
  /** An invite found inside the mail (an attached or inline .ics), if any. */
  invite?: CapturedInvite;
}

/** One calendar event from an invite. */
export interface CapturedInvite {
  uid: string;
  sequence: number;
  /** REQUEST, PUBLISH, CANCEL ... as the file says; CANCEL removes the round. */
  method: string;
  cancelled: boolean;
  summary: string;
  /** ISO 8601 instant; for an all-day event, local midnight of that day. */
  start: string;
  allDay: boolean;
  minutes: number;
  location: string;
  organizer: Person | null;
  /** Everyone invited except the user. */
  attendees: Person[];
}

/** A job posting read from a page's schema.org JobPosting. */
export interface CapturedPosting {
  company: string;
  role: string;
  location: string;
  url: string;
  salary: string;
  /** The closing date as YYYY-MM-DD, or null. */
  validThrough: string | null;
}

export interface MatchedApplication {
  id: string;
  company: string;
  role: string;
}

/** What the user is asked to confirm: one sentence, the fields, and the commands that do it. */
export interface CaptureProposal {
  kind: CaptureKind;
  application: MatchedApplication | null;
  confidence: Confidence;
  summary: string;
  /** The clues the proposal rests on, in words ("'unfortunately' and 'other candidates'"). */
  reasons: string[];
  fields: CaptureFields;
  /** Applied in order as one undo step; empty when there is nothing to apply. */
  commands: Command[];
}

export interface InterviewFields {
  start: string;
  minutes: number;
  location: string;
  interviewers: Person[];
  cancelled?: boolean;
}

export interface CaptureFields {
  interview?: InterviewFields;
  decisionBy?: string | null;
  repliedAt?: string;
  rejectedAt?: string;
  /** For an offer: the moment it must be answered by (P16), the end of the day the mail names. */
  offerDeadline?: string | null;
  company?: string;
  role?: string;
  location?: string;
  url?: string;
  salary?: string;
}
