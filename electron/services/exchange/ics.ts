// A calendar (RFC 5545) of what is coming: the interviews still ahead, and the days a
// follow-up is due (P4, P5, P8), so the user can see them beside the rest of their week.
// Times are written in UTC, which every calendar shows in the reader's own zone.
import ical from 'ical-generator';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { isOpenStage } from '../../../shared/model/stage.ts';
import type { AfterviewDocument, RuleId } from '../../../shared/model/types.ts';

const FOLLOW_UP_RULES: readonly RuleId[] = ['P4', 'P5', 'P8'];
const FOLLOW_UP_MINUTES = 30;
const UID_DOMAIN = 'afterview.app';

export function calendarOf(doc: AfterviewDocument, now: Date): string {
  const calendar = ical({
    name: 'Afterview: interviews and follow-ups',
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
        description: [
          interviewers.length ? `With ${interviewers.join(', ')}.` : '',
          'Before it ends, ask when they expect to decide (P1).',
        ]
          .filter(Boolean)
          .join('\n'),
        ...(app.location ? { location: app.location } : {}),
        ...(app.url ? { url: app.url } : {}),
      });
    }
  }

  for (const action of computeAllActions(doc, now)) {
    if (!FOLLOW_UP_RULES.includes(action.rule) || !action.due) continue;
    const due = new Date(action.due);
    if (due.getTime() <= now.getTime()) continue;
    const app = byId.get(action.applicationId);
    calendar.createEvent({
      id: `${action.key}@${UID_DOMAIN}`,
      stamp: now,
      start: due,
      end: new Date(due.getTime() + FOLLOW_UP_MINUTES * 60_000),
      summary: app ? `${action.title} (${app.company})` : action.title,
      description: action.why,
    });
  }
  return calendar.toString();
}
