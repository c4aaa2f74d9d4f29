// The commands that put an invite's round on a card: its interviewers as contacts, then the
// round itself, added, updated (same UID again) or removed (a cancel). The round's id comes
// from the invite's UID, so a later update or cancel of the same invite finds it.
import type { Command } from '../board/commands.ts';
import { stableId } from '../model/ids.ts';
import type { Application, Contact, Round } from '../model/types.ts';
import type { CapturedInvite, Person } from './types.ts';

export const roundIdFor = (uid: string) => stableId('round', uid);

function roundKind(location: string): Round['kind'] {
  if (/zoom\.us|meet\.google|teams\.microsoft|webex|whereby|https?:\/\//i.test(location)) return 'video';
  if (/\bphone\b|\bcall\b|^\+?[\d\s()-]{7,}$/i.test(location)) return 'phone';
  return location.trim() ? 'onsite' : 'video';
}

function contactFor(app: Application, person: Person): { contact: Contact; isNew: boolean } {
  const existing = app.contacts.find(
    (c) => (person.email && c.email.toLowerCase() === person.email.toLowerCase()) || (!person.email && c.name === person.name),
  );
  if (existing) return { contact: existing, isNew: false };
  const name = person.name || person.email.split('@')[0] || 'Interviewer';
  return { contact: { id: stableId('contact', person.email || name), name, title: '', email: person.email, linkedin: '' }, isNew: true };
}

/**
 * The sequence of the same invite already on the card, when the one given is older: a lower
 * SEQUENCE of the same UID is a copy the calendar has since replaced, and it changes nothing.
 */
export function newerSequenceOnCard(app: Application, invite: CapturedInvite): number | null {
  const onCard = app.rounds.find((r) => r.id === roundIdFor(invite.uid))?.invite;
  return onCard && onCard.uid === invite.uid && invite.sequence < onCard.sequence ? onCard.sequence : null;
}

export function inviteCommands(app: Application, invite: CapturedInvite, now: string, eventId: string): Command[] {
  const id = roundIdFor(invite.uid);
  const existing = app.rounds.find((r) => r.id === id);
  if (newerSequenceOnCard(app, invite) !== null) return [];
  if (invite.cancelled) return existing ? [{ type: 'removeRound', id: app.id, at: now, roundId: id }] : [];
  const people = invite.attendees.map((p) => contactFor(app, p));
  const commands: Command[] = people
    .filter((p) => p.isNew)
    .map((p) => ({ type: 'upsertContact', id: app.id, at: now, contact: p.contact }));
  const round: Round = {
    id,
    startsAt: new Date(invite.start).toISOString(),
    minutes: Math.min(24 * 60, Math.max(5, invite.minutes)),
    kind: roundKind(invite.location),
    interviewerIds: people.map((p) => p.contact.id),
    topics: existing?.topics ?? '',
    ...(existing?.interviewerTopics ? { interviewerTopics: existing.interviewerTopics } : {}),
    invite: { uid: invite.uid, sequence: Math.max(0, invite.sequence) },
  };
  commands.push(existing ? { type: 'updateRound', id: app.id, at: now, round } : { type: 'addRound', id: app.id, at: now, eventId, round });
  return commands;
}
