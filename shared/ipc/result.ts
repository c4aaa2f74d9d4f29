// Every call across the process boundary answers with a Result rather than throwing, so
// the renderer always has a sentence to show and never a stack trace.
export type ErrorCode =
  | 'invalid_payload'
  | 'unknown_channel'
  | 'forbidden'
  | 'read_only'
  | 'not_found'
  | 'conflict'
  | 'import_failed'
  | 'unavailable'
  /** The host does not have this capability (clipboard, links, mail); the page must do it. */
  | 'not_served'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** One sentence for the user: what went wrong and what to do. */
  message: string;
  /** Where the problem is, for validation errors: "applications.3.company". */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string): Result<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
