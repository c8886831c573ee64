/**
 * The `om-okta` command. Contract (DESIGN.md): exit 0 when nothing is an error, 1 when a
 * diagnostic is an error, 2 for usage or unreadable input. `--format json` prints
 * { release, target, files, diagnostics }.
 *
 * `runCli` does no I/O of its own beyond what it is given, so tests call it in-process.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { isValidKid, keyPairSet, randomKid } from './keys/index.ts';
import { findRelease, latestRelease, RELEASE_IDS } from './releases/index.ts';
import type { Diagnostic } from './rules/types.ts';
import { renderTarget, TARGETS, type EmittedFile, type Target } from './targets/index.ts';

export interface CliIo {
  /** Reads a file path, or standard input for `-`. Throws on failure. */
  readInput(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT = { ok: 0, diagnosticError: 1, usage: 2 } as const;

const USAGE = `Usage:
  om-okta render --release R --target T --inputs FILE|- [--format text|json]
  om-okta lint FILE [--release R] [--format text|json]
  om-okta verify --inputs FILE [--release R] [--format text|json]
  om-okta keys [--kid ID]

Releases: ${RELEASE_IDS.join(', ')}
Targets:  ${TARGETS.join(', ')}
`;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'render':
        return await render(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      case 'keys':
        return await keys(rest, io);
      case 'lint':
      case 'verify':
        io.stderr(`om-okta ${command}: not available in this version yet.\n`);
        return EXIT.usage;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`om-okta: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function parse(args: readonly string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function render(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    release: { type: 'string' },
    target: { type: 'string' },
    inputs: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = formatOf(values.format);
  const release = findRelease(String(values.release ?? latestRelease.id));
  if (!release) throw new UsageError(`unknown release "${values.release}"; choose one of ${RELEASE_IDS.join(', ')}`);
  const target = values.target as Target | undefined;
  if (!target || !TARGETS.includes(target)) {
    throw new UsageError(`--target must be one of ${TARGETS.join(', ')}`);
  }
  if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');

  const inputs = await readInputs(values.inputs, io);
  if (inputs === undefined) return EXIT.usage;

  const result = renderTarget({ release, target, inputs });
  if (format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    io.stdout(result.files.map(formatFile).join('\n'));
    printDiagnostics(result.diagnostics, io);
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
}

/**
 * `om-okta keys [--kid ID]`: a new RSA 2048 key pair for the 0.12 Okta service application, as
 * `{ kid, publicJwks, privateJwk }` on standard output (src/keys). Nothing is written to disk.
 */
async function keys(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { kid: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const kid = typeof values.kid === 'string' ? values.kid : randomKid();
  if (!isValidKid(kid)) throw new UsageError('--kid must be 1 to 64 letters, digits, dots, dashes or underscores');
  const set = await keyPairSet(kid);
  io.stdout(`${JSON.stringify({ kid: set.kid, publicJwks: set.publicJwks, privateJwk: set.privateJwk }, null, 2)}\n`);
  return EXIT.ok;
}

function formatOf(value: unknown): 'text' | 'json' {
  if (value === 'text' || value === 'json') return value;
  throw new UsageError(`--format must be text or json, not "${String(value)}"`);
}

async function readInputs(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await io.readInput(path);
  } catch (error) {
    io.stderr(`om-okta: cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}\n`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    io.stderr(`om-okta: ${path === '-' ? 'standard input' : path} is not valid JSON: ${(error as Error).message}\n`);
    return undefined;
  }
}

function formatFile(file: EmittedFile): string {
  return `==> ${file.filename} <==\n${file.text}`;
}

function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const d of diagnostics) {
    const where = d.field ? ` ${d.field}${d.line ? `:${d.line}` : ''}` : '';
    io.stderr(`${d.severity} ${d.id}${where}: ${d.message} (${d.docs})\n`);
  }
}
