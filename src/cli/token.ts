/**
 * `om-okta token [TOKEN|-] --inputs FILE [--release R] [--jwks URL|FILE] [--format text|json]`:
 * judges a token with src/token against the inputs for a release. Text: the token's kind, header
 * and claims, the user OpenMetadata makes, then one line per finding; JSON: { release, kind,
 * header, claims, user, diagnostics }. The token itself (and its signature) is never printed.
 * Exit 1 when a finding is an error (a text that is not a token included).
 */
import { escapeUnsafe } from '../lint/index.ts';
import type { Command, VerifyIo } from './types.ts';
import { InputError, readJson, readText } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, RELEASE_HELP, UsageError } from './options.ts';
import { EXIT, json, printDiagnostics, withDocsBase } from './output.ts';

/** A --jwks value that names a URL rather than a file. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export const token: Command = {
  help: {
    usage: 'om-okta token [TOKEN|-] --inputs FILE [--release R] [--jwks URL|FILE] [--format text|json] [--docs-base URL]',
    summary:
      "Judges an ID or access token from Okta against your values, offline: issuer, audience, expiry, algorithm and key, and the user OpenMetadata makes of it (name, email, domain, admin). The token is read from standard input when TOKEN is - or left out (safer than the command line, which the shell may keep in its history); it is never printed back, only its header and claims.",
    options: {
      '--inputs FILE': 'your values as JSON (inputs.json)',
      '--release R': RELEASE_HELP,
      '--jwks URL|FILE': "Okta's key set, to check the key id and verify the signature: a JSON file, or an https URL fetched once (the only network request this command makes)",
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, {
      inputs: { type: 'string' },
      release: { type: 'string' },
      jwks: { type: 'string' },
      ...FORMAT_OPTION,
      ...DOCS_OPTION,
    });
    // The token is not quoted back in usage errors: it may be one.
    if (positionals.length > 1) throw new UsageError('token takes one TOKEN (or - for standard input), not more');
    const format = formatOption(values.format);
    const release = releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE is required');
    const source = positionals[0] ?? '-';
    if (source === '-' && values.inputs === '-') throw new UsageError('the token and --inputs cannot both come from standard input');
    if (source === '-' && values.jwks === '-') throw new UsageError('the token and --jwks cannot both come from standard input');
    if (typeof values.jwks === 'string' && URL_SCHEME.test(values.jwks) && !/^https:\/\//i.test(values.jwks)) {
      throw new UsageError('--jwks URL must be https (or a file)');
    }

    let tokenText = source;
    if (source === '-') {
      tokenText = await readText('-', io);
      if (tokenText.trim() === '') throw new UsageError('no token given: pass it as TOKEN or on standard input');
    }

    const raw = await readJson(values.inputs, io);
    const jwks = typeof values.jwks === 'string' ? await readJwks(values.jwks, io) : undefined;
    const { checkAll, hasErrors } = await import('../rules/index.ts');
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
    const { judgeToken } = await import('../token/index.ts');
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
  },
};

/**
 * --jwks: an https URL (the command refused any other scheme before reading anything), fetched
 * once, the only request `token` makes; or a JSON file.
 */
async function readJwks(where: string, io: VerifyIo): Promise<unknown> {
  if (!URL_SCHEME.test(where)) return readJson(where, io);
  const { checkContext, getJson } = await import('../runbook/index.ts');
  const outcome = await getJson(where, checkContext({ fetch: io.fetch ?? globalThis.fetch, environment: 'node' }));
  if (outcome.kind === 'json') return outcome.json;
  const reason = outcome.kind === 'status' ? `HTTP ${outcome.status}` : outcome.kind === 'network' || outcome.kind === 'invalid-url' ? escapeUnsafe(outcome.reason) : outcome.kind;
  throw new InputError(`cannot fetch the key set from ${escapeUnsafe(where)}: ${reason}`);
}
