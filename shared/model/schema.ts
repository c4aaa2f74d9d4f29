// The one versioned document that holds everything a user has in Afterview, as zod
// schemas. The TypeScript types are inferred from these, so the shape that is validated
// at every boundary (IPC, disk, import) is the shape the code is written against.
//
// Time: an instant is an ISO 8601 string in UTC ("2022-01-14T10:00:00.000Z"); a calendar
// day the user thinks of locally (a decision date) is "YYYY-MM-DD" with no zone.
import { z } from 'zod';

export const SCHEMA_VERSION = 2;

export const STAGE_IDS = ['applied', 'interviewing', 'waiting', 'followed_up', 'offer', 'rejected', 'closed'] as const;
export const StageIdSchema = z.enum(STAGE_IDS);

export const OUTCOMES = ['accepted', 'declined', 'withdrawn', 'no_response', 'rejected'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);

export const EVENT_KINDS = [
  'applied',
  'interview_scheduled',
  'interview_held',
  'thank_you_sent',
  'follow_up_sent',
  'call_made',
  'employer_replied',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'feedback_requested',
  'connected',
  'withdrawn',
  'closed',
  'note',
  // A drag to an earlier column: the board records the move itself (playbook, "Stages").
  'moved',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);

const isoInstant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const localDay = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
const id = z.string().min(1).max(64);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);

export const ContactSchema = z.object({
  id,
  name: z.string().trim().min(1, 'a contact needs a name').max(200),
  title: shortText.default(''),
  email: z.union([z.literal(''), z.email('is not an email address')]).default(''),
  linkedin: z.union([z.literal(''), z.url('is not a web address')]).default(''),
});

export const ROUND_KINDS = ['phone', 'video', 'onsite', 'technical', 'panel', 'other'] as const;
export const RoundSchema = z.object({
  id,
  startsAt: isoInstant,
  minutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  kind: z.enum(ROUND_KINDS).default('video'),
  interviewerIds: z.array(id).max(50).default([]),
  // What was discussed or learned: the specific detail a thank-you note should mention (P3).
  topics: longText.default(''),
  // What was discussed with each interviewer, by contact id, so each thank-you is written for its reader (P3).
  interviewerTopics: z.record(id, longText).optional(),
  // The calendar invite the round came from (its UID and SEQUENCE), so an older copy of the
  // invite dropped after a newer one is recognised and changes nothing.
  invite: z.object({ uid: z.string().min(1).max(1000), sequence: z.number().int().min(0).max(1_000_000) }).optional(),
});

export const EventSchema = z.object({
  id,
  kind: EventKindSchema,
  at: isoInstant,
  note: longText.default(''),
  // The round a thank-you or interview event belongs to (P2 applies per round).
  roundId: id.optional(),
  contactId: id.optional(),
  // For "moved": the column the card was moved to.
  stage: StageIdSchema.optional(),
  // For "closed": how it ended.
  outcome: OutcomeSchema.optional(),
  // For "employer_replied": a new promised decision date, if they gave one (P15).
  decisionBy: localDay.optional(),
  // For "follow_up_sent" and "call_made": which template the message came from.
  template: z.string().max(64).optional(),
});

export const ApplicationSchema = z.object({
  id,
  company: z.string().trim().min(1, 'a company name is needed').max(200),
  role: z.string().trim().min(1, 'a role is needed').max(200),
  location: shortText.default(''),
  url: z.union([z.literal(''), z.url('is not a web address')]).default(''),
  notes: longText.default(''),
  // The candidate's skills that match this role, for the templates' {skills} placeholder.
  skills: shortText.default(''),
  stage: StageIdSchema,
  outcome: OutcomeSchema.nullable().default(null),
  // The date the employer said they would decide by (P1, P4, P15).
  decisionBy: localDay.nullable().default(null),
  // When an offer must be answered by (P16): the card counts down to it and the others are asked to hurry.
  offerDeadline: isoInstant.nullable().optional(),
  // What the candidate liked about the organisation: the follow-up's positive line (P7).
  likedAboutCompany: shortText.optional(),
  // The recipient's IANA time zone ("Europe/London"), for the send-time check; empty means use the location.
  timeZone: z.string().max(64).optional(),
  contacts: z.array(ContactSchema).max(100).default([]),
  rounds: z.array(RoundSchema).max(100).default([]),
  events: z.array(EventSchema).max(5_000).default([]),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const TEMPLATE_KINDS = [
  'thank_you_email',
  'thank_you_short',
  'follow_up_email',
  'follow_up_call_script',
  'check_in_additional_info',
  'feedback_request',
  'linkedin_connect',
  'keep_in_touch',
  'withdrawal',
  'accept_offer',
  'decline_offer',
  'expedite_request',
  'extension_request',
] as const;
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);

export const TemplateSchema = z.object({
  id,
  // Built-in templates use their kind as id; a user's own have a generated id.
  kind: TemplateKindSchema,
  name: z.string().trim().min(1).max(120),
  subject: z.string().max(300).default(''),
  body: z.string().min(1, 'a template needs a body').max(10_000),
  builtIn: z.boolean().default(false),
});

export const PolicySchema = z.object({
  thankYouWithinHours: z
    .number()
    .min(1)
    .max(24 * 14)
    .default(24),
  followUpBusinessDaysAfterDecision: z.number().int().min(0).max(60).default(2),
  followUpDaysWithoutDecisionDate: z.number().int().min(1).max(120).default(14),
  secondTouchAfterDays: z.number().int().min(1).max(120).default(14),
  // null means no limit (the "persistent" preset, P9).
  maxFollowUps: z.number().int().min(0).max(20).nullable().default(2),
  draftReminderDaysBefore: z.number().int().min(0).max(14).default(1),
  notifyAtHour: z.number().int().min(0).max(23).default(9),
  // Hours (0-23) during which no notification is shown; start may be after end (overnight).
  quietHours: z
    .object({ start: z.number().int().min(0).max(23), end: z.number().int().min(0).max(23) })
    .nullable()
    .default(null),
  // 0 = Sunday ... 6 = Saturday, as Date.getDay() counts.
  workingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7).default([1, 2, 3, 4, 5]),
});

export const PRESETS = ['patient', 'persistent', 'custom'] as const;

export const SettingsSchema = z.object({
  candidateName: shortText.default(''),
  signature: z.string().max(2_000).default(''),
  preset: z.enum(PRESETS).default('patient'),
  policy: PolicySchema.default(() => PolicySchema.parse({})),
  notificationsEnabled: z.boolean().default(true),
  keepRunningInTray: z.boolean().default(true),
  startAtLogin: z.boolean().default(false),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  onboarded: z.boolean().default(false),
  // Applications to send each week (P14's "keep applying" as a number), drawn on Insights. Optional
  // with the default in shared/insights/goal.ts, so documents written before it still parse at version 2.
  weeklyApplicationGoal: z.number().int().min(0).max(100).optional(),
});

export const ColumnsSchema = z.object(
  Object.fromEntries(STAGE_IDS.map((s) => [s, z.array(id).default([])])) as Record<
    (typeof STAGE_IDS)[number],
    z.ZodDefault<z.ZodArray<typeof id>>
  >,
);

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  applications: z.array(ApplicationSchema).max(50_000),
  // The order of cards in each column, by application id.
  columns: ColumnsSchema.default(() => ColumnsSchema.parse({})),
  // The user's edited copies of built-in templates and their own templates.
  templates: z.array(TemplateSchema).max(500).default([]),
  settings: SettingsSchema.default(() => SettingsSchema.parse({})),
});
