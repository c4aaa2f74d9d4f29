// The sentences the HTTP transport answers with when it cannot reach the web host, and what
// the load error screen makes of them. Components may read these; the client they may not.

/**
 * The host answered 401: this tab's access key is from an earlier run (Afterview was restarted
 * and printed a new address). Trying again cannot work; only the new address can (issue 10).
 */
export const STALE_KEY_MESSAGE =
  "Afterview was restarted, so this tab's access key no longer works. Open the new address it printed in the terminal (the one ending in ?token=); nothing you saved is lost.";

/** The tab has no access key at all. */
export const NO_KEY_MESSAGE =
  'This page was opened without its access key. Open the address the Afterview web host printed, including ?token=.';

export const HOST_GONE_MESSAGE = 'Afterview is not running any more. Start it again with npm start; nothing you saved is lost.';

/** Whether a message asks for a new address, so offering "Try again" would be useless. */
export function needsNewAddress(message: string): boolean {
  return message === STALE_KEY_MESSAGE || message === NO_KEY_MESSAGE;
}
