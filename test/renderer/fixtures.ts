// Documents for component tests and screenshots, built through the real commands so they are
// exactly what a user would have: an application per stage, interviewers, rounds, events.
import { applyCommand } from '../../shared/board/apply.ts';
import type { Command } from '../../shared/board/commands.ts';
import { emptyDocument } from '../../shared/model/empty.ts';
import type { AfterviewDocument, StageId } from '../../shared/model/types.ts';
import type { ReminderItem } from '../../shared/ipc/contract.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Spec {
  id: string;
  company: string;
  role: string;
  /** Days ago it was applied for. */
  appliedDaysAgo: number;
  people?: string[];
  /** Interview this many hours ago (negative: in the future). */
  interviewHoursAgo?: number;
  topics?: string;
  thankYouHoursAgo?: number;
  followUpDaysAgo?: number;
  offer?: boolean;
  rejectedDaysAgo?: number;
  closed?: 'no_response' | 'withdrawn';
  decisionBy?: string;
}

export const BOARD_SPECS: Spec[] = [
  {
    id: 'app-northwind',
    company: 'Northwind Labs',
    role: 'Senior Product Designer',
    appliedDaysAgo: 12,
    people: ['Dana Whitfield', 'Marcus Lee'],
    interviewHoursAgo: 30,
    topics: 'their move to a shared design system',
  },
  {
    id: 'app-lumen',
    company: 'Lumen Health',
    role: 'UX Researcher',
    appliedDaysAgo: 9,
    people: ['Priya Raman'],
    interviewHoursAgo: 5,
    topics: 'how they run diary studies with clinicians',
  },
  {
    id: 'app-harbor',
    company: 'Harbor & Co',
    role: 'Design Lead',
    appliedDaysAgo: 20,
    people: ['Elena Vasquez'],
    interviewHoursAgo: 24 * 9,
    thankYouHoursAgo: 24 * 8,
    decisionBy: 'past',
  },
  {
    id: 'app-fieldnote',
    company: 'Fieldnote',
    role: 'Product Designer',
    appliedDaysAgo: 30,
    people: ['Sam Okafor'],
    interviewHoursAgo: 24 * 24,
    thankYouHoursAgo: 24 * 23,
    followUpDaysAgo: 6,
  },
  { id: 'app-orbit', company: 'Orbit Analytics', role: 'Interaction Designer', appliedDaysAgo: 4 },
  { id: 'app-kestrel', company: 'Kestrel Studio', role: 'Design Systems Designer', appliedDaysAgo: 2 },
  {
    id: 'app-pine',
    company: 'Pinecrest Bank',
    role: 'Service Designer',
    appliedDaysAgo: 7,
    people: ['Noah Brandt'],
    interviewHoursAgo: -26,
    topics: '',
  },
  {
    id: 'app-meridian',
    company: 'Meridian',
    role: 'Product Designer II',
    appliedDaysAgo: 35,
    people: ['Ava Chen'],
    interviewHoursAgo: 24 * 15,
    thankYouHoursAgo: 24 * 14,
    offer: true,
  },
  {
    id: 'app-tessellate',
    company: 'Tessellate',
    role: 'UX Designer',
    appliedDaysAgo: 28,
    people: ['Jonas Meyer'],
    interviewHoursAgo: 24 * 12,
    thankYouHoursAgo: 24 * 11,
    rejectedDaysAgo: 1,
  },
  { id: 'app-quarry', company: 'Quarry Logistics', role: 'UI Designer', appliedDaysAgo: 70, closed: 'no_response' },
];

/** The commands that build a board with cards in every column, times relative to `now`. */
export function boardCommands(now: Date, specs: Spec[] = BOARD_SPECS): Command[] {
  const commands: Command[] = [{ type: 'updateSettings', settings: { onboarded: true, candidateName: 'Alex Morgan' } }];
  const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  let n = 0;
  const run = (cmd: Command) => {
    commands.push(cmd);
  };
  for (const s of specs) {
    const ev = () => `${s.id}-e${n++}`;
    const decisionBy = s.decisionBy === 'past' ? new Date(now.getTime() - 3 * DAY).toISOString().slice(0, 10) : s.decisionBy;
    run({
      type: 'addApplication',
      id: s.id,
      at: at(s.appliedDaysAgo * DAY),
      eventId: ev(),
      fields: { company: s.company, role: s.role, ...(decisionBy ? { decisionBy } : {}) },
      stage: 'applied',
      contacts: [],
    });
    const people = (s.people ?? []).map((name, i) => ({
      id: `${s.id}-c${i}`,
      name,
      title: i === 0 ? 'Hiring manager' : 'Designer',
      email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
      linkedin: '',
    }));
    for (const contact of people) run({ type: 'upsertContact', id: s.id, at: at(s.appliedDaysAgo * DAY - HOUR), contact });
    if (s.interviewHoursAgo !== undefined) {
      run({
        type: 'addRound',
        id: s.id,
        at: at((s.appliedDaysAgo - 1) * DAY),
        eventId: ev(),
        round: {
          id: `${s.id}-r1`,
          startsAt: at(s.interviewHoursAgo * HOUR + HOUR),
          minutes: 60,
          kind: 'video',
          interviewerIds: people.map((p) => p.id),
          topics: s.topics ?? 'the roadmap for next year',
        },
      });
    }
    if (s.thankYouHoursAgo !== undefined)
      run({
        type: 'logEvent',
        id: s.id,
        event: { id: ev(), kind: 'thank_you_sent', at: at(s.thankYouHoursAgo * HOUR), note: '', roundId: `${s.id}-r1` },
      });
    if (s.followUpDaysAgo !== undefined)
      run({ type: 'logEvent', id: s.id, event: { id: ev(), kind: 'follow_up_sent', at: at(s.followUpDaysAgo * DAY), note: '' } });
    if (s.offer) run({ type: 'logEvent', id: s.id, event: { id: ev(), kind: 'offer', at: at(DAY), note: '' } });
    if (s.rejectedDaysAgo !== undefined)
      run({ type: 'logEvent', id: s.id, event: { id: ev(), kind: 'rejected', at: at(s.rejectedDaysAgo * DAY), note: '' } });
    if (s.closed) run({ type: 'closeApplication', id: s.id, at: at(20 * DAY), eventId: ev(), outcome: s.closed });
  }
  return commands;
}

/** The same board as a document. */
export function boardDocument(now: Date, specs: Spec[] = BOARD_SPECS): AfterviewDocument {
  return boardCommands(now, specs).reduce(applyCommand, emptyDocument());
}

/** A large board for benchmarks: `count` applications spread over the columns. */
export function largeDocument(now: Date, count: number): AfterviewDocument {
  const stages: StageId[] = ['applied', 'interviewing', 'waiting', 'followed_up', 'offer', 'rejected', 'closed'];
  const specs: Spec[] = Array.from({ length: count }, (_, i) => {
    const stage = stages[i % stages.length]!;
    return {
      id: `bulk-${i}`,
      company: `Company ${i + 1}`,
      role: ['Designer', 'Engineer', 'Researcher', 'Writer'][i % 4]!,
      appliedDaysAgo: 40,
      people: stage === 'applied' ? [] : ['Kim Park'],
      ...(stage !== 'applied' ? { interviewHoursAgo: 24 * 20 } : {}),
      ...(['waiting', 'followed_up', 'offer', 'rejected'].includes(stage) ? { thankYouHoursAgo: 24 * 19 } : {}),
      ...(stage === 'followed_up' ? { followUpDaysAgo: 3 } : {}),
      ...(stage === 'offer' ? { offer: true } : {}),
      ...(stage === 'rejected' ? { rejectedDaysAgo: 1 } : {}),
      ...(stage === 'closed' ? { closed: 'no_response' as const } : {}),
    };
  });
  return boardDocument(now, specs);
}

/** A reminder the host hands to the page (the desktop could not show it, or this is the web host), at NOW's Sunday morning. */
export const PAGE_REMINDER: ReminderItem = {
  id: 'k1@2026-11-22T08:00:00.000Z',
  key: 'k1',
  applicationId: 'app-lumen',
  title: 'Thank-you note to Priya due in 4 h',
  body: 'Lumen Health',
  at: '2026-11-22T08:00:00.000Z',
  due: '2026-11-22T16:00:00.000Z',
  delivery: 'page',
  shown: null,
};
