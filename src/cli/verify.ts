/**
 * `om-okta verify --inputs FILE [--release R] [--format text|json] [--timeout MS]`: checks the
 * inputs with the rules (errors: printed, exit 1, no request made), then runs the live checks of
 * src/runbook against Okta and OpenMetadata, the two side by side (so one silent server does not
 * hide the other's answers), all within --timeout (one deadline for the whole run, headers and
 * bodies included), and prints them in the guide's order. Text: one line per check
 * (✓ pass, ✗ fail, ! warn, ? could not run) with the fix under it; JSON:
 * { release, diagnostics, checks: [CheckResult...] }. Exit 1 when a check failed or a diagnostic is
 * an error.
 */
import { escapeUnsafe } from '../lint/index.ts';
import type { CheckResult } from '../runbook/types.ts';
import type { Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { Command, VerifyIo } from './types.ts';
import { checkOrg, orgUrlOf, readToken } from './okta.ts';
import { readJson } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, RELEASE_HELP, UsageError } from './options.ts';
import { EXIT, json, printDiagnostics, withDocsBase } from './output.ts';

const CHECK_MARKS = { pass: '\u2713', fail: '\u2717', warn: '!', 'could-not-run': '?' } as const;

export const verify: Command = {
  help: {
    usage: 'om-okta verify --inputs FILE|- [--release R] [--timeout MS] [--okta-api [--org URL]] [--format text|json] [--docs-base URL]',
    summary: "Runs the live checks against your Okta org and OpenMetadata server (discovery, keys, OpenMetadata's settings).",
    options: {
      '--inputs FILE': 'your values as JSON (inputs.json)',
      '--release R': RELEASE_HELP,
      '--timeout MS': 'time limit for the whole run, in milliseconds',
      '--okta-api': 'also read the Okta org through its Management API (om-okta okta check; token from OKTA_API_TOKEN)',
      '--org URL': "with --okta-api: the org's address (default https:// and your Okta domain)",
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, {
      inputs: { type: 'string' },
      release: { type: 'string' },
      ...FORMAT_OPTION,
      timeout: { type: 'string' },
      'okta-api': { type: 'boolean' },
      org: { type: 'string' },
      ...DOCS_OPTION,
    });
    if (values.org !== undefined && !values['okta-api']) throw new UsageError('--org goes with --okta-api');
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[0]!)}"`);
    const format = formatOption(values.format);
    const release = releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');
    // Loaded here: the other commands never need the live checks.
    const runbook = await import('../runbook/index.ts');
    const { checkAll, hasErrors } = await import('../rules/index.ts');
    let timeoutMs = runbook.DEFAULT_TIMEOUT_MS;
    if (values.timeout !== undefined) {
      const text = String(values.timeout);
      if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 600_000) {
        throw new UsageError('--timeout must be a whole number of milliseconds from 1 to 600000');
      }
      timeoutMs = Number(text);
    }

    const raw = await readJson(values.inputs, io);
    const checkedRaw = checkAll(raw, release);
    const checked = { ...checkedRaw, diagnostics: withDocsBase(checkedRaw.diagnostics, base) };
    const printJson = (checks: readonly unknown[], oktaOrg?: unknown) =>
      io.stdout(`${json({ release: release.id, diagnostics: checked.diagnostics, checks, ...(oktaOrg !== undefined ? { oktaOrg } : {}) })}\n`);
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
    // --okta-api: what the org holds, read through the Management API (the okta check command's findings).
    let org: Awaited<ReturnType<typeof oktaApiCheck>> | undefined;
    if (values['okta-api']) {
      org = await oktaApiCheck(checked.inputs, release, io, typeof values.org === 'string' ? values.org : undefined, timeoutMs, base);
      if (format === 'text') io.stdout(formatOrg(org));
    }
    const orgFailed = org !== undefined && 'findings' in org && org.findings.some((f) => f.severity === 'error');
    if (format === 'json') {
      printJson(withDocsBase(results, base), org);
    } else {
      const count = (status: keyof typeof CHECK_MARKS) => results.filter((r) => r.status === status).length;
      const parts = [`${count('pass')} pass`, `${count('fail')} fail`, `${count('warn')} warn`, `${count('could-not-run')} could not run`];
      io.stdout(`\n${results.length} checks (${release.label}): ${parts.join(', ')}\n`);
    }
    return results.some((r) => r.status === 'fail') || orgFailed || hasErrors(checked.diagnostics) ? EXIT.diagnosticError : EXIT.ok;
  },
};

type OrgOutcome = Awaited<ReturnType<typeof checkOrg>>;

/** The org check of `okta check`, or why it could not run (no token, a bad org URL, an API error). */
async function oktaApiCheck(inputs: Inputs, release: ReleaseFacts, io: VerifyIo, org: string | undefined, timeoutMs: number, base: string): Promise<OrgOutcome> {
  const token = await readToken(io);
  if (token === undefined) return { error: { kind: 'no-token', message: 'no API token: set OKTA_API_TOKEN to read the org through its Management API' } };
  const { OktaClient } = await import('../okta/api/index.ts');
  let client: InstanceType<typeof OktaClient>;
  try {
    client = new OktaClient({ orgUrl: orgUrlOf(org, inputs), token, fetch: io.fetch ?? globalThis.fetch, timeoutMs });
  } catch (error) {
    return { error: { kind: 'usage', message: (error as Error).message } };
  }
  return checkOrg(inputs, release, client, base);
}

function formatOrg(org: OrgOutcome): string {
  const title = 'Okta org (Management API)';
  if ('error' in org) return `? ${title}: could not check: ${escapeUnsafe(org.error.message)}\n`;
  if (org.findings.length === 0) return `\u2713 ${title}: holds what the guide describes\n`;
  return org.findings
    .map((f) => `${f.severity === 'error' ? '\u2717' : '!'} ${title}: ${escapeUnsafe(f.message)}\n    Fix: ${escapeUnsafe(f.fix)}\n    See ${f.ruleId}: ${f.docs}\n`)
    .join('');
}

/** One check as text; what a server answered (quoted in messages) is escaped for the terminal. */
function formatCheck(result: CheckResult): string {
  const lines = [`${CHECK_MARKS[result.status]} ${result.title}: ${escapeUnsafe(result.message)}`];
  if (result.status !== 'pass') {
    if (result.fix) lines.push(`    Fix: ${escapeUnsafe(result.fix)}`);
    if (result.ruleId) lines.push(`    See ${result.ruleId}: ${result.docs}`);
    if (result.commands) lines.push(`    Try: ${escapeUnsafe(result.commands.curl)}`);
  }
  return `${lines.join('\n')}\n`;
}
