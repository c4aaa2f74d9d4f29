/** A command that cannot apply to the document; `message` is one sentence for the user. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
