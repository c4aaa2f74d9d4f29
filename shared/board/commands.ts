// Every change a user can make to the document, as data. A command carries its own ids and
// times, so applying it is deterministic: the renderer applies it at once for a snappy
// board, the main process applies the same command to the stored document, and both get
// the same result. The main process validates every command against these schemas.
import { z } from 'zod';
import {
  ApplicationSchema,
  ContactSchema,
  EventSchema,
  OutcomeSchema,
  RoundSchema,
  SettingsSchema,
  PolicySchema,
  StageIdSchema,
  TemplateSchema,
} from '../model/schema.ts';

const id = z.string().min(1).max(64);
const at = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const index = z.number().int().min(0).max(100_000);

/** The fields a user types when adding or editing an application. */
export const ApplicationFieldsSchema = ApplicationSchema.pick({
  company: true,
  role: true,
  location: true,
  url: true,
  notes: true,
  skills: true,
  decisionBy: true,
  // P16's deadline, P7's company note and the recipient's zone (send-time check), edited in the panel.
  offerDeadline: true,
  likedAboutCompany: true,
  timeZone: true,
});

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * Every field optional and none defaulted. zod 4 keeps a field's default inside `.partial()`,
 * so an edit of one field would otherwise come out of validation with every other field reset
 * to its default (an edit of the role would clear the decision date; a settings change would
 * reset the preset and onboarding).
 */
function editOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)),
    ]),
  );
  return z.object(shape as unknown as { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> });
}

export const CommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('addApplication'),
    id,
    at,
    eventId: id,
    fields: ApplicationFieldsSchema.partial({ location: true, url: true, notes: true, skills: true, decisionBy: true }),
    stage: StageIdSchema.default('applied'),
    contacts: z.array(ContactSchema).max(100).default([]),
    // When the application went out, where that was before today (a search already in progress).
    appliedAt: at.optional(),
    // The interview the card is added for, in Interviewing: it becomes the card's first round.
    round: RoundSchema.optional(),
  }),
  z.object({ type: z.literal('updateApplication'), id, at, fields: editOf(ApplicationFieldsSchema) }),
  z.object({ type: z.literal('deleteApplication'), id }),
  // Removes several at once, as one undo step (the first-run examples, issue 10).
  z.object({ type: z.literal('deleteApplications'), ids: z.array(id).min(1).max(50_000) }),
  // Moves a card to a column and position; a move to another stage logs its event.
  z.object({ type: z.literal('moveCard'), id, to: StageIdSchema, index, at, eventId: id }),
  // Logs an event from the card's panel; the card moves to the stage the event implies.
  z.object({ type: z.literal('logEvent'), id, event: EventSchema }),
  z.object({ type: z.literal('editEvent'), id, eventId: id, at: at.optional(), note: z.string().max(20_000).optional() }),
  z.object({ type: z.literal('deleteEvent'), id, eventId: id, at }),
  z.object({ type: z.literal('upsertContact'), id, at, contact: ContactSchema }),
  z.object({ type: z.literal('removeContact'), id, at, contactId: id }),
  // A new interview round puts the card back in Interviewing and logs interview_scheduled.
  z.object({ type: z.literal('addRound'), id, at, eventId: id, round: RoundSchema }),
  z.object({ type: z.literal('updateRound'), id, at, round: RoundSchema }),
  z.object({ type: z.literal('removeRound'), id, at, roundId: id }),
  // Accepting logs "accepted" and closes the card; P10 opens on every other open card.
  z.object({ type: z.literal('acceptOffer'), id, at, eventId: id }),
  z.object({ type: z.literal('closeApplication'), id, at, eventId: id, outcome: OutcomeSchema }),
  z.object({
    type: z.literal('updateSettings'),
    settings: editOf(SettingsSchema.omit({ policy: true })).extend({ policy: editOf(PolicySchema).optional() }),
  }),
  z.object({ type: z.literal('saveTemplate'), template: TemplateSchema }),
  // For a built-in kind this restores our wording; for a user's own template it deletes it.
  z.object({ type: z.literal('resetTemplate'), templateId: id }),
  // Adds ready-made applications (first-run samples); ids must be new.
  z.object({ type: z.literal('addApplications'), applications: z.array(ApplicationSchema).max(50_000) }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;
export type CommandType = Command['type'];
