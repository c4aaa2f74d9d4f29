// Builds documents the way the app does, through commands, so tests exercise real events.
import { applyCommand } from '../../../shared/board/apply.ts';
import { CommandSchema, type CommandInput } from '../../../shared/board/commands.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import type { AfterviewDocument, Application, Policy } from '../../../shared/model/types.ts';
import { parseLocalDateTime } from '../../../shared/dates/local.ts';
import { PolicySchema } from '../../../shared/model/schema.ts';

/** A local wall-clock time ("2022-01-14 10:00") as the ISO instant the document stores. */
export function local(text: string): string {
  const date = parseLocalDateTime(text);
  if (!date) throw new Error(`bad test time ${text}`);
  return date.toISOString();
}

export const localDate = (text: string): Date => new Date(local(text));

export function policy(overrides: Partial<Policy> = {}): Policy {
  return { ...PolicySchema.parse({}), ...overrides };
}

let counter = 0;
const nextId = (p: string) => `${p}${++counter}`;

export class Board {
  doc: AfterviewDocument = emptyDocument();
  run(input: CommandInput): this {
    this.doc = applyCommand(this.doc, CommandSchema.parse(input));
    return this;
  }
  app(id: string): Application {
    const app = this.doc.applications.find((a) => a.id === id);
    if (!app) throw new Error(`no application ${id}`);
    return app;
  }
  add(
    id: string,
    company: string,
    at: string,
    extra: { role?: string; contacts?: { id: string; name: string; email?: string }[] } = {},
  ): this {
    return this.run({
      type: 'addApplication',
      id,
      at: local(at),
      eventId: nextId('e'),
      fields: { company, role: extra.role ?? 'Product Designer' },
      contacts: (extra.contacts ?? []).map((c) => ({ ...c, title: '', linkedin: '' })),
    });
  }
  round(
    id: string,
    roundId: string,
    startsAt: string,
    opts: { minutes?: number; interviewers?: string[]; topics?: string; loggedAt?: string } = {},
  ): this {
    return this.run({
      type: 'addRound',
      id,
      at: local(opts.loggedAt ?? startsAt),
      eventId: nextId('e'),
      round: {
        id: roundId,
        startsAt: local(startsAt),
        minutes: opts.minutes ?? 60,
        interviewerIds: opts.interviewers ?? [],
        topics: opts.topics ?? '',
      },
    });
  }
  log(id: string, kind: string, at: string, extra: Record<string, unknown> = {}): this {
    return this.run({ type: 'logEvent', id, event: { id: nextId('e'), kind: kind as never, at: local(at), ...extra } });
  }
  decide(id: string, day: string, at = '2022-01-01 00:00'): this {
    return this.run({ type: 'updateApplication', id, at: local(at), fields: { decisionBy: day } });
  }
}
