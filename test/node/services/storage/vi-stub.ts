// Just enough of vitest's `vi` for the electron mock to load in a plain node child process
// (the IPC fault test), where vitest itself is not running.
export const vi = {
  fn:
    <A extends unknown[], R>(impl?: (...args: A) => R) =>
    (...args: A): R | undefined =>
      impl?.(...args),
};
