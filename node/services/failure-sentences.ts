// What the hosts say when starting or stopping fails: one sentence for the person at the
// keyboard (a dialog in the desktop app, a line in the web host's terminal), never a stack.

const DISK_REASONS: Record<string, string> = {
  EACCES: 'you do not have permission to change it',
  EPERM: 'you do not have permission to change it',
  EROFS: 'the disk it is on is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
};

/** The error's code, when the file system or the network gave one (EACCES, EROFS, ...). */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

/** A disk problem in words ("the disk is full"), or null when the error is not one. */
export function diskReason(error: unknown): string | null {
  return DISK_REASONS[errorCode(error) ?? ''] ?? null;
}

/** The error's own message, without a trailing full stop, to sit inside a sentence. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').trim().replace(/\.+$/, '') || 'an unknown error';
}

/** Saving the last changes on quit (desktop) or on Ctrl+C (web host) failed. */
export function closeFailureSentence(error: unknown, dataDir: string): string {
  const reason = diskReason(error) ?? messageOf(error);
  return `Afterview could not save your latest changes to ${dataDir} before it stopped (${reason}). What was saved before is safe; make sure the folder can be written to, then open Afterview again and check your last changes.`;
}
