// A calendar (RFC 5545) of the search: the interviews still ahead, and every open action
// with a due time (a thank-you's hour (P2), a follow-up's day (P4, P5, P8), feedback and
// LinkedIn after a rejection (P11, P12), the offers' (P10, P16)), overdue ones included at
// their real due time and marked so, so the user sees them beside the rest of their week.
// Times are written in UTC, which every calendar shows in the reader's own zone.
import ical from 'ical-generator';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';

/** How long an action's calendar entry lasts: a slot to do it in, not a deadline's width. */
const ACTION_MINUTES = 30;
const UID_DOMAIN = 'afterview.app';

export function calendarOf(doc: AfterviewDocument, now: Date): string {
  const calendar = ical({
    name: 'Afterview: interviews and what is due',
    prodId: { company: 'Afterview', product: 'Afterview', language: 'EN' },
  });
  const byId = new Map(doc.applications.map((a) => [a.id, a]));

  for (const app of doc.applications) {
    if (!isOpenStage(app.stage)) continue;
    for (const round of app.rounds) {
      const start = new Date(round.startsAt);
      const end = new Date(start.getTime() + round.minutes * 60_000);
      if (end.getTime() <= now.getTime()) continue;
      const interviewers = round.interviewerIds
        .map((id) => app.contacts.find((c) => c.id === id)?.name)
        .filter((name): name is string => Boolean(name));
      calendar.createEvent({
        id: `interview-${app.id}-${round.id}@${UID_DOMAIN}`,
        stamp: now,
        start,
        end,
        summary: `Interview: ${app.role} at ${app.company}`,
        description: [interviewers.length ? `With ${interviewers.join(', ')}.` : '', 'Before it ends, ask when they expect to decide (P1).']
          .filter(Boolean)
          .join('\n'),
        ...(app.location ? { location: app.location } : {}),
        ...(app.url ? { url: app.url } : {}),
      });
    }
  }

  for (const action of computeAllActions(doc, now)) {
    if (!action.due) continue;
    const due = new Date(action.due);
    const app = byId.get(action.applicationId);
    const title = app ? `${action.title} (${app.company})` : action.title;
    calendar.createEvent({
      id: `${action.key}@${UID_DOMAIN}`,
      stamp: now,
      start: due,
      end: new Date(due.getTime() + ACTION_MINUTES * 60_000),
      summary: action.status === 'overdue' ? `Overdue: ${title}` : title,
      description: action.why,
    });
  }
  return calendar.toString();
}
