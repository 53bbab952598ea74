// How every command-line tool reads its arguments: strictly, so that a mistyped flag stops the
// tool before it does anything rather than being ignored while the tool does something else.
// No database here: the install's builds parse their flags before any database exists.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { flagsNpmSwallowed } from './npm-swallowed-flags.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The exit code of a command line the tool refuses (an unknown flag, a missing or surplus
 * argument, a bad flag value): sysexits' EX_USAGE, apart from 1 (the tool ran and failed) and
 * 2 (config:import --dry-run: there are changes; the loader: rows were rejected).
 */
export const USAGE_ERROR = 64;

export interface ToolCommand<O extends Options> {
  /** The npm script, as in `npm run <script>`. */
  script: string;
  /** What follows `npm run <script> --`: the arguments, `[...]` when optional. */
  synopsis: string;
  /** What the tool does and what its flags mean, for --help. */
  help: string;
  options: O;
  positionals?: { min: number; max: number };
}

/** Stops the tool with one line on stderr and the usage-error exit code. */
export function usageError(script: string, message: string): never {
  console.error(`${script}: ${message} (see npm run ${script} -- --help)`);
  process.exit(USAGE_ERROR);
}

const usageLine = (command: { script: string; synopsis: string }) =>
  `usage: npm run ${command.script}${command.synopsis ? ` -- ${command.synopsis}` : ''}`;

/**
 * The command line, parsed strictly. `--help` (or `-h`) prints the usage and exits 0; anything
 * the tool does not take, including flags npm kept for itself, exits with USAGE_ERROR.
 */
export function commandLine<O extends Options>(command: ToolCommand<O>, args: string[] = process.argv.slice(2)) {
  const { script, options, positionals = { min: 0, max: 0 } } = command;
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  // First: what npm kept also leaves the tool an argument too many or too few, a worse clue.
  const swallowed = flagsNpmSwallowed(Object.keys(all));
  if (swallowed.length)
    usageError(
      script,
      `npm took ${swallowed.join(', ')} as its own setting and did not pass it on; put the tool's arguments after --: npm run ${script} -- ${command.synopsis}`,
    );
  let parsed;
  try {
    parsed = parseArgs({ args, options: all, allowPositionals: positionals.max > 0, strict: true });
  } catch (error) {
    // Node's message goes on about `--` for positionals that start with a dash: its first sentence is the point.
    usageError(script, (error as Error).message.split(/\.\s|\n/)[0]!);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(`${usageLine(command)}\n\n${command.help}`);
    process.exit(0);
  }
  const count = parsed.positionals.length;
  if (count > positionals.max) usageError(script, `unexpected argument '${parsed.positionals[positionals.max]}': ${usageLine(command)}`);
  if (count < positionals.min) usageError(script, `missing argument: ${usageLine(command)}`);
  return parsed;
}
