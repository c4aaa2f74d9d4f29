// What the toast calls each kind of message once it is marked as sent.
import type { TemplateKind } from '../../../shared/model/types.ts';

/** A verb for the toast: "Marked the thank-you note as sent." */
export const SENT_WORDS: Record<TemplateKind, string> = {
  thank_you_email: 'the thank-you note',
  thank_you_short: 'the thank-you note',
  follow_up_email: 'the follow-up',
  check_in_additional_info: 'the check-in',
  follow_up_call_script: 'the call',
  feedback_request: 'the feedback request',
  linkedin_connect: 'the LinkedIn note',
  keep_in_touch: 'the keep-in-touch note',
  withdrawal: 'the withdrawal note',
  accept_offer: 'the acceptance',
  decline_offer: 'the reply declining the offer',
  expedite_request: 'the timeline request',
  extension_request: 'the request for more time',
};
