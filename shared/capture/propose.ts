// The proposal for a message or an invite: what it is, which card, one sentence, the fields
// it would set and the commands that set them. Nothing is applied here; the caller asks.
import * as chrono from 'chrono-node';
import type { Command } from '../board/commands.ts';
import { dayForSentence, parseLocalDay, timeOfDay, toLocalIso } from '../dates/local.ts';
import { newId } from '../model/ids.ts';
import type { AfterviewDocument, Application } from '../model/types.ts';
import { classifyMessage } from './classify.ts';
import { answerDeadline, promisedDate } from './decision-date.ts';
import { matchApplication, type MatchResult } from './match.ts';
import { inviteCommands, newerSequenceOnCard } from './round-from-invite.ts';
import type { CaptureFields, CaptureProposal, CapturedInvite, CapturedMessage, InterviewFields } from './types.ts';

export interface ProposeOptions {
  /** The moment of the proposal, for commands that need one (Clock, not the system clock). */
  now: Date;
  newId?: (prefix: string) => string;
  /** The card the user picked: it replaces the guess. */
  applicationId?: string;
}

function chosen(doc: AfterviewDocument, options: ProposeOptions, guess: () => MatchResult): MatchResult {
  const picked = options.applicationId ? doc.applications.find((a) => a.id === options.applicationId) : undefined;
  if (!picked) return guess();
  return {
    application: { id: picked.id, company: picked.company, role: picked.role },
    confidence: 'high',
    reasons: ['you picked this application'],
  };
}

const cardName = (app: { company: string; role: string }) => `${app.company} (${app.role})`;

function interviewFields(invite: CapturedInvite): InterviewFields {
  return {
    start: toLocalIso(new Date(invite.start)),
    minutes: invite.minutes,
    location: invite.location,
    interviewers: invite.attendees,
    ...(invite.cancelled ? { cancelled: true } : {}),
  };
}

/** A time the mail itself proposes ("Thursday 10 December at 2pm"), when there is no invite. */
function timeInText(text: string, sentAt: Date): InviteLike | null {
  const hit = chrono
    .parse(text, sentAt, { forwardDate: true })
    .find((r) => r.start.isCertain('hour') && (r.start.isCertain('day') || r.start.isCertain('weekday')));
  if (!hit) return null;
  const end = hit.end?.date();
  const start = hit.start.date();
  const minutes = end ? Math.round((end.getTime() - start.getTime()) / 60_000) : 60;
  return { start: start.toISOString(), minutes: minutes >= 5 ? minutes : 60 };
}
type InviteLike = { start: string; minutes: number };

function inviteSentence(invite: CapturedInvite, target: string, app?: Application): string {
  const start = new Date(invite.start);
  const newer = app ? newerSequenceOnCard(app, invite) : null;
  if (newer !== null)
    return `This invite (update ${invite.sequence}) is older than the one already on ${target} (update ${newer}), so nothing changes.`;
  if (invite.cancelled) return `Remove the interview on ${dayForSentence(start)} from ${target}: the invitation was cancelled.`;
  const when = invite.allDay ? dayForSentence(start) : `${dayForSentence(start)} at ${timeOfDay(start)}`;
  const who = invite.attendees.length > 0 ? ` with ${invite.attendees.map((p) => p.name || p.email).join(', ')}` : '';
  return `Add the interview on ${when} (${invite.minutes} minutes)${who} to ${target}.`;
}

function findApp(doc: AfterviewDocument, id: string | undefined): Application | undefined {
  return id ? doc.applications.find((a) => a.id === id) : undefined;
}

export function proposeForInvite(doc: AfterviewDocument, invite: CapturedInvite, options: ProposeOptions): CaptureProposal {
  const ids = options.newId ?? newId;
  const people = [...invite.attendees, ...(invite.organizer ? [invite.organizer] : [])];
  const match = chosen(doc, options, () =>
    matchApplication(doc.applications, {
      from: invite.organizer ?? { name: '', email: '' },
      subject: invite.summary,
      text: invite.location,
      people,
    }),
  );
  const app = findApp(doc, match.application?.id);
  const target = app ? cardName(app) : 'the application you pick';
  const commands = app ? inviteCommands(app, invite, options.now.toISOString(), ids('event')) : [];
  return {
    kind: 'interview',
    application: match.application,
    confidence: match.confidence,
    summary: inviteSentence(invite, target, app),
    reasons: match.reasons,
    fields: app && newerSequenceOnCard(app, invite) !== null ? {} : { interview: interviewFields(invite) },
    commands,
  };
}

export function proposeForMessage(doc: AfterviewDocument, message: CapturedMessage, options: ProposeOptions): CaptureProposal {
  const ids = options.newId ?? newId;
  // A cancelled invite in a mail is about the round, whatever the mail's words say.
  if (message.invite?.cancelled)
    return proposeForInvite(doc, { ...message.invite, organizer: message.invite.organizer ?? message.from }, options);
  const sentAt = new Date(message.sentAt);
  const verdict = classifyMessage(message.subject, message.text, message.invite !== undefined && !message.invite.cancelled);
  const match = chosen(doc, options, () =>
    matchApplication(doc.applications, {
      from: message.from,
      subject: message.subject,
      text: message.text,
      people: message.invite?.attendees,
    }),
  );
  const app = findApp(doc, match.application?.id);
  const target = app ? cardName(app) : 'the application you pick';
  const on = dayForSentence(sentAt);
  const at = sentAt.toISOString();
  const reasons = [verdict.because, ...match.reasons];
  const base = { application: match.application, confidence: match.confidence, reasons };
  const log = (kind: 'rejected' | 'offer' | 'employer_replied', extra: { decisionBy?: string; note?: string } = {}): Command[] =>
    app
      ? [
          {
            type: 'logEvent',
            id: app.id,
            event: { id: ids('event'), kind, at, note: extra.note ?? '', ...(extra.decisionBy ? { decisionBy: extra.decisionBy } : {}) },
          },
        ]
      : [];

  if (verdict.kind === 'rejection') {
    // P11 and P12 count from the rejection's own day, so it is logged at the mail's date.
    return {
      ...base,
      kind: 'rejection',
      summary: `Log a rejection from ${target} on ${on}: ${verdict.because}.`,
      fields: { rejectedAt: toLocalIso(sentAt) },
      commands: log('rejected'),
    };
  }
  if (verdict.kind === 'offer') {
    // P16 counts down to the day they asked for an answer by; the end of that day in the user's zone.
    const deadline = answerDeadline(message.text, sentAt);
    const deadlineAt = deadline ? endOfAnswerDay(deadline.day) : null;
    const deadlineDay = deadlineAt ? dayForSentence(deadlineAt) : '';
    const quoted = deadline && deadline.words.toLowerCase() !== deadlineDay.toLowerCase() ? ` ('${deadline.words}')` : '';
    const deadlineWords = deadlineAt ? ` with an answer due by ${deadlineDay}${quoted}` : '';
    const commands = log('offer');
    if (app && deadlineAt)
      commands.push({
        type: 'updateApplication',
        id: app.id,
        at: options.now.toISOString(),
        fields: { offerDeadline: deadlineAt.toISOString() },
      });
    return {
      ...base,
      kind: 'offer',
      summary: `Log an offer from ${target} on ${on}${deadlineWords}: ${verdict.because}.`,
      fields: { repliedAt: toLocalIso(sentAt), offerDeadline: deadlineAt ? toLocalIso(deadlineAt) : null },
      commands,
    };
  }
  if (verdict.kind === 'interview') {
    const invite = message.invite;
    if (invite) {
      if (app && newerSequenceOnCard(app, invite) !== null)
        return { ...base, kind: 'interview', summary: inviteSentence(invite, target, app), fields: {}, commands: [] };
      const commands = app ? inviteCommands(app, invite, options.now.toISOString(), ids('event')) : [];
      return {
        ...base,
        kind: 'interview',
        summary: `${inviteSentence(invite, target, app)} ${capital(verdict.because)}.`,
        fields: { interview: interviewFields(invite) },
        commands,
      };
    }
    const proposed = timeInText(message.text, sentAt);
    const fields: CaptureFields = proposed
      ? { interview: { start: toLocalIso(new Date(proposed.start)), minutes: proposed.minutes, location: '', interviewers: [] } }
      : { repliedAt: toLocalIso(sentAt) };
    const commands: Command[] = !app
      ? []
      : proposed
        ? [
            {
              type: 'addRound',
              id: app.id,
              at: options.now.toISOString(),
              eventId: ids('event'),
              round: {
                id: ids('round'),
                startsAt: proposed.start,
                minutes: proposed.minutes,
                kind: 'video',
                interviewerIds: [],
                topics: '',
              },
            },
          ]
        : log('employer_replied', { note: 'Invited to interview; no time yet.' });
    const what = proposed
      ? `Add the interview on ${dayForSentence(new Date(proposed.start))} at ${timeOfDay(new Date(proposed.start))} to ${target}`
      : `Log the invitation from ${target} as a reply on ${on}; add the round when the time is set`;
    return { ...base, kind: 'interview', summary: `${what}: ${verdict.because}.`, fields, commands };
  }

  // A reply or a request: P15, the reply resets the follow-up clock, and a new date replaces the old one.
  const promised = promisedDate(message.text, sentAt);
  const decisionBy = promised?.day ?? null;
  const dateWords = promised ? ` and set the decision date to ${dayForSentence(parseLocalDay(promised.day)!)} ('${promised.words}')` : '';
  const kindWords = verdict.kind === 'request' ? 'the request' : 'the reply';
  return {
    ...base,
    kind: verdict.kind,
    summary: `Log ${kindWords} from ${target} on ${on}${dateWords}: ${verdict.because}.`,
    fields: { repliedAt: toLocalIso(sentAt), decisionBy },
    commands: log('employer_replied', {
      ...(decisionBy ? { decisionBy } : {}),
      note: verdict.kind === 'request' ? `They asked for: ${verdict.clues.join(', ')}.` : '',
    }),
  };
}

/** 23:59 on a YYYY-MM-DD day in the user's zone: an answer "by Friday" may come all that day. */
function endOfAnswerDay(day: string): Date | null {
  const start = parseLocalDay(day);
  return start ? new Date(start.getFullYear(), start.getMonth(), start.getDate(), 23, 59) : null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
