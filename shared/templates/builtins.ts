// Our wording for every template kind in the playbook. Thank-you notes follow P3 (name, role,
// company, one specific thing discussed, thanks, one line of fit, short, no new selling);
// follow-ups follow P7 (date and role, renewed interest, something good about the
// organisation, an offer of more information, never a hint that the job went elsewhere).
import { TEMPLATE_KINDS } from '../model/schema.ts';
import type { Template, TemplateKind } from '../model/types.ts';

type Wording = { name: string; subject: string; body: string };

const SIGN_OFF = 'Best regards,\n{signature}';

const WORDING: Record<TemplateKind, Wording> = {
  thank_you_email: {
    name: 'Thank-you email',
    subject: 'Thank you for the {role} interview',
    body: `Hi {interviewer_first_name},

Thank you for taking the time to talk with me on {interview_date} about the {role} role at {company}. I especially enjoyed our conversation about {topic}.

It made me even more keen on the role; my experience with {skills} fits what your team is working on.

Thank you again for your time.

${SIGN_OFF}`,
  },
  thank_you_short: {
    name: 'Short thank-you (LinkedIn or a quick note)',
    subject: '',
    body: `Hi {interviewer_first_name}, thank you for talking with me on {interview_date} about the {role} role at {company}. I enjoyed hearing about {topic}. I look forward to the next steps.`,
  },
  follow_up_email: {
    name: 'Follow-up email',
    subject: 'Following up on the {role} interview',
    body: `Hi {interviewer_first_name},

I hope your week is going well. I'm writing to follow up on our interview on {interview_date} for the {role} role. I'm still very interested in joining {company}, and our talk about {topic} has stayed with me.

If it would help, I'm happy to send references, an updated resume or anything else you need.

Is there any news you can share on the next steps?

${SIGN_OFF}`,
  },
  follow_up_call_script: {
    name: 'Follow-up call script',
    subject: '',
    body: `Hello {interviewer_first_name}, this is {candidate_name}. We spoke on {interview_date} about the {role} role at {company}.

I'm calling because I'm still very interested in the role, and I wanted to ask whether there is any news on the timeline.

If they have not decided yet: thank them, and ask if there is anything more you could send that would help.

If you reach voicemail: your name, the role, your number and a line of thanks, in under thirty seconds.`,
  },
  check_in_additional_info: {
    name: 'Check-in with additional information',
    subject: 'Additional information for the {role} role',
    body: `Hi {interviewer_first_name},

Thank you again for our conversation on {interview_date}. Since then I've put together a short example of my work with {skills}, which I've attached in case it is useful as you consider the {role} role at {company}.

I know you hope to decide by {decision_date}; if anything else would help, I'm glad to send it.

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
  keep_in_touch: {
    name: 'Keeping in touch',
    subject: 'Staying in touch',
    body: `Hi {interviewer_first_name},

It has been a while since we met about the {role} role at {company}. I've kept following the team's work and wanted to say hello.

Since then I've kept building on {skills}. If a role opens where that would help, I'd love to hear about it.

All the best,
{signature}`,
  },
  withdrawal: {
    name: 'Withdrawal (accepted elsewhere)',
    subject: 'Withdrawing my application for {role}',
    body: `Hi {interviewer_first_name},

Thank you for considering me for the {role} role at {company}. I've accepted another offer, so I'd like to withdraw from the process.

I appreciated the time your team gave me, and I hope we can stay in touch.

${SIGN_OFF}`,
  },
  accept_offer: {
    name: 'Accepting an offer',
    subject: 'Accepting the {role} offer',
    body: `Hi {interviewer_first_name},

Thank you for the offer for the {role} role. I'm happy to accept, and I look forward to joining {company}.

Please let me know what you need from me next, and when you would like to confirm the start date.

${SIGN_OFF}`,
  },
  decline_offer: {
    name: 'Declining an offer',
    subject: 'The {role} offer',
    body: `Hi {interviewer_first_name},

Thank you very much for the offer for the {role} role at {company}. After a lot of thought I've decided to decline, as I've accepted a position that fits my plans more closely.

I enjoyed getting to know the team and would be glad to stay in touch.

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
