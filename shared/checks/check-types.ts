// What a draft check reports: a problem, the rule behind it (playbook P3, P7, ...), and
// where in the text it is. Its own module so each check can name these types without
// importing the list of checks that imports it.
import type { RuleId } from '../model/types.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface DraftCheck {
  id: string;
  rule?: RuleId;
  field: 'subject' | 'body';
  /** Where the problem is; empty when the problem is something missing from the whole draft. */
  ranges: TextRange[];
  message: string;
  /** For the send-time check: a better moment to send (ISO), for a "remind me then". */
  suggestedAt?: string;
}
