// The channel and event names alone, without their schemas, so the preload script can
// list them without bundling the validation library. contract.ts checks at compile time
// that this list and the schema map name exactly the same channels.
export const CHANNEL_NAMES = [
  'state:get',
  'state:firstScreen',
  'state:command',
  'state:undo',
  'state:redo',
  'clipboard:write',
  'mail:open',
  'link:open',
  'data:import',
  'data:export',
  'backups:list',
  'backups:restore',
  'reminders:snooze',
  'reminders:get',
  'reminders:shown',
  'reminders:dismiss',
  'platform:get',
  'data:openFolder',
  'capture:propose',
  'capture:apply',
  'capture:fetchPosting',
] as const;

export const EVENT_NAMES = ['state:changed', 'card:focus', 'reminders:changed', 'menu:action'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
