// Clipboard, mail, links and the data folder are abilities of whoever shows the page, not of
// the data. The desktop host has them (Electron's clipboard and shell); the web host is a
// process on 127.0.0.1 with no hold on the user's screen, so the browser page does them
// itself. Each transport declares which of these its host serves; the client asks the host
// for those and the page for the rest, and a host answers 'not_served' (never ok) to one it
// does not have.
import type { Channel } from './contract.ts';

export const CAPABILITY_CHANNELS = ['clipboard:write', 'mail:open', 'link:open', 'data:openFolder'] as const satisfies readonly Channel[];

export type CapabilityChannel = (typeof CAPABILITY_CHANNELS)[number];

export const isCapabilityChannel = (channel: string): channel is CapabilityChannel =>
  (CAPABILITY_CHANNELS as readonly string[]).includes(channel);

const WHAT: Record<CapabilityChannel, string> = {
  'clipboard:write': 'copy to the clipboard',
  'mail:open': 'open a mail app',
  'link:open': 'open links',
  'data:openFolder': 'show the data folder',
};

/** The answer of a host asked for a capability it does not have. */
export function notServedSentence(channel: CapabilityChannel): string {
  return `This Afterview host cannot ${WHAT[channel]}; the page does that itself, so nothing was done here.`;
}
