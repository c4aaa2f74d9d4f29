// The domain types, inferred from the schemas so they cannot drift apart.
import type { z } from 'zod';
import type {
  ApplicationSchema,
  ContactSchema,
  DocumentSchema,
  EventSchema,
  PolicySchema,
  RoundSchema,
  SettingsSchema,
  TemplateSchema,
  STAGE_IDS,
  OUTCOMES,
  EVENT_KINDS,
  TEMPLATE_KINDS,
} from './schema.ts';

export type StageId = (typeof STAGE_IDS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export type Contact = z.infer<typeof ContactSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type AppEvent = z.infer<typeof EventSchema>;
export type Application = z.infer<typeof ApplicationSchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type AfterviewDocument = z.infer<typeof DocumentSchema>;

/** Where an action stands relative to "now". */
export type ActionStatus = 'upcoming' | 'due_today' | 'overdue';

/** Rule ids of the playbook (docs/playbook.md, one heading each). */
export type RuleId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P10' | 'P11' | 'P12' | 'P13' | 'P14' | 'P15' | 'P16';

/** One open recommendation on one application, as the engine computes it. */
export interface Action {
  /** Stable across recomputation for the same situation, so "notified" markers stick. */
  key: string;
  applicationId: string;
  rule: RuleId;
  /** A short verb phrase: "Send a thank-you note to Dana". */
  title: string;
  /** ISO instant; null for advice with no due time (P1 before the interview ends). */
  due: string | null;
  status: ActionStatus;
  /** One sentence a friend would say, naming the rule. */
  why: string;
  template: TemplateKind | null;
  /** The interviewer this action is for, where it is per person (P2, P12). */
  contactId?: string;
  roundId?: string;
}

/** A moment the user should be told about something (P2's reminders, P6). */
export interface Reminder {
  key: string;
  applicationId: string;
  rule: RuleId;
  at: string;
  /** The due time of the action this reminds of (ISO), so a late reminder can say it. */
  due: string | null;
  title: string;
  body: string;
}
