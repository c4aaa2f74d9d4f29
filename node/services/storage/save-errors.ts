// The two ways a change can fail to be saved, each as one sentence for the user: the disk
// refused the write (full, read-only, no permission), or the change would break one of the
// document's limits. Either way the change was not made and everything before it is safe.

/** A change was not saved; `message` is the sentence to show. */
export class SaveError extends Error {
  constructor(
    message: string,
    /** 'disk': the write failed and saving is broken until it works again; 'refused': only this change. */
    public readonly kind: 'disk' | 'refused',
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

export function diskProblemSentence(error: unknown, where: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const what =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EROFS'
        ? 'the data folder is on a read-only disk'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Afterview is not allowed to write in the data folder'
          : `the disk reported an error (${code ?? 'unknown'})`;
  return `Your last change could not be saved because ${what} (${where}); everything saved before it is safe, so free some space or fix the folder's permissions and try again.`;
}

// The document's limits, named the way the user sees them.
const LIMITS: [RegExp, string | ((message: string) => string)][] = [
  [/^applications\.id$/, (message) => `two applications would have the same id (${message.replace(/^holds the id (.*) twice$/, '$1')})`],
  [/^applications\.\d+\.contacts$/, 'an application can have at most 100 contacts'],
  [/^applications\.\d+\.rounds$/, 'an application can have at most 100 interview rounds'],
  [/^applications\.\d+\.events$/, 'an application can keep at most 5,000 events'],
  [/^applications\.\d+\.rounds\.\d+\.interviewerIds$/, 'a round can have at most 50 interviewers'],
  [/^templates$/, 'Afterview keeps at most 500 templates'],
  [/^applications$/, 'Afterview keeps at most 50,000 applications'],
];

export function refusedChangeSentence(path: string, message: string): string {
  const limit = LIMITS.find(([pattern]) => pattern.test(path))?.[1];
  const why = typeof limit === 'function' ? limit(message) : (limit ?? `${path || 'the data'} ${message}`);
  return `That change was not made because ${why}; nothing else was changed and your other changes are saved.`;
}
