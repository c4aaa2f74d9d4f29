// Turns a schema failure into one sentence a person can act on, naming the field.
import type { z } from 'zod';
import { fail, ok, type Result } from './result.ts';

export function describeIssue(issue: z.core.$ZodIssue): { path: string; message: string } {
  const path = issue.path.map(String).join('.');
  return { path, message: path ? `${path}: ${issue.message}` : issue.message };
}

/** Validates an incoming payload; the error names the first field that is wrong. */
export function parseWith<S extends z.ZodType>(schema: S, payload: unknown, what: string): Result<z.output<S>> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const detail = first ? describeIssue(first) : { path: '', message: 'the data is not in the expected form' };
  return fail('invalid_payload', `The ${what} was not accepted because ${detail.message}. Nothing was changed.`, detail.path || undefined);
}
