// Commands carry their own ids and times (shared/board/commands.ts), made here.
export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
