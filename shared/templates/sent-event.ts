// What "mark as sent" records for each kind of message, so the card moves where the
// playbook says ("Stages") and the follow-up clock starts from it (P4, P8). The one
// definition: the card panel, P10's bulk withdrawals and P16's bulk asks all log this.
import type { AppEvent, EventKind, TemplateKind } from '../model/types.ts';

const SENT: Record<Exclude<TemplateKind, 'accept_offer'>, EventKind> = {
  thank_you_email: 'thank_you_sent',
  thank_you_short: 'thank_you_sent',
  follow_up_email: 'follow_up_sent',
  check_in_additional_info: 'follow_up_sent',
  follow_up_call_script: 'call_made',
  feedback_request: 'feedback_requested',
  linkedin_connect: 'connected',
  keep_in_touch: 'connected',
  withdrawal: 'withdrawn',
  decline_offer: 'declined',
  // P16's asks change no stage; the note's template marks the ask as made.
  expedite_request: 'note',
  extension_request: 'note',
};

/** The event to log, or null for accepting an offer (its own command, P10). */
export function sentEventFor(kind: TemplateKind, at: string, about: { roundId?: string; contactId?: string }): Omit<AppEvent, 'id'> | null {
  if (kind === 'accept_offer') return null;
  const event: Omit<AppEvent, 'id'> = { kind: SENT[kind], at, note: '' };
  if (event.kind === 'thank_you_sent' && about.roundId) event.roundId = about.roundId;
  if (about.contactId && (event.kind === 'thank_you_sent' || event.kind === 'connected')) event.contactId = about.contactId;
  if (event.kind === 'follow_up_sent' || event.kind === 'call_made' || event.kind === 'note') event.template = kind;
  return event;
}
