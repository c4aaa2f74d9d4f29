export { builtInTemplate, builtInTemplates, EMAIL_KINDS, FOLLOW_UP_KINDS, PER_PERSON_KINDS } from './builtins.ts';
export { PLACEHOLDERS, unfilledText, unknownPlaceholders, type PlaceholderName, type PlaceholderSpan } from './placeholders.ts';
export { renderDrafts, roundFor, templatesFor, type Draft, type RenderContext } from './render.ts';
export { sentEventFor } from './sent-event.ts';
export { draftsForAction, expediteDrafts, templateFor, withdrawalDrafts, type ActionDrafts } from './for-action.ts';
