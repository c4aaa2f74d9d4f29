// Our wording for every template kind in the playbook. Thank-you notes follow P3 (name, role,
// company, one specific thing discussed, thanks, one line of fit, short, no new selling);
// follow-ups follow P7 (date and role, renewed interest, something good about the
// organisation, an offer of more information, never a hint that the job went elsewhere).
import { TEMPLATE_KINDS } from '../model/schema.ts';
import type { Template, TemplateKind } from '../model/types.ts';

type Wording = { name: string; subject: string; body: string };

const SIGN_OFF = 'Best regards,\n{signature}';

const WORDING: Record<TemplateKind, Wording> = {
  // P3: thanks once, the one thing discussed with this person, a line of fit, nothing more.
  thank_you_email: {
    name: 'Thank-you email',
    subject: 'Thank you for the {role} interview',
    body: `Hi {interviewer_first_name},

Thank you for talking with me on {interview_date} about the {role} role at {company}. I especially enjoyed our conversation about {topic}; it gave me a clear picture of the work and made me keener still to join.

My experience with {skills} fits well with what your team is building.

${SIGN_OFF}`,
  },
  thank_you_short: {
    name: 'Short thank-you (LinkedIn or a quick note)',
    subject: '',
    body: `Hi {interviewer_first_name}, thank you for talking with me on {interview_date} about the {role} role at {company}. I enjoyed our conversation about {topic}. I look forward to hearing about the next steps.`,
  },
  // P7: date and role, renewed interest, something good about the organisation, an offer of more.
  follow_up_email: {
    name: 'Follow-up email',
    subject: 'Following up on the {role} interview',
    body: `Hi {interviewer_first_name},

I hope your week is going well. I'm following up on our interview on {interview_date} for the {role} role. I'm still very interested in joining {company}, and I keep coming back to {liked}.

If it would help, I'm happy to send references, an updated resume or anything else you need.

Is there any news you can share on the next steps?

${SIGN_OFF}`,
  },
  // P8: the lines to say are quoted; everything else is a note to the caller, never read out.
  follow_up_call_script: {
    name: 'Follow-up call script',
    subject: '',
    body: `TO SAY
"Hello {interviewer_first_name}, this is {candidate_name}. We spoke on {interview_date} about the {role} role at {company}."
"I'm still very interested in the role, and I wondered whether there is any news on the timeline."
If they have not decided yet: "Thank you. Is there anything more I could send that would help?"

NOTES FOR YOU (not to read out)
- Voicemail: your name, the role, your number and a line of thanks, in under thirty seconds.
- Whatever the answer, thank them and keep it short.`,
  },
  // Offers the extra material rather than claiming an attachment that may not be there.
  check_in_additional_info: {
    name: 'Check-in with additional information',
    subject: 'Additional information for the {role} role',
    body: `Hi {interviewer_first_name},

Thank you again for our conversation on {interview_date} about the {role} role at {company}. Since then I've put together a short example of my work with {skills}, and I'd be glad to send it over if it would be useful.

I know you hope to decide by {decision_date}; if anything else would help before then, just let me know.

${SIGN_OFF}`,
  },
  feedback_request: {
    name: 'Feedback request',
    subject: 'Thank you, and a small request',
    body: `Hi {interviewer_first_name},

Thank you for letting me know, and for the time you and the team gave me during the process for the {role} role at {company}. I enjoyed learning about {topic}.

If you have a moment, I would value any feedback on what would have made me a stronger candidate.

I hope our paths cross again.

${SIGN_OFF}`,
  },
  linkedin_connect: {
    name: 'LinkedIn connection note',
    subject: '',
    body: `Hi {interviewer_first_name}, I enjoyed meeting you during my interviews for the {role} role at {company}, especially our talk about {topic}. I'd be glad to stay in touch.`,
  },
  // No "it has been a while": P12 sends this within a week of the rejection.
  keep_in_touch: {
    name: 'Keeping in touch',
    subject: 'Staying in touch',
    body: `Hi {interviewer_first_name},

Thank you again for our conversations about the {role} role at {company}, and especially for our talk about {topic}. I've enjoyed following the team's work, and I'd like to stay in touch.

I'm still growing my experience with {skills}, and if a role opens where that would help, I'd love to hear about it.

All the best,
{signature}`,
  },
  // P10. {greeting} addresses the hiring team when the card names nobody.
  withdrawal: {
    name: 'Withdrawal (accepted elsewhere)',
    subject: 'Withdrawing my application for {role}',
    body: `{greeting},

Thank you for considering me for the {role} role at {company}. I've accepted another offer, so I'd like to withdraw from the process.

I appreciated the time your team gave me, and I hope we can stay in touch.

${SIGN_OFF}`,
  },
  accept_offer: {
    name: 'Accepting an offer',
    subject: 'Accepting the {role} offer',
    body: `{greeting},

Thank you for the offer for the {role} role. I'm happy to accept, and I look forward to joining {company}.

Please let me know what you need from me next, and when you would like to confirm the start date.

${SIGN_OFF}`,
  },
  // Says no kindly without claiming another offer was accepted: that is often not the reason.
  decline_offer: {
    name: 'Declining an offer',
    subject: 'The {role} offer',
    body: `{greeting},

Thank you very much for the offer for the {role} role at {company}. After a lot of thought I've decided to decline it; it was not an easy choice.

I enjoyed getting to know the team and would be glad to stay in touch.

${SIGN_OFF}`,
  },
  // P16, to each other application in progress: the deadline, real interest, a gentle ask.
  expedite_request: {
    name: 'Timeline request (an offer with a deadline)',
    subject: 'The {role} role: a question about timing',
    body: `{greeting},

I hope you're well. I wanted to let you know that I've received an offer elsewhere and have been asked to reply by {offer_deadline}.

I'm still very interested in the {role} role at {company}, so before I answer I wondered whether you could share where things stand, and whether a decision before then might be possible.

I understand if the timing doesn't work, and thank you for your time so far.

${SIGN_OFF}`,
  },
  // P16, to the offering company, when its deadline comes before the others' promised dates.
  extension_request: {
    name: 'Asking for more time on an offer',
    subject: 'The {role} offer',
    body: `{greeting},

Thank you again for the offer for the {role} role at {company}; I'm excited about it. I'm finishing a few conversations I had already begun, and I'd like to give you a fully considered answer.

Would it be possible to have a few more days beyond {offer_deadline}? I'm happy to talk it through if that helps.

${SIGN_OFF}`,
  },
};

/** Kinds sent by email; the others are a LinkedIn message or a phone script, with no subject. */
export const EMAIL_KINDS: readonly TemplateKind[] = TEMPLATE_KINDS.filter((k) => WORDING[k].subject !== '');

/** Kinds written to each interviewer in turn (one draft per person); the rest go to one contact. */
export const PER_PERSON_KINDS: readonly TemplateKind[] = ['thank_you_email', 'thank_you_short', 'linkedin_connect', 'keep_in_touch'];

export const FOLLOW_UP_KINDS: readonly TemplateKind[] = ['follow_up_email', 'follow_up_call_script', 'check_in_additional_info'];

export function builtInTemplate(kind: TemplateKind): Template {
  const wording = WORDING[kind];
  return { id: kind, kind, name: wording.name, subject: wording.subject, body: wording.body, builtIn: true };
}

export function builtInTemplates(): Template[] {
  return TEMPLATE_KINDS.map(builtInTemplate);
}
