/**
 * The `om-okta` command. Contract (docs/design.md): exit 0 when nothing is an error, 1 when a
 * diagnostic is an error, 2 for usage or unreadable input. `--format json` prints
 * { release, target, files, diagnostics }.
 *
 * `runCli` does no I/O of its own beyond what it is given, so tests call it in-process.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { isValidKid, keyPairSet, randomKid } from './keys/index.ts';
import { closest } from './lint/distance.ts';
import { unifiedDiff } from './lint/diff.ts';
import { lintWithFixes } from './lint/fix.ts';
import { escapeUnsafe, terminalSafeJson, unreadableReason } from './lint/index.ts';
import { findRelease, latestRelease, RELEASE_IDS } from './releases/index.ts';
import type { Diagnostic } from './rules/types.ts';
import { renderTarget } from './render/index.ts';
import { DEFAULT_SITE, siteAddress, SiteAddressError } from './site.ts';
import { TARGETS, type EmittedFile, type Target } from './targets/index.ts';

export interface CliIo {
  /** Reads a file path, or standard input for `-`. Throws on failure. */
  readInput(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** `render --out DIR`: writes a file, creating its folder. Absent (with fileExists): --out is not available. */
  writeFile?(path: string, text: string): Promise<void>;
  fileExists?(path: string): Promise<boolean>;
}

export const EXIT = { ok: 0, diagnosticError: 1, usage: 2 } as const;

interface CommandHelp {
  usage: string;
  summary: string;
  /** Option name -> what it does; every command also takes --help. */
  options: Readonly<Record<string, string>>;
}

const FORMAT_HELP = 'text (default) or json';
/**
 * Where the docs links point unless --docs-base says otherwise: the address the bundle was built
 * for (scripts/build-cli.ts writes OM_OKTA_SITE and OM_OKTA_BASE of the build in here), or, run
 * from the sources, those variables as they are now.
 */
declare const __OM_OKTA_DOCS_URL__: string | undefined;
function defaultDocsUrl(): string {
  if (typeof __OM_OKTA_DOCS_URL__ === 'string') return __OM_OKTA_DOCS_URL__;
  try {
    return siteAddress(process.env).url;
  } catch (error) {
    if (error instanceof SiteAddressError) throw new UsageError(error.message);
    throw error;
  }
}
const DOCS_HELP = 'where the docs links point (default: the address the guide was built for)';

/** Each command's usage, for `om-okta --help`, `om-okta COMMAND --help` and usage errors. */
const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  render: {
    usage: 'om-okta render --target T --inputs FILE|- [--release R] [--out DIR [--force]] [--format text|json] [--docs-base URL]',
    summary: 'Checks your inputs and writes the configuration files for one deployment target.',
    options: {
      '--target T': `deployment target: ${TARGETS.join(', ')}`,
      '--inputs FILE': 'your values as JSON (the setup panel downloads it as inputs.json); - reads standard input',
      '--release R': `OpenMetadata release (default ${latestRelease.id})`,
      '--out DIR': 'write the files into DIR instead of printing them (nothing is written when a check fails)',
      '--force': 'with --out, replace files that already exist',
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  lint: {
    usage: 'om-okta lint FILE|- [--release R] [--fix [--diff]] [--inputs FILE] [--format text|json] [--docs-base URL]',
    summary: 'Checks an existing env file, openmetadata.yaml, Helm values file or ingestion workflow; --fix prints it corrected.',
    options: {
      '--release R': 'OpenMetadata release (default: guessed from the file)',
      '--fix': 'print the corrected file on standard output (only what lint found wrong changes); what is left is listed on standard error',
      '--diff': 'print the corrections as a unified diff for patch instead (implies --fix)',
      '--inputs FILE': 'your values as JSON (inputs.json) for what the file lacks or holds as a placeholder',
      '--format F': `${FORMAT_HELP}; with --fix, json prints { release, kind, fixed, changes, diagnostics }`,
      '--docs-base URL': DOCS_HELP,
    },
  },
  verify: {
    usage: 'om-okta verify --inputs FILE|- [--release R] [--timeout MS] [--format text|json] [--docs-base URL]',
    summary: "Runs the live checks against your Okta org and OpenMetadata server (discovery, keys, OpenMetadata's settings).",
    options: {
      '--inputs FILE': 'your values as JSON (inputs.json)',
      '--release R': `OpenMetadata release (default ${latestRelease.id})`,
      '--timeout MS': 'time limit for the whole run, in milliseconds',
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  token: {
    usage: 'om-okta token [TOKEN|-] --inputs FILE [--release R] [--jwks URL|FILE] [--format text|json] [--docs-base URL]',
    summary:
      "Judges an ID or access token from Okta against your values, offline: issuer, audience, expiry, algorithm and key, and the user OpenMetadata makes of it (name, email, domain, admin). The token is read from standard input when TOKEN is - or left out (safer than the command line, which the shell may keep in its history); it is never printed back, only its header and claims.",
    options: {
      '--inputs FILE': 'your values as JSON (inputs.json)',
      '--release R': `OpenMetadata release (default ${latestRelease.id})`,
      '--jwks URL|FILE': "Okta's key set, to check the key id and verify the signature: a JSON file, or an https URL fetched once (the only network request this command makes)",
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  keys: {
    usage: 'om-okta keys [--kid ID]',
    summary: 'Prints a new RSA key pair for the OpenMetadata 0.12 Okta service application.',
    options: { '--kid ID': 'key id (default: a random one)' },
  },
};
const COMMAND_NAMES = Object.keys(COMMANDS);

const USAGE = `Usage:
${COMMAND_NAMES.map((name) => `  ${COMMANDS[name]!.usage}`).join('\n')}
  om-okta COMMAND --help
  om-okta --version

Releases: ${RELEASE_IDS.join(', ')}
Targets:  ${TARGETS.join(', ')}
`;

function commandHelp(name: string): string {
  const help = COMMANDS[name]!;
  const width = Math.max(...Object.keys(help.options).map((o) => o.length));
  const options = Object.entries(help.options).map(([option, text]) => `  ${option.padEnd(width)}  ${text}`);
  return `Usage: ${help.usage}\n\n${help.summary}\n\nOptions:\n${options.join('\n')}\n  ${'--help'.padEnd(width)}  this help\n`;
}

/** " Did you mean X?" when `given` is a near miss of one of `known`, else nothing. */
function didYouMean(given: string, known: Iterable<string>): string {
  const near = closest(given, known);
  return near ? ` Did you mean ${near}?` : '';
}

class UsageError extends Error {}

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
    switch (command) {
      case 'render':
        return await render(rest, io);
      case 'keys':
        return await keys(rest, io);
      case 'lint':
        return await lint(rest, io);
      case 'token':
        return await token(rest, io);
      default:
        return await verify(rest, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = command !== undefined && Object.hasOwn(COMMANDS, command) ? commandHelp(command) : USAGE;
      io.stderr(`om-okta: ${error.message}\n\n${help}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function parse(args: readonly string[], options: ParseArgsOptionsConfig) {
  // Node's parser words its errors for programmers; a reader gets the option and a suggestion.
  const known = Object.keys(options).map((name) => `--${name}`);
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=')[0]!;
    if (!known.includes(name)) throw new UsageError(`unknown option ${escapeUnsafe(name)}.${didYouMean(name, known)}`);
  }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--[a-z-]+)/.exec((error as Error).message)?.[1] ?? 'an option';
      throw new UsageError(`${option} needs a value`);
    }
    throw new UsageError(escapeUnsafe((error as Error).message));
  }
}

/** The release named by --release (or the newest), with a suggestion for a near miss. */
function releaseOption(value: unknown): NonNullable<ReturnType<typeof findRelease>> {
  const id = String(value ?? latestRelease.id);
  const release = findRelease(id);
  if (!release) throw new UsageError(`unknown release "${escapeUnsafe(id)}"; choose one of ${RELEASE_IDS.join(', ')}.${didYouMean(id, RELEASE_IDS)}`);
  return release;
}

/** Docs links as a terminal can open them: the site's address in front of each page path. */
function docsBase(value: unknown): string {
  const base = String(value ?? defaultDocsUrl());
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`--docs-base must be a URL such as ${DEFAULT_SITE}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--docs-base must be an http or https URL such as ${DEFAULT_SITE}`);
  return url.href.replace(/\/+$/, '');
}

const DOCS_OPTION = { 'docs-base': { type: 'string' } } as const;

async function render(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    release: { type: 'string' },
    target: { type: 'string' },
    inputs: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    ...DOCS_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[0]!)}"`);
  const format = formatOf(values.format);
  const release = releaseOption(values.release);
  const base = docsBase(values['docs-base']);
  const target = values.target as Target | undefined;
  if (target === undefined) throw new UsageError(`--target is required: one of ${TARGETS.join(', ')}`);
  if (!TARGETS.includes(target)) {
    throw new UsageError(`--target must be one of ${TARGETS.join(', ')}, not "${escapeUnsafe(target)}".${didYouMean(target, TARGETS)}`);
  }
  if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');
  if (values.force && values.out === undefined) throw new UsageError('--force only goes with --out DIR');
  if (values.out !== undefined && (!io.writeFile || !io.fileExists)) throw new UsageError('--out is not available here');

  const inputs = await readInputs(values.inputs, io);
  if (inputs === undefined) return EXIT.usage;

  const result = renderTarget({ release, target, inputs });
  const diagnostics = withDocsBase(result.diagnostics, base);
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (values.out !== undefined && !failed) {
    const written = await writeFiles(String(values.out), result.files, values.force === true, io);
    if (written === undefined) return EXIT.usage;
  }
  if (format === 'json') {
    io.stdout(`${json({ ...result, diagnostics })}\n`);
  } else {
    if (values.out === undefined) io.stdout(result.files.map(formatFile).join('\n'));
    printDiagnostics(diagnostics, io);
  }
  return failed ? EXIT.diagnosticError : EXIT.ok;
}

/**
 * `render --out DIR`: every file or none. Files that exist are refused before anything is
 * written (unless --force), so a second run never mixes two renders.
 */
async function writeFiles(dir: string, files: readonly EmittedFile[], force: boolean, io: CliIo): Promise<string[] | undefined> {
  const paths = files.map((file) => `${dir.replace(/\/+$/, '') || '.'}/${file.filename}`);
  if (!force) {
    const existing: string[] = [];
    for (const path of paths) if (await io.fileExists!(path)) existing.push(path);
    if (existing.length > 0) {
      io.stderr(`om-okta: ${existing.map((path) => escapeUnsafe(path)).join(', ')} ${existing.length === 1 ? 'exists' : 'exist'}: nothing was written. Choose another --out folder, or add --force to replace ${existing.length === 1 ? 'it' : 'them'}.\n`);
      return undefined;
    }
  }
  for (const [index, file] of files.entries()) await io.writeFile!(paths[index]!, file.text);
  for (const path of paths) io.stdout(`wrote ${escapeUnsafe(path)}\n`);
  return paths;
}

function withDocsBase<T extends { docs?: string | undefined }>(items: readonly T[], base: string): T[] {
  return items.map((item) => (item.docs?.startsWith('/') ? { ...item, docs: `${base}${item.docs}` } : item));
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
 * { release, kind, diagnostics }. Without --release the release is guessed from the file. A
 * finding the fix can change says what to write, with the reader's values.
 *
 * `--fix` prints the corrected file on standard output and lists what is left on standard error
 * (exit 0 when nothing left is an error); `--diff` prints a unified diff instead; `--inputs FILE`
 * gives the values the file lacks. JSON with --fix: { release, kind, fixed, changes, diagnostics }.
 */
async function lint(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    release: { type: 'string' },
    format: { type: 'string', default: 'text' },
    fix: { type: 'boolean', default: false },
    diff: { type: 'boolean', default: false },
    inputs: { type: 'string' },
    ...DOCS_OPTION,
  });
  if (positionals.length === 0) throw new UsageError('lint needs a FILE (or - for standard input)');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[1]!)}"`);
  const format = formatOf(values.format);
  const release = values.release === undefined ? undefined : releaseOption(values.release);
  const base = docsBase(values['docs-base']);
  const path = positionals[0]!;
  const shown = path === '-' ? '<stdin>' : escapeUnsafe(path);
  const diff = values.diff === true;
  const fix = values.fix === true || diff;
  if (diff && format === 'json') throw new UsageError('--diff prints a diff: use --fix --format json for the corrected file as JSON');
  if (values.inputs === '-' && path === '-') throw new UsageError('the file and --inputs cannot both be standard input');

  let inputs: Record<string, unknown> | undefined;
  if (typeof values.inputs === 'string') {
    const read = await readInputs(values.inputs, io);
    if (read === undefined) return EXIT.usage;
    if (typeof read !== 'object' || read === null || Array.isArray(read)) {
      io.stderr(`om-okta: ${values.inputs === '-' ? 'standard input' : escapeUnsafe(values.inputs)} must hold a JSON object of inputs (as the setup panel downloads it).\n`);
      return EXIT.usage;
    }
    inputs = read as Record<string, unknown>;
  }

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

  const result = lintWithFixes(text, { ...(release ? { release } : {}), ...(path === '-' ? {} : { filename: path }), ...(inputs ? { inputs } : {}) });
  const list = (diagnostics: readonly Diagnostic[], write: (line: string) => void): void => {
    // Messages come out of lint escaped and bounded; escaped once more here, as everything
    // printed from the file is.
    for (const d of diagnostics) write(`${shown}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity} ${d.id}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
  };
  const count = (diagnostics: readonly Diagnostic[], severity: string): number => diagnostics.filter((d) => d.severity === severity).length;

  if (fix) {
    const { fix: fixed } = result;
    const remaining = withDocsBase(fixed.remaining, base);
    if (format === 'json') {
      io.stdout(`${json({ release: fixed.release.id, kind: fixed.kind, fixed: fixed.fixed, changes: fixed.changes, diagnostics: remaining })}\n`);
    } else {
      if (diff) io.stdout(unifiedDiff(text, fixed.fixed, { from: shown, to: shown }));
      else io.stdout(fixed.fixed);
      list(remaining, io.stderr);
      io.stderr(`${shown}: ${fixed.changes.length} change(s); ${count(remaining, 'error')} error(s), ${count(remaining, 'warning')} warning(s) left (${fixed.kind}, ${fixed.release.label})\n`);
    }
    return remaining.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
  }

  const diagnostics = withDocsBase(result.diagnostics, base);
  if (format === 'json') {
    io.stdout(`${json({ release: result.release.id, kind: result.kind, diagnostics })}\n`);
  } else {
    list(diagnostics, io.stdout);
    io.stderr(`${shown}: ${count(diagnostics, 'error')} error(s), ${count(diagnostics, 'warning')} warning(s) (${result.kind}, ${result.release.label})\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
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
    ...DOCS_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[0]!)}"`);
  const format = formatOf(values.format);
  const release = releaseOption(values.release);
  const base = docsBase(values['docs-base']);
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
  const checkedRaw = checkAll(raw, release);
  const checked = { ...checkedRaw, diagnostics: withDocsBase(checkedRaw.diagnostics, base) };
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
    io.stdout(formatCheck(withDocsBase([event.result], base)[0]!));
  });
  if (format === 'json') {
    printJson(withDocsBase(results, base));
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

/**
 * `om-okta token [TOKEN|-] --inputs FILE [--release R] [--jwks URL|FILE] [--format text|json]`:
 * judges a token with src/token against the inputs for a release. Text: the token's kind, header
 * and claims, the user OpenMetadata makes, then one line per finding; JSON: { release, kind,
 * header, claims, user, diagnostics }. The token itself (and its signature) is never printed.
 * Exit 1 when a finding is an error (a text that is not a token included).
 */
async function token(args: readonly string[], io: VerifyIo): Promise<number> {
  const { values, positionals } = parse(args, {
    inputs: { type: 'string' },
    release: { type: 'string' },
    jwks: { type: 'string' },
    format: { type: 'string', default: 'text' },
    ...DOCS_OPTION,
  });
  // The token is not quoted back in usage errors: it may be one.
  if (positionals.length > 1) throw new UsageError('token takes one TOKEN (or - for standard input), not more');
  const format = formatOf(values.format);
  const release = releaseOption(values.release);
  const base = docsBase(values['docs-base']);
  if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE is required');
  const source = positionals[0] ?? '-';
  if (source === '-' && values.inputs === '-') throw new UsageError('the token and --inputs cannot both come from standard input');
  if (source === '-' && values.jwks === '-') throw new UsageError('the token and --jwks cannot both come from standard input');

  if (typeof values.jwks === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(values.jwks) && !/^https:\/\//i.test(values.jwks)) {
    throw new UsageError('--jwks URL must be https (or a file)');
  }

  let tokenText: string;
  if (source === '-') {
    try {
      tokenText = await io.readInput('-');
    } catch (error) {
      io.stderr(`om-okta: cannot read standard input: ${escapeUnsafe((error as Error).message)}\n`);
      return EXIT.usage;
    }
    if (tokenText.trim() === '') throw new UsageError('no token given: pass it as TOKEN or on standard input');
  } else {
    tokenText = source;
  }

  const raw = await readInputs(values.inputs, io);
  if (raw === undefined) return EXIT.usage;
  let jwks: unknown;
  if (typeof values.jwks === 'string') {
    jwks = await readJwks(values.jwks, io);
    if (jwks === undefined) return EXIT.usage;
  }
  const { checkAll, hasErrors } = await import('./rules/index.ts');
  const checked = checkAll(raw, release);
  if (!checked.inputs || hasErrors(checked.diagnostics)) {
    const diagnostics = withDocsBase(checked.diagnostics, base);
    if (format === 'json') io.stdout(`${json({ release: release.id, diagnostics })}\n`);
    else {
      printDiagnostics(diagnostics, io);
      io.stderr('om-okta token: fix the errors in the inputs first; the token was not judged.\n');
    }
    return EXIT.diagnosticError;
  }
  const { judgeToken } = await import('./token/index.ts');
  const judged = await judgeToken(tokenText, { release, inputs: checked.inputs, ...(jwks === undefined ? {} : { jwks }) });
  const diagnostics = withDocsBase(judged.findings, base);
  if (format === 'json') {
    io.stdout(`${json({ release: release.id, kind: judged.kind, header: judged.header, claims: judged.claims, user: judged.user, diagnostics })}\n`);
  } else {
    const lines: string[] = [];
    if (Object.keys(judged.header).length > 0) {
      lines.push(`${judged.kind === 'id' ? 'ID token' : 'Access token'} (${release.label})`);
      lines.push(`Header: ${json(judged.header).replace(/\n\s*/g, ' ')}`);
      lines.push(`Claims: ${json(judged.claims)}`);
    }
    const user = judged.user;
    if (user.name !== undefined) {
      lines.push(`User: ${escapeUnsafe(user.name)} (from ${escapeUnsafe(user.from ?? '')}), email ${escapeUnsafe(user.email ?? '')}, ${user.admin ? 'admin' : 'not an admin'}, domain ${user.domainOk ? 'accepted' : 'refused'}`);
    }
    if (lines.length > 0) io.stdout(`${lines.join('\n')}\n\n`);
    for (const d of diagnostics) io.stdout(`${d.severity} ${d.id}${d.field ? ` ${escapeUnsafe(d.field)}` : ''}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
    const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
    io.stderr(`${count('error')} error(s), ${count('warning')} warning(s)\n`);
  }
  return hasErrors(diagnostics) ? EXIT.diagnosticError : EXIT.ok;
}

/** --jwks: an https URL, fetched once (the only request `token` makes), or a JSON file. */
async function readJwks(where: string, io: VerifyIo): Promise<unknown> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) {
    if (!/^https:\/\//i.test(where)) throw new UsageError('--jwks URL must be https (or a file)');
    const { checkContext, getJson } = await import('./runbook/index.ts');
    const outcome = await getJson(where, checkContext({ fetch: io.fetch ?? globalThis.fetch, environment: 'node' }));
    if (outcome.kind === 'json') return outcome.json;
    io.stderr(`om-okta: cannot fetch the key set from ${escapeUnsafe(where)}: ${outcome.kind === 'status' ? `HTTP ${outcome.status}` : outcome.kind === 'network' || outcome.kind === 'invalid-url' ? escapeUnsafe(outcome.reason) : outcome.kind}\n`);
    return undefined;
  }
  let text: string;
  try {
    text = await io.readInput(where);
  } catch (error) {
    io.stderr(`om-okta: cannot read ${escapeUnsafe(where)}: ${escapeUnsafe((error as Error).message)}\n`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    io.stderr(`om-okta: ${escapeUnsafe(where)} is not valid JSON: ${escapeUnsafe((error as Error).message)}\n`);
    return undefined;
  }
}
