/**
 * `om-okta okta apply|check`: the reader's Okta org itself, through Okta's Management API.
 *
 * - `apply` makes the org hold the Okta model (src/okta/model.ts): what exists is compared and
 *   updated where it differs, what is missing is created; `--dry-run` sends nothing and prints the
 *   requests a run on an empty org would send. Exit 0 when done, 1 when the run stopped (it says
 *   what it made and what is left), 2 for a usage error, unreadable input or no token.
 * - `check` only reads, and reports each difference as a finding with a rule id. Exit 0 when the
 *   org matches, 1 when something is wrong, 2 when it could not check.
 *
 * The API token comes from OKTA_API_TOKEN, or a hidden prompt on a terminal; it is sent to the
 * org's own host only (src/okta/api/http.ts) and never printed, logged or written. The client
 * secret of a new Web Application is shown only with --show-secret; --write-inputs writes client
 * IDs (never a secret) into the inputs file.
 */
import type { Inputs } from '../inputs/index.ts';
import { KEY_FILES, PRIVATE_MEMBERS, type RsaPublicJwk } from '../keys/index.ts';
import { escapeUnsafe } from '../lint/index.ts';
import type { ApiRequest, OktaApiError, PublicJwks } from '../okta/api/index.ts';
import { oktaModel } from '../okta/model.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { OrgFinding } from '../runbook/okta-org.ts';
import type { Command, VerifyIo } from './types.ts';
import { InputError, readJson, readText, sourceName } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, RELEASE_HELP, UsageError } from './options.ts';
import { EXIT, json, printDiagnostics, withDocsBase } from './output.ts';

export const DEFAULT_OKTA_TIMEOUT_MS = 60_000;
const TOKEN_VARIABLE = 'OKTA_API_TOKEN';
/** Stand-ins for client IDs an org does not have yet (apply creates the apps); never sent. */
const STAND_IN = { clientId: '0oa00000000000000000', serviceClientId: '0oa00000000000000001' } as const;

const SUBCOMMANDS = ['apply', 'check'] as const;

export const okta: Command = {
  help: {
    usage: 'om-okta okta apply|check --inputs FILE [--release R] [--org URL] [--dry-run] [--format text|json]',
    summary:
      'Makes your Okta org hold the app, trusted origin, access policy and assignment the guide describes (apply), or reads what it holds and reports each difference (check), through the Okta Management API. The API token comes from OKTA_API_TOKEN (or a hidden prompt on a terminal).',
    options: {
      '--inputs FILE': 'your values as JSON (inputs.json)',
      '--release R': RELEASE_HELP,
      '--org URL': "the org's address (default https:// and your Okta domain)",
      '--dry-run': 'apply: send nothing; print the requests a run on an empty org sends',
      '--show-secret': 'apply: print the client secret Okta makes for a new Web Application',
      '--write-inputs': 'apply: write the client IDs of the apps into the inputs file (never the secret)',
      '--public-jwks FILE': `0.12 apply: the service app's public key set (default ${KEY_FILES.publicJwks})`,
      '--timeout MS': `time limit for the whole run, waits for Okta's rate limit included (default ${DEFAULT_OKTA_TIMEOUT_MS})`,
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, {
      inputs: { type: 'string' },
      release: { type: 'string' },
      org: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'show-secret': { type: 'boolean' },
      'write-inputs': { type: 'boolean' },
      'public-jwks': { type: 'string' },
      timeout: { type: 'string' },
      ...FORMAT_OPTION,
      ...DOCS_OPTION,
    });
    const sub = positionals[0];
    if (sub === undefined) throw new UsageError('say apply or check: om-okta okta apply --inputs inputs.json');
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`unknown subcommand "${escapeUnsafe(sub)}": apply or check`);
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[1]!)}"`);
    const format = formatOption(values.format);
    const release = releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');
    if (sub === 'check') {
      for (const option of ['dry-run', 'show-secret', 'write-inputs', 'public-jwks'] as const) {
        if (values[option] !== undefined) throw new UsageError(`--${option} is for okta apply; okta check only reads`);
      }
    }
    if (values['write-inputs'] && (values.inputs === '-' || !io.writeFile)) throw new UsageError('--write-inputs needs the inputs as a file, not standard input');
    const timeoutMs = timeoutOption(values.timeout);

    const raw = await readJson(values.inputs, io);
    const loaded = await loadInputs(raw, release, sub, io, format, base);
    if (typeof loaded === 'number') return loaded;
    const { inputs, known } = loaded;
    const model = oktaModel(inputs, release);
    const needsKeys = sub === 'apply' && model.apps.some((a) => a.publicKeys);
    const jwks = needsKeys ? await readPublicJwks(typeof values['public-jwks'] === 'string' ? values['public-jwks'] : KEY_FILES.publicJwks, inputs, io) : undefined;
    const api = await import('../okta/api/index.ts');

    if (sub === 'apply' && values['dry-run']) {
      const requests = api.dryRunRequests(model, jwks);
      if (format === 'json') io.stdout(`${json({ requests })}\n`);
      else io.stdout(formatDryRun(requests, api.DRY_RUN_IDS));
      return EXIT.ok;
    }

    const org = orgUrlOf(values.org, inputs);
    const token = await readToken(io);
    if (token === undefined) {
      const message = `no API token: set ${TOKEN_VARIABLE} (Okta Admin Console > Security > API > Tokens), or run on a terminal to be asked for it`;
      if (format === 'json') io.stdout(`${json({ release: release.id, error: { kind: 'no-token', message } })}\n`);
      else io.stderr(`om-okta okta ${sub}: ${message}\n`);
      return EXIT.usage;
    }
    let client: InstanceType<typeof api.OktaClient>;
    try {
      client = new api.OktaClient({ orgUrl: org, token, fetch: io.fetch ?? globalThis.fetch, timeoutMs });
    } catch (error) {
      throw new UsageError(escapeUnsafe((error as Error).message));
    }

    if (sub === 'check') {
      const outcome = await checkOrg(inputs, release, client, base);
      if ('error' in outcome) {
        if (format === 'json') io.stdout(`${json({ release: release.id, org: client.origin, error: outcome.error })}\n`);
        else io.stderr(`om-okta okta check: could not check ${client.host}: ${escapeUnsafe(outcome.error.message)}\n`);
        return EXIT.usage;
      }
      if (format === 'json') io.stdout(`${json({ release: release.id, org: client.origin, findings: outcome.findings, read: outcome.read })}\n`);
      else io.stdout(formatFindings(outcome.findings, client.host, release));
      return outcome.findings.some((f) => f.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
    }

    const clientIds = { ...(known.clientId ? { openmetadata: inputs.clientId } : {}), ...(known.serviceClientId && inputs.serviceClientId ? { ingestion: inputs.serviceClientId } : {}) };
    const text = format === 'text';
    try {
      const result = await api.applyModel(model, client, {
        ...(jwks ? { jwks } : {}),
        clientIds,
        onProgress: (outcome, name) => {
          if (text) io.stdout(`${outcome.padEnd(9)} ${escapeUnsafe(name)}\n`);
        },
      });
      const changed = result.created.length + result.updated.length;
      const showSecret = values['show-secret'] === true && result.clientSecret !== undefined;
      let wrote = false;
      if (values['write-inputs']) wrote = await writeInputs(values.inputs, raw, result, io);
      if (text) {
        io.stdout(
          changed === 0
            ? `\nNothing to change: ${client.host} already holds everything (${result.unchanged.length} unchanged).\n`
            : `\nDone on ${client.host}: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged.\n`,
        );
        io.stdout(`Client ID: ${result.clientId}${result.serviceClientId ? `\nService app client ID: ${result.serviceClientId}` : ''}\n`);
        if (showSecret) io.stdout(`Client secret: ${result.clientSecret}\n`);
        else if (result.clientSecret !== undefined) {
          io.stdout("Okta made a client secret for the new app. It is not shown: copy it from the app's Client Credentials in the Admin Console, or run with --show-secret next time.\n");
        }
        if (wrote) io.stdout(`Wrote the client ID into ${sourceName(values.inputs)}.\n`);
        else if (result.clientId !== inputs.clientId && !values['write-inputs']) io.stdout('The inputs name another client ID: enter this one in the guide, or run with --write-inputs.\n');
      } else {
        io.stdout(
          `${json({
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            clientId: result.clientId,
            ...(result.serviceClientId ? { serviceClientId: result.serviceClientId } : {}),
            ...(showSecret ? { clientSecret: result.clientSecret } : {}),
          })}\n`,
        );
      }
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof api.ApplyFailure)) throw error;
      const message = escapeUnsafe(client.scrub(error.message));
      if (format === 'json') {
        const e = error.error as Partial<OktaApiError>;
        io.stdout(
          `${json({
            created: error.done.created,
            updated: error.done.updated,
            unchanged: error.done.unchanged,
            left: error.left,
            error: { kind: e.kind ?? 'stopped', ...(e.details?.status ? { status: e.details.status } : {}), ...(e.details?.permission ? { permission: e.details.permission } : {}), message },
          })}\n`,
        );
      } else {
        io.stderr(`om-okta okta apply: ${message}\n`);
        const list = (items: readonly string[]) => (items.length === 0 ? 'nothing' : items.map(escapeUnsafe).join('; '));
        io.stderr(`Made before it stopped: ${list(error.done.created)}${error.done.updated.length > 0 ? `; updated: ${list(error.done.updated)}` : ''}.\n`);
        io.stderr(`Left to do: ${list(error.left)}.\nFix the cause and run the same command again: what exists is kept, the rest is made.\n`);
      }
      return EXIT.diagnosticError;
    }
  },
};

function timeoutOption(value: unknown): number {
  if (value === undefined) return DEFAULT_OKTA_TIMEOUT_MS;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 3_600_000) throw new UsageError('--timeout must be a whole number of milliseconds from 1 to 3600000');
  return Number(text);
}

/** The org's address: --org, else https:// and the Okta domain of the inputs. */
function orgUrlOf(value: unknown, inputs: Inputs): string {
  return typeof value === 'string' ? value : `https://${inputs.oktaDomain}`;
}

async function readToken(io: VerifyIo): Promise<string | undefined> {
  const env = io.env ?? process.env;
  const fromEnv = env[TOKEN_VARIABLE];
  if (typeof fromEnv === 'string' && fromEnv.trim() !== '') return fromEnv.trim();
  if (!io.promptSecret) return undefined;
  const typed = (await io.promptSecret('Okta API token (not shown): ')).trim();
  return typed === '' ? undefined : typed;
}

/**
 * The inputs the model is made from. `apply` may be run before the apps exist: a missing client ID
 * is then a stand-in, never sent (the app is found by its label or created). Findings on values the
 * Okta org does not hold (the client secret, the ingestion bot's email) do not stop it.
 */
async function loadInputs(
  raw: unknown,
  release: ReleaseFacts,
  sub: 'apply' | 'check' | string,
  io: VerifyIo,
  format: 'text' | 'json',
  base: string,
): Promise<{ inputs: Inputs; known: { clientId: boolean; serviceClientId: boolean } } | number> {
  const { checkAll } = await import('../rules/index.ts');
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const has = (field: string) => typeof record?.[field] === 'string' && (record[field] as string).trim() !== '';
  const known = { clientId: has('clientId'), serviceClientId: has('serviceClientId') };
  const legacy = release.ingestion.kind === 'okta-service-app';
  const filled =
    sub === 'apply' && record
      ? { ...record, ...(known.clientId ? {} : { clientId: STAND_IN.clientId }), ...(legacy && !known.serviceClientId ? { serviceClientId: STAND_IN.serviceClientId } : {}) }
      : raw;
  const checked = checkAll(filled, release);
  const diagnostics = withDocsBase(checked.diagnostics, base);
  const blocking = diagnostics.filter((d) => d.severity === 'error' && d.field !== 'clientSecret' && d.field !== 'serviceEmail' && d.id !== 'OKTA-CONF-002');
  if (!checked.inputs || blocking.length > 0) {
    if (format === 'json') io.stdout(`${json({ release: release.id, diagnostics: blocking })}\n`);
    else {
      printDiagnostics(blocking, io);
      io.stderr(`om-okta okta ${sub}: fix the errors in the inputs first; nothing was sent to Okta.\n`);
    }
    return EXIT.diagnosticError;
  }
  return { inputs: checked.inputs, known };
}

/** The 0.12 service app's public key set: public members only, with the key id the inputs name. */
async function readPublicJwks(path: string, inputs: Inputs, io: VerifyIo): Promise<PublicJwks> {
  let text: string;
  try {
    text = await readText(path, io);
  } catch (error) {
    throw new InputError(`${(error as Error).message}. The 0.12 service app needs its public key set: make the key pair in the guide's key step (or with om-okta keys), or name the file with --public-jwks`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${sourceName(path)} is not valid JSON: it should be the public key set the key step wrote`);
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new InputError(`${sourceName(path)} holds no keys: it should be { "keys": [ ... ] }`);
  const out: RsaPublicJwk[] = [];
  for (const key of keys) {
    const k = key as Record<string, unknown>;
    if (PRIVATE_MEMBERS.some((m) => m in k)) throw new InputError(`${sourceName(path)} holds a private key: give the public key set; the private key never goes to Okta`);
    if (k['kty'] !== 'RSA' || typeof k['kid'] !== 'string' || typeof k['n'] !== 'string' || typeof k['e'] !== 'string') {
      throw new InputError(`${sourceName(path)}: each key needs kty RSA, kid, n and e`);
    }
    out.push({ kty: 'RSA', kid: k['kid'], use: 'sig', alg: 'RS256', n: k['n'], e: k['e'] });
  }
  if (inputs.serviceKid && !out.some((k) => k.kid === inputs.serviceKid)) {
    throw new InputError(`${sourceName(path)} has no key with the key id ${escapeUnsafe(inputs.serviceKid)} (serviceKid): use the file made with that key id, or change the Key ID`);
  }
  return { keys: out };
}

async function writeInputs(path: string, raw: unknown, result: { clientId: string; serviceClientId?: string }, io: VerifyIo): Promise<boolean> {
  if (path === '-' || !io.writeFile) return false;
  const record = { ...(raw as Record<string, unknown>) };
  record['clientId'] = result.clientId;
  if (result.serviceClientId !== undefined) record['serviceClientId'] = result.serviceClientId;
  await io.writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
  return true;
}

function formatDryRun(requests: readonly ApiRequest[], ids: Readonly<Record<string, string>>): string {
  const lines = ['# Nothing was sent. The requests a run sends to an org that holds none of this yet:', ''];
  for (const r of requests) {
    lines.push(`${r.method} ${r.path}`);
    // Escaped line by line: what the reader typed (a URL) must not act on the terminal; the layout stays.
    if (r.body !== undefined) lines.push(...JSON.stringify(r.body, null, 2).split('\n').map(escapeUnsafe));
    lines.push('');
  }
  const used = Object.entries(ids).filter(([id]) => requests.some((r) => r.path.includes(id) || JSON.stringify(r.body ?? '').includes(id)));
  if (used.length > 0) lines.push(...used.map(([id, what]) => `# ${id}: ${what}`), '');
  lines.push('# On an org that holds some of it, apply compares and changes only what differs.');
  return `${lines.join('\n')}\n`;
}

function formatFindings(findings: readonly OrgFinding[], host: string, release: ReleaseFacts): string {
  if (findings.length === 0) return `\u2713 ${host} holds what the guide describes for ${release.label}.\n`;
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${f.severity === 'error' ? '\u2717' : '!'} ${f.ruleId} ${escapeUnsafe(f.message)}`, `    Fix: ${escapeUnsafe(f.fix)}`, `    See ${f.docs}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push('', `${host}: ${errors} error(s), ${findings.length - errors} warning(s) (${release.label}).`);
  return `${lines.join('\n')}\n`;
}

/** What `check` found, or why it could not check. Shared with `verify --okta-api`. */
export async function checkOrg(
  inputs: Inputs,
  release: ReleaseFacts,
  client: import('../okta/api/index.ts').OktaClient,
  base: string,
): Promise<{ findings: OrgFinding[]; read: string[] } | { error: { kind: string; status?: number; permission?: string; message: string } }> {
  const api = await import('../okta/api/index.ts');
  const { orgFindings } = await import('../runbook/okta-org.ts');
  try {
    const inspection = await api.inspectOrg(oktaModel(inputs, release), client);
    return { findings: withDocsBase(orgFindings(inspection.differences, release), base), read: inspection.read };
  } catch (error) {
    const e = error as Partial<OktaApiError> & Error;
    return {
      error: {
        kind: e.kind ?? 'error',
        ...(e.details?.status ? { status: e.details.status } : {}),
        ...(e.details?.permission ? { permission: e.details.permission } : {}),
        message: client.scrub(e.message),
      },
    };
  }
}

export { readToken, orgUrlOf };
