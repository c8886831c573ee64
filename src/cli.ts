/**
 * The `om-okta` command. Contract (DESIGN.md): exit 0 when nothing is an error, 1 when a
 * diagnostic is an error, 2 for usage or unreadable input. `--format json` prints
 * { release, target, files, diagnostics }.
 *
 * `runCli` does no I/O of its own beyond what it is given, so tests call it in-process.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { isValidKid, keyPairSet, randomKid } from './keys/index.ts';
import { escapeUnsafe, lintFile, terminalSafeJson, unreadableReason } from './lint/index.ts';
import { findRelease, latestRelease, RELEASE_IDS } from './releases/index.ts';
import type { Diagnostic } from './rules/types.ts';
import { renderTarget } from './render/index.ts';
import { TARGETS, type EmittedFile, type Target } from './targets/index.ts';

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
        return await lint(rest, io);
      case 'verify':
        return await verify(rest, io);
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
    io.stdout(`${json(result)}\n`);
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

/** JSON output: valid JSON, with the characters a terminal acts on escaped (\uXXXX) as well. */
function json(value: unknown): string {
  return terminalSafeJson(JSON.stringify(value, null, 2));
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
    io.stderr(`om-okta: cannot read ${path === '-' ? 'standard input' : escapeUnsafe(path)}: ${escapeUnsafe((error as Error).message)}\n`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file: escaped like everything else printed from it.
    io.stderr(`om-okta: ${path === '-' ? 'standard input' : escapeUnsafe(path)} is not valid JSON: ${escapeUnsafe((error as Error).message)}\n`);
    return undefined;
  }
}

function formatFile(file: EmittedFile): string {
  return `==> ${file.filename} <==\n${file.text}`;
}

function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const d of diagnostics) {
    const where = d.field ? ` ${d.field}${d.line ? `:${d.line}` : ''}` : '';
    io.stderr(`${d.severity} ${d.id}${escapeUnsafe(where)}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
  }
}

/**
 * `om-okta lint FILE [--release R] [--format text|json]`: checks an existing env file,
 * openmetadata.yaml, Helm values file or ingestion workflow (src/lint). Text output is one
 * `FILE:LINE: severity ID: message (docs)` line per finding, which editors can jump to; JSON is
 * { release, kind, diagnostics }. Without --release the release is guessed from the file.
 */
async function lint(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    release: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (positionals.length === 0) throw new UsageError('lint needs a FILE (or - for standard input)');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const format = formatOf(values.format);
  const release = values.release === undefined ? undefined : findRelease(String(values.release));
  if (values.release !== undefined && !release) throw new UsageError(`unknown release "${values.release}"; choose one of ${RELEASE_IDS.join(', ')}`);
  const path = positionals[0]!;
  const shown = path === '-' ? '<stdin>' : escapeUnsafe(path);

  let text: string;
  try {
    text = await io.readInput(path);
  } catch (error) {
    io.stderr(`om-okta: cannot read ${path === '-' ? 'standard input' : escapeUnsafe(path)}: ${escapeUnsafe((error as Error).message)}\n`);
    return EXIT.usage;
  }
  const unreadable = unreadableReason(text);
  if (unreadable) {
    io.stderr(`om-okta: ${shown}: ${unreadable}\n`);
    return EXIT.usage;
  }

  const result = lintFile(text, { ...(release ? { release } : {}), ...(path === '-' ? {} : { filename: path }) });
  if (format === 'json') {
    io.stdout(`${json({ release: result.release.id, kind: result.kind, diagnostics: result.diagnostics })}\n`);
  } else {
    // Messages come out of lintFile escaped and bounded; escaped once more here, as everything
    // printed from the file is.
    for (const d of result.diagnostics) io.stdout(`${shown}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity} ${d.id}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
    const count = (severity: string): number => result.diagnostics.filter((d) => d.severity === severity).length;
    io.stderr(`${shown}: ${count('error')} error(s), ${count('warning')} warning(s) (${result.kind}, ${result.release.label})\n`);
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
}

/** What `verify` may be given beyond CliIo: tests inject a fetch; the binary leaves both out. */
export interface VerifyIo extends CliIo {
  /** The fetch the checks use; Node's global fetch when absent. */
  fetch?: typeof fetch;
  /** Whether standard output is a terminal (a "running" line per check); process.stdout.isTTY when absent. */
  isTTY?: boolean;
}

const CHECK_MARKS = { pass: '\u2713', fail: '\u2717', warn: '!', 'could-not-run': '?' } as const;

/**
 * `om-okta verify --inputs FILE [--release R] [--format text|json] [--timeout MS]`: checks the
 * inputs with the rules (errors: printed, exit 1, no request made), then runs the live checks of
 * src/runbook against Okta and OpenMetadata, in the guide's order, all within --timeout (one
 * deadline for the whole run, headers and bodies included). Text: one line per check
 * (✓ pass, ✗ fail, ! warn, ? could not run) with the fix under it; JSON:
 * { release, diagnostics, checks: [CheckResult...] }. Exit 1 when a check failed or a diagnostic is
 * an error.
 */
async function verify(args: readonly string[], io: VerifyIo): Promise<number> {
  const { values, positionals } = parse(args, {
    inputs: { type: 'string' },
    release: { type: 'string' },
    format: { type: 'string', default: 'text' },
    timeout: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = formatOf(values.format);
  const release = findRelease(String(values.release ?? latestRelease.id));
  if (!release) throw new UsageError(`unknown release "${values.release}"; choose one of ${RELEASE_IDS.join(', ')}`);
  if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');
  // Loaded here: the other commands never need the live checks.
  const runbook = await import('./runbook/index.ts');
  const { checkAll, hasErrors } = await import('./rules/index.ts');
  let timeoutMs = runbook.DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const text = String(values.timeout);
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 600_000) {
      throw new UsageError('--timeout must be a whole number of milliseconds from 1 to 600000');
    }
    timeoutMs = Number(text);
  }

  const raw = await readInputs(values.inputs, io);
  if (raw === undefined) return EXIT.usage;
  const checked = checkAll(raw, release);
  const printJson = (checks: readonly unknown[]) =>
    io.stdout(`${json({ release: release.id, diagnostics: checked.diagnostics, checks })}\n`);
  if (!checked.inputs || hasErrors(checked.diagnostics)) {
    if (format === 'json') {
      printJson([]);
    } else {
      printDiagnostics(checked.diagnostics, io);
      io.stderr('om-okta verify: fix the errors in the inputs first; no check was run.\n');
    }
    return EXIT.diagnosticError;
  }
  if (format === 'text') printDiagnostics(checked.diagnostics, io);

  const target = runbook.checkTarget(checked.inputs, release);
  const ctx = runbook.checkContext({ fetch: io.fetch ?? globalThis.fetch, environment: 'node', timeoutMs });
  const tty = io.isTTY ?? process.stdout.isTTY === true;
  const results = await runbook.runChecks(target, ctx, (event) => {
    if (format !== 'text') return;
    if (event.type === 'start') {
      if (tty) io.stdout(`\u2026 ${event.check.title}`);
      return;
    }
    if (tty) io.stdout('\r\x1b[2K');
    io.stdout(formatCheck(event.result));
  });
  if (format === 'json') {
    printJson(results);
  } else {
    const count = (status: keyof typeof CHECK_MARKS) => results.filter((r) => r.status === status).length;
    const parts = [`${count('pass')} pass`, `${count('fail')} fail`, `${count('warn')} warn`, `${count('could-not-run')} could not run`];
    io.stdout(`\n${results.length} checks (${release.label}): ${parts.join(', ')}\n`);
  }
  return results.some((r) => r.status === 'fail') || hasErrors(checked.diagnostics) ? EXIT.diagnosticError : EXIT.ok;
}

/** One check as text; what a server answered (quoted in messages) is escaped for the terminal. */
function formatCheck(result: import('./runbook/types.ts').CheckResult): string {
  const lines = [`${CHECK_MARKS[result.status]} ${result.title}: ${escapeUnsafe(result.message)}`];
  if (result.status !== 'pass') {
    if (result.fix) lines.push(`    Fix: ${escapeUnsafe(result.fix)}`);
    if (result.ruleId) lines.push(`    See ${result.ruleId}: ${result.docs}`);
    if (result.commands) lines.push(`    Try: ${escapeUnsafe(result.commands.curl)}`);
  }
  return `${lines.join('\n')}\n`;
}
