/**
 * The `om-okta` command. Contract (docs/design.md): exit 0 when nothing is an error, 1 when a
 * diagnostic is an error, 2 for usage or unreadable input. `--format json` prints
 * { release, target, files, diagnostics }.
 *
 * `runCli` does no I/O of its own beyond what it is given, so tests call it in-process. This
 * module only dispatches: each command is a module of this folder, listed once in COMMANDS.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { escapeUnsafe } from '../lint/index.ts';
import { RELEASE_IDS } from '../releases/index.ts';
import { TARGETS } from '../targets/index.ts';
import { explain } from './explain.ts';
import { InputError } from './input.ts';
import { keys } from './keys.ts';
import { lint } from './lint.ts';
import { okta } from './okta.ts';
import { didYouMean, UsageError } from './options.ts';
import { EXIT } from './output.ts';
import { render } from './render.ts';
import { token } from './token.ts';
import { verify } from './verify.ts';
import type { CliIo, Command, VerifyIo } from './types.ts';

export { EXIT };
export type { CliIo, Command, VerifyIo };

/** The commands, in the order `om-okta --help` lists them. */
const COMMANDS: Readonly<Record<string, Command>> = { render, lint, verify, okta, token, explain, keys };
const COMMAND_NAMES = Object.keys(COMMANDS);

const USAGE = `Usage:
${COMMAND_NAMES.map((name) => `  ${COMMANDS[name]!.help.usage}`).join('\n')}
  om-okta COMMAND --help
  om-okta --version

Releases: ${RELEASE_IDS.join(', ')}
Targets:  ${TARGETS.join(', ')}
`;

function commandHelp(name: string): string {
  const help = COMMANDS[name]!.help;
  const width = Math.max(...Object.keys(help.options).map((o) => o.length));
  const options = Object.entries(help.options).map(([option, text]) => `  ${option.padEnd(width)}  ${text}`);
  return `Usage: ${help.usage}\n\n${help.summary}\n\nOptions:\n${options.join('\n')}\n  ${'--help'.padEnd(width)}  this help\n`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('no command given');
    if (command === '--version' || command === '-V' || command === 'version') {
      io.stdout(`om-okta ${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      const topic = rest[0];
      if (topic !== undefined && Object.hasOwn(COMMANDS, topic)) io.stdout(commandHelp(topic));
      else io.stdout(USAGE);
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      throw new UsageError(`unknown command "${escapeUnsafe(command)}".${didYouMean(command, COMMAND_NAMES)}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await COMMANDS[command]!.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = command !== undefined && Object.hasOwn(COMMANDS, command) ? commandHelp(command) : USAGE;
      io.stderr(`om-okta: ${error.message}\n\n${help}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`om-okta: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
