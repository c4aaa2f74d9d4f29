// Believable sample applications for the first-run screen, placed around "now" so that each
// shows a different part of the playbook: a thank-you due (P2), a follow-up near (P4, P6),
// one more touch (P8), an interview coming (P1), a rejection (P11, P12), a fresh application.
// They are built with the board's own commands, so their stages and events agree.
import { applyCommand } from '../board/apply.ts';
import { emptyDocument } from '../model/empty.ts';
import type { AfterviewDocument, Application, Contact } from '../model/types.ts';
import type { Command } from '../board/commands.ts';
import { addCalendarDays, atHour, formatLocalDay, localDayOf } from '../dates/local.ts';

function contact(id: string, name: string, title: string, email = ''): Contact {
  return { id, name, title, email, linkedin: '' };
}

export function sampleApplications(now: Date): Application[] {
  const today = localDayOf(now);
  const day = (offset: number, hour: number) => atHour(addCalendarDays(today, offset), hour).toISOString();
  const dayText = (offset: number) => formatLocalDay(addCalendarDays(today, offset));
  let n = 0;
  const eid = () => `sample-e${++n}`;

  const add = (
    id: string,
    company: string,
    role: string,
    at: string,
    extra: Partial<Extract<Command, { type: 'addApplication' }>['fields']>,
    contacts: Contact[] = [],
  ): Command => ({
    type: 'addApplication',
    id,
    at,
    eventId: eid(),
    stage: 'applied',
    fields: { company, role, location: '', url: '', notes: '', skills: '', decisionBy: null, ...extra },
    contacts,
  });
  const round = (id: string, roundId: string, startsAt: string, at: string, interviewerIds: string[], topics: string): Command => ({
    type: 'addRound',
    id,
    at,
    eventId: eid(),
    round: { id: roundId, startsAt, minutes: 60, kind: 'video', interviewerIds, topics },
  });
  const log = (id: string, kind: 'thank_you_sent' | 'follow_up_sent' | 'rejected', at: string, roundId?: string): Command => ({
    type: 'logEvent',
    id,
    event: { id: eid(), kind, at, note: '', ...(roundId ? { roundId } : {}) },
  });

  const commands: Command[] = [
    add(
      'sample-northwind',
      'Northwind',
      'Product Designer',
      day(-12, 10),
      { location: 'Remote', skills: 'design systems and user research' },
      [
        contact('sample-c1', 'Dana Whitfield', 'Design Manager', 'dana@northwind.example'),
        contact('sample-c2', 'Sam Ortiz', 'Senior Designer'),
      ],
    ),
    round(
      'sample-northwind',
      'sample-r1',
      day(-1, 14),
      day(-6, 9),
      ['sample-c1', 'sample-c2'],
      'how they are moving the mobile app onto one design system',
    ),

    add(
      'sample-birch',
      'Birch & Co',
      'UX Researcher',
      day(-20, 9),
      { location: 'Lyon', decisionBy: dayText(-1), skills: 'mixed-methods research' },
      [contact('sample-c3', 'Priya Natarajan', 'Head of Research', 'priya@birch.example')],
    ),
    round('sample-birch', 'sample-r2', day(-8, 11), day(-14, 9), ['sample-c3'], 'their plan to run research with pharmacists'),
    log('sample-birch', 'thank_you_sent', day(-8, 16), 'sample-r2'),

    add('sample-cobalt', 'Cobalt', 'Design Lead', day(-40, 9), { skills: 'leading small design teams' }, [
      contact('sample-c4', 'Jo Park', 'VP Product', 'jo@cobalt.example'),
    ]),
    round('sample-cobalt', 'sample-r3', day(-28, 15), day(-33, 9), ['sample-c4'], 'growing the team from three to eight'),
    log('sample-cobalt', 'thank_you_sent', day(-28, 18), 'sample-r3'),
    log('sample-cobalt', 'follow_up_sent', day(-10, 9)),

    add('sample-delta', 'Delta Labs', 'Senior Product Designer', day(-5, 9), { location: 'Berlin' }, [
      contact('sample-c5', 'Mara Klein', 'Recruiter', 'mara@deltalabs.example'),
    ]),
    round('sample-delta', 'sample-r4', day(2, 10), day(-2, 12), ['sample-c5'], ''),

    add('sample-ember', 'Ember Health', 'Product Designer', day(-30, 9), {}, [
      contact('sample-c6', 'Lee Adams', 'Design Director', 'lee@ember.example'),
    ]),
    round('sample-ember', 'sample-r5', day(-15, 13), day(-20, 9), ['sample-c6'], 'designing for nurses on night shifts'),
    log('sample-ember', 'thank_you_sent', day(-15, 17), 'sample-r5'),
    log('sample-ember', 'rejected', day(-1, 11)),

    add('sample-fjord', 'Fjord Studio', 'Interaction Designer', day(-3, 9), { location: 'Oslo', url: 'https://fjord.example/careers' }),
  ];
  let doc: AfterviewDocument = emptyDocument();
  for (const command of commands) doc = applyCommand(doc, command);
  return doc.applications;
}
