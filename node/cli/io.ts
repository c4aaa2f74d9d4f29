// What a subcommand may touch, passed in so tests can run it in-process with fakes.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current time; the engine never reads the clock itself. */
  now: () => Date;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A subcommand: its one-line summary for `afterview --help`, and its entry point. */
export interface Subcommand {
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

export const EXIT = { ok: 0, dataProblem: 1, usage: 2 } as const;
