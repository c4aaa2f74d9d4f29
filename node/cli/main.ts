// The `afterview` command line: one subcommand per entry in SUBCOMMANDS, so adding one
// (import, export) is a single line here.
import { dueCommand } from './due.ts';
import { importSubcommand } from './import.ts';
import { exportSubcommand } from './export.ts';
import { statsSubcommand } from './stats.ts';
import { captureSubcommand } from './capture.ts';
import { EXIT, type CliIo, type Subcommand } from './io.ts';
import { systemClock } from '../services/system-clock.ts';

export const SUBCOMMANDS: Record<string, Subcommand> = {
  due: dueCommand,
  import: importSubcommand,
  export: exportSubcommand,
  stats: statsSubcommand,
  capture: captureSubcommand,
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((n) => n.length));
  const list = Object.entries(SUBCOMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  return `Usage: afterview <command> [options]\n\nCommands:\n${list}\n\nRun "afterview <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(mainHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return EXIT.ok;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.stderr(`afterview: unknown command "${name}".\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  return command.run(rest, io);
}

/** The process entry point used by bin/afterview.mjs. */
export async function run(): Promise<void> {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    now: systemClock,
    env: process.env,
    cwd: process.cwd(),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
