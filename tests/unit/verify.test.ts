/**
 * `om-okta verify` end to end against the loopback stand-ins, with inputs a reader would type for
 * a real Okta org (`dev-123456.okta.com`, which the input rules accept): a CONNECT proxy sends that
 * host to the local OpenID provider, whose certificate names it. In process through runCli with an
 * injected fetch, and once as the real bin/om-okta.js in a child process (NODE_EXTRA_CA_CERTS,
 * NODE_USE_ENV_PROXY).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli, type VerifyIo } from '../../src/cli/index.ts';
import { latestRelease } from '../../src/releases/index.ts';
import type { CheckResult } from '../../src/runbook/types.ts';
import { closedPort, fetchViaProxy, omAuthConfig, startConnectProxy, startLoopback, writeCaFile, type ConnectProxy, type Loopback } from '../support/index.ts';
import { listenOnLoopback } from '../support/listen.ts';

const OKTA_HOST = 'dev-123456.okta.com';
/** verify checks against the newest release unless told otherwise. */
const LATEST = latestRelease.id;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let lo: Loopback;
let proxy: ConnectProxy;
let proxied: { fetch: typeof fetch; close: () => Promise<void> };
let inputs: Record<string, unknown>;

beforeAll(async () => {
  lo = await startLoopback({ release: LATEST, okta: { host: OKTA_HOST } });
  proxy = await startConnectProxy({ [`${OKTA_HOST}:443`]: lo.okta.port });
  proxied = fetchViaProxy(proxy.url, lo.tls.ca);
  inputs = { ...lo.inputs };
}, 30_000);
afterAll(async () => {
  await proxied?.close();
  await proxy?.close();
  await lo?.close();
});
afterEach(() => {
  lo.okta.reset();
  lo.om.reset();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  fetched: string[];
}

async function verify(argv: string[], options: { stdin?: unknown; isTTY?: boolean; fetch?: typeof fetch } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const fetched: string[] = [];
  const base = options.fetch ?? proxied.fetch;
  const io: VerifyIo = {
    readInput: (path) => (path === '-' ? Promise.resolve(typeof options.stdin === 'string' ? options.stdin : JSON.stringify(options.stdin ?? inputs)) : readFile(path, 'utf8')),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    fetch: (input, init) => {
      fetched.push(String(input));
      return base(input, init);
    },
    isTTY: options.isTTY ?? false,
  };
  const code = await runCli(['verify', ...argv], io);
  return { code, stdout, stderr, fetched };
}

describe('om-okta verify (in process)', () => {
  it('the loopback inputs are what a reader types: a real Okta host, no input errors', async () => {
    expect(inputs['oktaDomain']).toBe(OKTA_HOST);
    expect(lo.okta.issuer).toBe(`https://${OKTA_HOST}/oauth2/default`);
  });

  it('all good, text: one ✓ line per check, a summary, exit 0, no progress control codes off a terminal', async () => {
    const { code, stdout, stderr, fetched } = await verify(['--inputs', '-', '--release', LATEST]);
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 5).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      '\u2713 Okta discovery document',
      '\u2713 Okta signing keys',
      '\u2713 OpenMetadata release',
      '\u2713 OpenMetadata sign-in settings',
      '\u2713 OpenMetadata signing keys',
    ]);
    expect(lines[0]).toBe(`\u2713 Okta discovery document: Okta's discovery document names the issuer https://${OKTA_HOST}/oauth2/default, the key URL https://${OKTA_HOST}/oauth2/default/v1/keys, and offers the scopes OpenMetadata requests (openid profile email offline_access).`);
    expect(lines.at(-1)).toBe(`5 checks (OpenMetadata ${LATEST}): 5 pass, 0 fail, 0 warn, 0 could not run`);
    expect(stdout).not.toContain('\r');
    expect(stdout).not.toContain('\u2026 ');
    // The inputs' own findings (info/warnings) still show, on standard error.
    expect(stderr).toMatch(/^info OKTA-REDIR-002 omUrl: /m);
    // The Okta checks and the OpenMetadata checks run side by side, each side in the guide's order.
    expect([...fetched.filter((u) => u.includes(OKTA_HOST)), ...fetched.filter((u) => !u.includes(OKTA_HOST))]).toEqual([
      `https://${OKTA_HOST}/oauth2/default/.well-known/openid-configuration`,
      `https://${OKTA_HOST}/oauth2/default/v1/keys`,
      `${lo.om.url}/api/v1/system/version`,
      `${lo.om.url}/api/v1/system/config/auth`,
      `${lo.om.url}/api/v1/system/config/jwks`,
    ]);
    expect(proxy.requests).toContain(`${OKTA_HOST}:443`);
  });

  it('on a terminal, a "running" line per check that the result replaces', async () => {
    const { code, stdout } = await verify(['--inputs', '-'], { isTTY: true });
    expect(code).toBe(EXIT.ok);
    expect(stdout.startsWith('\u2026 Okta discovery document\r\x1b[2K\u2713 Okta discovery document: ')).toBe(true);
    expect(stdout.match(/\r\x1b\[2K/g)).toHaveLength(5);
  });

  it('JSON: { release, diagnostics, checks } with every CheckResult', async () => {
    const { code, stdout } = await verify(['--inputs', '-', '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout) as { release: string; diagnostics: unknown[]; checks: CheckResult[] };
    expect(Object.keys(json).sort()).toEqual(['checks', 'diagnostics', 'release']);
    expect(json.release).toBe(LATEST);
    expect(json.diagnostics).toEqual([expect.objectContaining({ id: 'OKTA-REDIR-002', severity: 'info', field: 'omUrl' })]);
    expect(json.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['okta-discovery:pass', 'okta-jwks:pass', 'om-version:pass', 'om-auth-config:pass', 'om-jwks:pass']);
    for (const c of json.checks) {
      expect(Object.keys(c).sort()).toEqual(['commands', 'id', 'message', 'status', 'title', 'url']);
    }
  });

  it('a failing check: ✗ with the fix, the rule and its docs, the curl command; exit 1', async () => {
    lo.om.set({ auth: omAuthConfig() });
    const { code, stdout } = await verify(['--inputs', '-']);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toContain('\u2717 OpenMetadata sign-in settings: OpenMetadata at ');
    expect(stdout).toContain('    Fix: If SSO settings were saved in the UI, remove them where the server runs with ./bootstrap/openmetadata-ops.sh remove-security-config --force');
    expect(stdout).toContain(`    See OKTA-PERSIST-001: http://127.0.0.1:4321/${latestRelease.contentDir}/troubleshooting/#okta-persist-001\n`);
    expect(stdout).toContain(`    Try: curl -sS ${lo.om.url}/api/v1/system/config/auth\n`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`5 checks (OpenMetadata ${LATEST}): 4 pass, 1 fail, 0 warn, 0 could not run`);
  });

  it('an issuer mismatch seen through the proxy: ✗ OKTA-ISS-001, exit 1', async () => {
    lo.okta.setDiscovery({ issuer: `https://${OKTA_HOST}` });
    const { code, stdout } = await verify(['--inputs', '-', '--format', 'json']);
    expect(code).toBe(EXIT.diagnosticError);
    const discovery = (JSON.parse(stdout) as { checks: CheckResult[] }).checks[0]!;
    expect(discovery).toMatchObject({ id: 'okta-discovery', status: 'fail', ruleId: 'OKTA-ISS-001', docs: `http://127.0.0.1:4321/${latestRelease.contentDir}/troubleshooting/#okta-iss-001` });
  });

  it('a warning only (OpenMetadata of another release): ! and exit 0', async () => {
    lo.om.set({ version: '1.11.13' });
    const { code, stdout } = await verify(['--inputs', '-']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('! OpenMetadata release: OpenMetadata at ');
    expect(stdout).toContain(`    Fix: Switch to the guide for OpenMetadata 1.11 (/v1.11/), or upgrade OpenMetadata to ${LATEST}.`);
  });

  it('--timeout bounds the whole run: the checks share one deadline, and those left without time are not run', async () => {
    // A limit the loopback Okta checks meet on a loaded machine too (300 ms did not, now and
    // then); the OpenMetadata stand-in holds its answer far past it.
    lo.om.set({ behaviour: { version: { delayMs: 20_000 } } });
    const started = Date.now();
    const { code, stdout } = await verify(['--inputs', '-', '--timeout', '3000']);
    // Cut at the deadline: not a speed figure, the answer would have taken 20 s.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toMatch(new RegExp(`\u2717 OpenMetadata release: No answer from ${lo.om.url}/api/v1/system/version within (3 s|the [\\d.]+ m?s left of the 3 s all checks share)`));
    expect(stdout).toContain('? OpenMetadata sign-in settings: Not requested: the time limit of 3 s for all checks ran out before this one.');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`5 checks (OpenMetadata ${LATEST}): 2 pass, 1 fail, 0 warn, 2 could not run`);
  });

  it('OpenMetadata accepts connections and never answers: --timeout 1500 ends the run', async () => {
    const silent = await listenOnLoopback(createNetServer(() => undefined));
    try {
      // The run ends on its own (a hang would run into the test's own limit).
      const { code, stdout } = await verify(['--inputs', '-', '--timeout', '1500'], { stdin: { ...inputs, omUrl: `http://127.0.0.1:${silent.port}` } });
      expect(code).toBe(EXIT.diagnosticError);
      expect(stdout).toContain(`\u2717 OpenMetadata release: No answer from http://127.0.0.1:${silent.port}/api/v1/system/version within `);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(`5 checks (OpenMetadata ${LATEST}): 2 pass, 1 fail, 0 warn, 2 could not run`);
    } finally {
      await silent.close();
    }
  });

  it('Okta accepts connections and never answers: the OpenMetadata checks still run, and pass, within --timeout', async () => {
    // A loopback server that takes the connection and never says a word, where the proxy sends
    // Okta's host: the TLS handshake, and so every Okta request, hangs until the deadline.
    const silent = await listenOnLoopback(createNetServer(() => undefined));
    const deafProxy = await startConnectProxy({ [`${OKTA_HOST}:443`]: silent.port });
    const deaf = fetchViaProxy(deafProxy.url, lo.tls.ca);
    try {
      const started = Date.now();
      const { code, stdout } = await verify(['--inputs', '-', '--timeout', '2000'], { fetch: deaf.fetch, isTTY: true });
      // Bounded by the one deadline (plus the time to close up), not a speed figure.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(code).toBe(EXIT.diagnosticError);
      expect(stdout).toMatch(new RegExp(`\u2717 Okta discovery document: No answer from https://${OKTA_HOST}/oauth2/default/\\.well-known/openid-configuration within (2 s|the [\\d.]+ m?s left of the 2 s all checks share)`));
      expect(stdout).toContain('? Okta signing keys: Not requested: the time limit of 2 s for all checks ran out before this one.');
      expect(stdout).toMatch(/\u2713 OpenMetadata release: /);
      expect(stdout).toMatch(/\u2713 OpenMetadata sign-in settings: /);
      expect(stdout).toMatch(/\u2713 OpenMetadata signing keys: /);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(`5 checks (OpenMetadata ${LATEST}): 3 pass, 1 fail, 0 warn, 1 could not run`);
      // Printed in the guide's order, each check's running line before its result.
      const titles = ['Okta discovery document', 'Okta signing keys', 'OpenMetadata release', 'OpenMetadata sign-in settings', 'OpenMetadata signing keys'];
      const at = titles.map((t) => stdout.indexOf(`\r\x1b[2K${stdout.includes(`\r\x1b[2K\u2713 ${t}`) ? '\u2713' : stdout.includes(`\r\x1b[2K? ${t}`) ? '?' : '\u2717'} ${t}: `));
      expect(at.every((i) => i >= 0), stdout).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const t of titles) expect(stdout.split(`\u2026 ${t}`).length - 1, t).toBe(1);
    } finally {
      // The hung connections end with the servers; the fetch's agents close after them.
      await silent.close();
      await deafProxy.close();
      await deaf.close();
    }
  }, 20_000);

  it('OpenMetadata down: ✗ with connection refused, exit 1', async () => {
    const port = await closedPort();
    const { code, stdout } = await verify(['--inputs', '-'], { stdin: { ...inputs, omUrl: `http://127.0.0.1:${port}` } });
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toContain(`nothing accepts connections at 127.0.0.1:${port} (connection refused)`);
    expect(stdout).toContain(`5 checks (OpenMetadata ${LATEST}): 2 pass, 3 fail, 0 warn, 0 could not run`);
  });

  it('input errors: printed, exit 1, no request made', async () => {
    const bad = { ...inputs, oktaDomain: 'https://dev-123456-admin.okta.com/' };
    const text = await verify(['--inputs', '-'], { stdin: bad });
    expect(text.code).toBe(EXIT.diagnosticError);
    expect(text.fetched).toEqual([]);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^error OKTA-URL-001 oktaDomain: /m);
    expect(text.stderr).toContain('om-okta verify: fix the errors in the inputs first; no check was run.');
    const json = await verify(['--inputs', '-', '--format', 'json'], { stdin: bad });
    expect(json.code).toBe(EXIT.diagnosticError);
    expect(json.fetched).toEqual([]);
    expect(json.stderr).toBe('');
    const out = JSON.parse(json.stdout) as { checks: unknown[]; diagnostics: { id: string; severity: string }[] };
    expect(out.checks).toEqual([]);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ id: 'OKTA-URL-001', severity: 'error' }));
  });

  it('an Okta domain with a port (127.0.0.1:<port>) is an input error: the rules refuse it, so verify does not probe', async () => {
    const { code, stderr, fetched } = await verify(['--inputs', '-'], { stdin: { ...inputs, oktaDomain: `127.0.0.1:${lo.okta.port}` } });
    expect(code).toBe(EXIT.diagnosticError);
    expect(fetched).toEqual([]);
    expect(stderr).toContain(`error OKTA-URL-001 oktaDomain: Okta domain "127.0.0.1:${lo.okta.port}" has a port. Enter only the host: 127.0.0.1.`);
  });

  it.each([
    [['--inputs', '-', '--timeout', 'soon'], /--timeout must be a whole number of milliseconds/],
    [['--inputs', '-', '--timeout', '0'], /--timeout must be a whole number of milliseconds/],
    [['--release', '1.12'], /--inputs FILE/],
    [['--inputs', '-', '--release', '3.0'], /unknown release "3.0"/],
    [['--inputs', '-', 'extra'], /unexpected argument "extra"/],
    [['--inputs', '-', '--format', 'yaml'], /--format must be text or json/],
  ])('usage errors exit 2 without a request: %j', async (argv, message) => {
    const { code, stderr, fetched } = await verify(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
    expect(fetched).toEqual([]);
  });

  it('an unreadable or non-JSON inputs file exits 2', async () => {
    const missing = await verify(['--inputs', '/nonexistent/inputs.json']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/inputs.json/);
    const junk = await verify(['--inputs', '-'], { stdin: 'oktaDomain: x' });
    expect(junk.code).toBe(EXIT.usage);
    expect(junk.stderr).toMatch(/standard input is not valid JSON/);
  });
});

describe('bin/om-okta.js verify (child process)', () => {
  it('runs the real binary against the loopback servers through NODE_EXTRA_CA_CERTS and a proxy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'om-okta-verify-'));
    const ca = await writeCaFile(lo.tls.ca);
    try {
      const file = join(dir, 'inputs.json');
      await writeFile(file, JSON.stringify(inputs));
      const env: NodeJS.ProcessEnv = { ...process.env };
      for (const key of ['http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'NODE_OPTIONS']) delete env[key];
      Object.assign(env, {
        NODE_EXTRA_CA_CERTS: ca.path,
        NODE_USE_ENV_PROXY: '1',
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        NO_PROXY: '127.0.0.1,localhost',
      });
      const proxiedBefore = proxy.requests.length;
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [join(ROOT, 'bin/om-okta.js'), 'verify', '--inputs', file, '--release', LATEST, '--format', 'json'], { env, cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
        });
      });
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as { release: string; checks: CheckResult[] };
      expect(json.release).toBe(LATEST);
      expect(json.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['okta-discovery:pass', 'okta-jwks:pass', 'om-version:pass', 'om-auth-config:pass', 'om-jwks:pass']);
      // Okta's host went through the proxy (to the loopback provider); OpenMetadata's loopback URL did not.
      expect(proxy.requests.slice(proxiedBefore)).toEqual([`${OKTA_HOST}:443`, `${OKTA_HOST}:443`]);
    } finally {
      await ca.remove();
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
