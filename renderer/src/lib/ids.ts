// Commands carry their own ids and times (shared/board/commands.ts), made here.
import { rendererNow } from './clock.ts';

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => rendererNow().toISOString();
