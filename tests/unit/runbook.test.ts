/**
 * The live checks (src/runbook) against loopback stand-ins: a real OpenID provider (oidc-provider
 * over HTTPS, mounted like Okta's authorization servers) and a small OpenMetadata server with the
 * response shapes of OpenMetadata's code. No network beyond 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type RawInputs } from '../../src/inputs/fields.ts';
import { findRelease } from '../../src/releases/index.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import { checkAll } from '../../src/rules/index.ts';
import { docsFor } from '../../src/rules/diagnostic.ts';
import { RULES, RULE_IDS, isRuleId } from '../../src/rules/table.ts';
import * as runbook from '../../src/runbook/index.ts';
import {
  CHECK_IDS,
  RUNBOOK_CHECKS,
  checkContext,
  checkTarget,
  getJson,
  omApiPaths,
  type Check,
  type CheckContext,
  type CheckProgress,
  type CheckResult,
} from '../../src/runbook/index.ts';
import { closedPort, NO_API_ACCESS_MANAGEMENT, omAuthConfig, omJwks, startLoopback, type Loopback } from '../support/index.ts';

const release112 = findRelease('1.12')!;

function target(inputs: RawInputs, release: ReleaseFacts = release112) {
  return checkTarget(readInputs(inputs), release);
}

function nodeCtx(lo: Loopback, extra: Partial<CheckContext> = {}): CheckContext {
  return checkContext({ fetch: lo.fetch, environment: 'node', ...extra });
}

const byId = (results: CheckResult[], id: string) => results.find((r) => r.id === id)!;

/** Every result the tests see, to check the rule ids against the table at the end. */
const emitted: { result: CheckResult; release: ReleaseFacts }[] = [];
const recorded = (check: Check): Check => async (t, ctx) => {
  const result = await check(t, ctx);
  emitted.push({ result, release: t.release });
  return result;
};
const checkOktaDiscovery = recorded(runbook.checkOktaDiscovery);
const checkOmAuthConfig = recorded(runbook.checkOmAuthConfig);
const checkOmJwks = recorded(runbook.checkOmJwks);
const checkOmVersion = recorded(runbook.checkOmVersion);
async function runChecks(...args: Parameters<typeof runbook.runChecks>): Promise<CheckResult[]> {
  const results = await runbook.runChecks(...args);
  for (const result of results) emitted.push({ result, release: args[0].release });
  return results;
}

let lo: Loopback;
beforeAll(async () => {
  lo = await startLoopback({ release: '1.12' });
}, 30_000);
afterAll(async () => {
  await lo?.close();
});
afterEach(() => {
  lo.okta.reset();
  lo.om.reset();
});

describe('the loopback stand-ins', () => {
  it('answer with an Okta-shaped issuer on 127.0.0.1, which derive() turns into the right URLs even though the rules refuse the port', () => {
    const t = target(lo.inputs);
    expect(lo.inputs.oktaDomain).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(t.derived.issuer).toBe(lo.okta.issuer);
    expect(t.derived.discoveryUrl).toBe(lo.okta.discoveryUrl);
    expect(t.derived.oktaJwksUrl).toBe(lo.okta.jwksUrl);
    const { diagnostics } = checkAll(lo.inputs, release112);
    expect(diagnostics).toContainEqual(expect.objectContaining({ id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain' }));
  });

  it('send CORS headers on discovery and JWKS (oidc-provider) and on the OpenMetadata endpoints unless told not to', async () => {
    const origin = { origin: 'http://127.0.0.1:4321' };
    for (const url of [lo.okta.discoveryUrl, lo.okta.jwksUrl, `${lo.om.url}/api/v1/system/config/auth`]) {
      const response = await lo.fetch(url, { headers: origin });
      expect(response.headers.get('access-control-allow-origin'), url).toBe('http://127.0.0.1:4321');
      await response.arrayBuffer();
    }
    lo.om.set({ cors: false });
    const bare = await lo.fetch(`${lo.om.url}/api/v1/system/version`, { headers: origin });
    expect(bare.headers.get('access-control-allow-origin')).toBeNull();
    await bare.arrayBuffer();
  });
});

describe('runChecks', () => {
  it('all good: every check passes, in the guide order, with progress events', async () => {
    const events: CheckProgress[] = [];
    const results = await runChecks(target(lo.inputs), nodeCtx(lo), (e) => events.push(e));
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    expect(results.map((r) => r.id)).toEqual(RUNBOOK_CHECKS.map((c) => c.id));
    for (const r of results) {
      expect(r.status, `${r.id}: ${r.message}`).toBe('pass');
      expect(r.ruleId).toBeUndefined();
      expect(r.commands?.curl).toBe(`curl -sS ${r.url}`);
      expect(r.commands?.verify).toBe('om-okta verify --inputs inputs.json --release 1.12');
    }
    expect(byId(results, 'okta-discovery').message).toBe(
      `Okta's discovery document names the issuer ${lo.okta.issuer}, the key URL ${lo.okta.jwksUrl}, and offers the scopes OpenMetadata requests (openid profile email offline_access).`,
    );
    expect(byId(results, 'okta-jwks').message).toMatch(/^Okta publishes 1 RSA signing key at .*\/oauth2\/default\/v1\/keys \(kid test-[0-9a-f]+\)\.$/);
    expect(byId(results, 'om-version').message).toBe(`OpenMetadata 1.12.12 answers at ${lo.om.url}: the release this guide is for.`);
    expect(byId(results, 'om-auth-config').message).toContain('provider okta');
    expect(byId(results, 'om-jwks').message).toContain('kid Gb389a-9f76-gdjs-a92j-0242bk94356');
    expect(events.map((e) => `${e.type}:${e.check.id}`)).toEqual(CHECK_IDS.flatMap((id) => [`start:${id}`, `done:${id}`]));
    expect(lo.om.requests).toEqual(expect.arrayContaining(['/api/v1/system/version', '/api/v1/system/config/auth', '/api/v1/system/config/jwks']));
  });

  it('passes for the auth code flow (confidential client, scopes openid email profile)', async () => {
    lo.om.set({ auth: omAuthConfig({ provider: 'okta', authority: lo.okta.issuer, clientId: lo.inputs.clientId, clientType: 'confidential' }) });
    // Without offline_access the public client would get a warning; the confidential one does not ask for it.
    lo.okta.setDiscovery({ scopes_supported: ['openid', 'email', 'profile'] });
    const results = await runChecks(target({ ...lo.inputs, flow: 'authcode' }), nodeCtx(lo));
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });
});

describe('okta-discovery', () => {
  it('issuer mismatch (Dynamic issuer, custom domain): fail OKTA-ISS-001 showing both values', async () => {
    lo.okta.setDiscovery({ issuer: 'https://login.example.com/oauth2/default' });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-ISS-001');
    expect(r.docs).toBe('/v1.12/troubleshooting/#okta-iss-001');
    expect(r.message).toBe(
      `Okta says the issuer is "https://login.example.com/oauth2/default", but the authority you configure is "${lo.okta.issuer}". The browser compares them letter for letter and refuses the sign-in ("The issuer [...] does not match [...]").`,
    );
    expect(r.fix).toContain('set Issuer to "Okta URL" instead of "Dynamic"');
    expect(r.fix).toContain('enter login.example.com as the Okta domain');
  });

  it('issuer of another authorization server on the same host: fail OKTA-ISS-001', async () => {
    lo.okta.setDiscovery({ issuer: `https://${lo.okta.oktaDomain}/oauth2/aus1a2b3c4d5e6f7g8h9` });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-ISS-001');
    expect(r.fix).toMatch(/announces another issuer/);
  });

  it('wrong JWKS URL (the org server keys for a custom server): fail OKTA-JWKS-001 with both URLs', async () => {
    const orgKeys = `https://${lo.okta.oktaDomain}/oauth2/v1/keys`;
    lo.okta.setDiscovery({ jwks_uri: orgKeys });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-JWKS-001');
    expect(r.message).toBe(
      `Okta publishes this authorization server's signing keys at "${orgKeys}", but the Okta key URL in the generated publicKeyUrls is "${lo.okta.jwksUrl}": OpenMetadata would not find the key that signed a token ("No key found in ... with kid ...").`,
    );
    expect(r.fix).toContain('publicKeyUrls (AUTHENTICATION_PUBLIC_KEYS)');
  });

  it('issuer and JWKS both wrong: one fail naming both rules, the issuer first', async () => {
    lo.okta.setDiscovery({ issuer: 'https://other.okta.com/oauth2/default', jwks_uri: 'https://other.okta.com/oauth2/default/v1/keys' });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-ISS-001');
    expect(r.message).toMatch(/\(OKTA-ISS-001\) .*\(OKTA-JWKS-001\)$/);
  });

  it('no API Access Management (401 E0000015): fail OKTA-AS-001', async () => {
    lo.okta.setFailure(NO_API_ACCESS_MANAGEMENT);
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-AS-001');
    expect(r.message).toBe(
      'Okta answered HTTP 401 (E0000015: You do not have permission to access the feature you are requesting) for the discovery document of the authorization server "default". Either no authorization server has that id in this Okta org, or the org lacks API Access Management, which every custom authorization server (default included) needs.',
    );
    expect(r.fix).toContain('set Authorization server to org');
    expect(r.fix).toContain('OKTA-OMV-001');
  });

  it('an authorization server id that does not exist (404 E0000007): fail OKTA-AS-001', async () => {
    const r = await checkOktaDiscovery(target({ ...lo.inputs, authServer: 'aus9z8y7x6w5v4u3t2s1' }), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-AS-001');
    expect(r.message).toContain('HTTP 404 (E0000007: Not found: Resource not found: aus9z8y7x6w5v4u3t2s1 (AuthorizationServer))');
  });

  it('offline_access not offered: warn OKTA-SCOPE-001 for the public client', async () => {
    lo.okta.setDiscovery({ scopes_supported: ['openid', 'profile', 'email'] });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('warn');
    expect(r.ruleId).toBe('OKTA-SCOPE-001');
    expect(r.message).toBe('This authorization server does not offer offline_access, which the public client requests at every sign-in (for refresh tokens).');
    expect(r.fix).toContain('Refresh Token grant');
  });

  it('a core scope not offered: fail OKTA-SCOPE-001', async () => {
    lo.okta.setDiscovery({ scopes_supported: ['openid', 'profile', 'offline_access'] });
    const r = await checkOktaDiscovery(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-SCOPE-001');
    expect(r.message).toBe('OpenMetadata requests the scopes openid profile email offline_access, but this authorization server does not offer email: Okta would answer invalid_scope.');
  });

  it('the org authorization server: keys at /oauth2/v1/keys, everything passes', async () => {
    const org = await startLoopback({ release: '1.12', okta: { authServer: 'org' } });
    try {
      const t = target(org.inputs);
      expect(t.derived.oktaJwksUrl).toBe(`https://${org.okta.oktaDomain}/oauth2/v1/keys`);
      const results = await runChecks(t, nodeCtx(org));
      expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(CHECK_IDS.map((id) => `${id}:pass`));
    } finally {
      await org.close();
    }
  }, 30_000);
});

describe('network and body failures', () => {
  it('server down (closed port), from Node: fail with the cause, never could-not-run', async () => {
    const port = await closedPort();
    const t = target({ ...lo.inputs, omUrl: `http://127.0.0.1:${port}` });
    const r = await checkOmVersion(t, nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.url).toBe(`http://127.0.0.1:${port}/api/v1/system/version`);
    expect(r.message).toBe(
      `Could not get OpenMetadata's version from http://127.0.0.1:${port}/api/v1/system/version: nothing accepts connections at 127.0.0.1:${port} (connection refused): the server is down, or the host or port is wrong.`,
    );
    expect(r.fix).toContain('Check the OpenMetadata URL');
  });

  it('an untrusted certificate, from Node: fail naming NODE_EXTRA_CA_CERTS', async () => {
    const r = await checkOktaDiscovery(target(lo.inputs), checkContext({ fetch: globalThis.fetch, environment: 'node' }));
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/the TLS certificate of 127\.0\.0\.1:\d+ is not trusted \([A-Z_]+\): .*NODE_EXTRA_CA_CERTS/);
  });

  it('non-JSON body (an HTML sign-in page of a proxy): fail naming the content type and its start', async () => {
    lo.om.set({ behaviour: { version: { body: 'html' } } });
    const r = await checkOmVersion(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.message).toBe(
      `${lo.om.url}/api/v1/system/version answered with text/html; charset=utf-8, not JSON, so it is not OpenMetadata's version; it starts with "<!DOCTYPE html> <html><head><title>Sign in</title></head><body><form action=\\"/login\\">Corporate proxy sign-in</form></bod\u2026". A sign-in page of a proxy, an error page or a wrong URL answers like this.`,
    );
  });

  it('JSON content type with a body cut short: fail "does not parse"', async () => {
    lo.om.set({ behaviour: { auth: { body: 'bad-json' } } });
    const r = await checkOmAuthConfig(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/system\/config\/auth says it answers JSON \(application\/json\) but the body does not parse \(.+\), so OpenMetadata's sign-in settings cannot be read\.$/);
  });

  it('too slow (no headers within timeoutMs): fail with the timeout', async () => {
    lo.om.set({ behaviour: { auth: { delayMs: 20_000 } } });
    const started = Date.now();
    const r = await checkOmAuthConfig(target(lo.inputs), nodeCtx(lo, { timeoutMs: 300 }));
    expect(r.status).toBe('fail');
    expect(r.message).toBe(`No answer from ${lo.om.url}/api/v1/system/config/auth within 300 ms: the server is overloaded or the request hangs (a firewall or proxy may hold it).`);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('too slow (the body stalls after the headers): fail, the timeout covers the body too', async () => {
    lo.om.set({ behaviour: { version: { stallBodyMs: 20_000 } } });
    const r = await checkOmVersion(target(lo.inputs), nodeCtx(lo, { timeoutMs: 300 }));
    expect(r.status).toBe('fail');
    expect(r.message).toBe(`The answer from ${lo.om.url}/api/v1/system/version started but did not finish within 300 ms.`);
  });

  it('too large (4 MiB, chunked, no content-length): fail at the 256 KiB limit', async () => {
    lo.om.set({ behaviour: { jwks: { body: 'huge' } } });
    const r = await checkOmJwks(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.message).toBe(`The answer from ${lo.om.url}/api/v1/system/config/jwks is larger than 256 KiB, so it is not OpenMetadata's key set (JWKS): reading stopped there.`);
  });
});

describe('OpenMetadata checks', () => {
  it('auth config differing (provider basic) on 1.10+: fail OKTA-PERSIST-001 with remove-security-config', async () => {
    lo.om.set({ auth: omAuthConfig() });
    for (const id of ['1.10', '1.11', '1.12']) {
      const release = findRelease(id)!;
      const r = await checkOmAuthConfig(target(lo.inputs, release), nodeCtx(lo));
      expect(r.status).toBe('fail');
      expect(r.ruleId).toBe('OKTA-PERSIST-001');
      expect(r.docs).toBe(`/v${id}/troubleshooting/#okta-persist-001`);
      expect(r.message).toContain(`provider is "basic" instead of "okta"; authority is "https://accounts.google.com" instead of "${lo.okta.issuer}"; clientId is "" instead of "0oa1b2c3d4e5f6g7h8i9".`);
      expect(r.message).toContain('A configuration saved in the UI may be overriding yours');
      expect(r.fix).toContain('./bootstrap/openmetadata-ops.sh remove-security-config --force');
      expect(r.fix).toContain('restart every OpenMetadata server');
    }
  });

  it('auth config differing before 1.10: fail without OKTA-PERSIST-001 (no UI-saved settings then)', async () => {
    lo.om.set({ auth: omAuthConfig({ provider: 'okta', authority: lo.okta.issuer, clientId: '0oaSOMETHINGELSE0000' }) });
    const r = await checkOmAuthConfig(target(lo.inputs, findRelease('1.9')!), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBeUndefined();
    expect(r.message).toContain('clientId is "0oaSOMETHINGELSE0000" instead of "0oa1b2c3d4e5f6g7h8i9"');
    expect(r.fix).toContain('Restart OpenMetadata with the generated configuration');
  });

  it('client type not matching the flow: fail', async () => {
    const r = await checkOmAuthConfig(target({ ...lo.inputs, flow: 'authcode' }), nodeCtx(lo));
    expect(r.status).toBe('fail');
    expect(r.message).toContain('clientType is "public" instead of "confidential"');
  });

  it('OpenMetadata of another release: warn, pointing to that release\'s guide', async () => {
    lo.om.set({ version: '1.11.5' });
    const r = await checkOmVersion(target(lo.inputs), nodeCtx(lo));
    expect(r.status).toBe('warn');
    expect(r.message).toBe(`OpenMetadata at ${lo.om.url} runs 1.11.5, but you are reading the guide for OpenMetadata 1.12: setting names, defaults and pitfalls differ between releases.`);
    expect(r.fix).toBe('Switch to the guide for OpenMetadata 1.11 (/v1.11/), or upgrade OpenMetadata to 1.12.');
  });

  it('a release this guide does not cover, or no version at all: warn', async () => {
    lo.om.set({ version: '1.7.3' });
    const other = await checkOmVersion(target(lo.inputs), nodeCtx(lo));
    expect(other.status).toBe('warn');
    expect(other.fix).toMatch(/^This guide covers OpenMetadata 2\.0, 1\.13, 1\.12, 1\.11, .*read the one closest to 1\.7/);
    lo.om.set({ version: 'unknown' });
    const unknown = await checkOmVersion(target(lo.inputs), nodeCtx(lo));
    expect(unknown.status).toBe('warn');
    expect(unknown.message).toContain('without a release number (version "unknown")');
  });

  it('OpenMetadata JWKS empty or missing: fail OKTA-JWKS-003', async () => {
    lo.om.set({ jwks: { keys: [] } });
    const empty = await checkOmJwks(target(lo.inputs), nodeCtx(lo));
    expect(empty.status).toBe('fail');
    expect(empty.ruleId).toBe('OKTA-JWKS-003');
    expect(empty.message).toContain('holds no key with a kid');
    lo.om.set({ jwks: omJwks(), behaviour: { jwks: { status: 404 } } });
    const missing = await checkOmJwks(target(lo.inputs), nodeCtx(lo));
    expect(missing.status).toBe('fail');
    expect(missing.ruleId).toBe('OKTA-JWKS-003');
    expect(missing.message).toContain('answered HTTP 404');
  });

  it('0.12 uses its own API paths (/api/v1/version, /api/v1/config/...) and has no clientType', async () => {
    const release = findRelease('0.12')!;
    expect(omApiPaths(release)).toEqual({ version: '/api/v1/version', authConfig: '/api/v1/config/auth', jwks: '/api/v1/config/jwks' });
    expect(omApiPaths(release112)).toEqual({ version: '/api/v1/system/version', authConfig: '/api/v1/system/config/auth', jwks: '/api/v1/system/config/jwks' });
    const legacy = await startLoopback({ release: '0.12' });
    try {
      const results = await runChecks(target(legacy.inputs, release), nodeCtx(legacy));
      expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(CHECK_IDS.map((id) => `${id}:pass`));
      expect(legacy.om.requests).toEqual(['/api/v1/version', '/api/v1/config/auth', '/api/v1/config/jwks']);
      expect(results[0]!.commands?.verify).toBe('om-okta verify --inputs inputs.json --release 0.12');
    } finally {
      await legacy.close();
    }
  }, 30_000);
});

describe('in the browser', () => {
  const blocked: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

  /** A server that answers but sends no CORS headers: the page's request fails, a no-cors one resolves opaque. */
  const corsRefused: typeof fetch = (_input, init) =>
    init?.mode === 'no-cors' ? Promise.resolve(new Response(null, { status: 200 })) : Promise.reject(new TypeError('Failed to fetch'));

  it('nothing answers (DNS, refused, TLS, mixed content): could-not-run, "could not reach", with both commands', async () => {
    const asked: (RequestInit | undefined)[] = [];
    const unreachable: typeof fetch = (_input, init) => (asked.push(init), Promise.reject(new TypeError('Failed to fetch')));
    const t = target(lo.inputs);
    const results = await runChecks(t, checkContext({ fetch: unreachable, environment: 'browser' }));
    for (const r of results) {
      expect(r.status, r.id).toBe('could-not-run');
      expect(r.message).toBe(`Could not reach ${r.url} from this browser: nothing answered. The host name may not resolve (a typo, or a name only your network knows), the server may be down or refuse the connection, its certificate may not be trusted, or the browser blocks an http:// address from this https:// page.`);
      expect(r.ruleId).toBeUndefined();
      expect(r.commands).toEqual({ curl: `curl -sS ${r.url}`, verify: 'om-okta verify --inputs inputs.json --release 1.12' });
    }
    // The probe asks without cookies, as the check itself does.
    expect(asked.filter((init) => init?.mode === 'no-cors').every((init) => init?.credentials === 'omit')).toBe(true);
    expect(asked.filter((init) => init?.mode === 'no-cors')).toHaveLength(results.length);
  });

  it('a server that answers without CORS headers: could-not-run, "does not allow this page to read", never pass or fail', async () => {
    const results = await runChecks(target(lo.inputs), checkContext({ fetch: corsRefused, environment: 'browser' }));
    for (const r of results) {
      expect(r.status, r.id).toBe('could-not-run');
      expect(r.commands?.verify).toBe('om-okta verify --inputs inputs.json --release 1.12');
    }
    expect(results[0]!.message).toBe(
      "Could not read Okta's discovery document: the server answered, but it does not allow this page to read the answer (CORS). This says nothing about the server's settings.",
    );
  });

  it('when the probe cannot tell (time ran out), says both causes', async () => {
    let calls = 0;
    const slowProbe: typeof fetch = (_input, init) =>
      ++calls === 1
        ? Promise.reject(new TypeError('Failed to fetch'))
        : new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const r = await checkOmVersion(target(lo.inputs), checkContext({ fetch: slowProbe, environment: 'browser', timeoutMs: 200 }));
    expect(r.status).toBe('could-not-run');
    expect(r.message).toContain('the browser was not allowed to read this URL from this page (CORS) or could not reach it');
  });

  it('a URL with a quote is quoted for the shell in the curl command', async () => {
    const t = target({ ...lo.inputs, omUrl: "http://127.0.0.1:1/it's" });
    const r = await checkOmVersion(t, checkContext({ fetch: blocked, environment: 'browser' }));
    expect(r.commands?.curl).toBe(`curl -sS 'http://127.0.0.1:1/it'"'"'s/api/v1/system/version'`);
  });

  it('answers are still judged in the browser: a mismatch is a fail there too', async () => {
    lo.okta.setDiscovery({ issuer: 'https://login.example.com/oauth2/default' });
    const r = await checkOktaDiscovery(target(lo.inputs), checkContext({ fetch: lo.fetch, environment: 'browser' }));
    expect(r.status).toBe('fail');
    expect(r.ruleId).toBe('OKTA-ISS-001');
  });
});

describe('getJson', () => {
  const ctx = (fetchImpl: typeof fetch, extra: Partial<CheckContext> = {}) => checkContext({ fetch: fetchImpl, environment: 'node', ...extra });

  it('stops reading an endless body at maxBytes', async () => {
    let pulled = 0;
    const endless: typeof fetch = async () => new Response(new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    }), { headers: { 'content-type': 'application/json' } });
    const outcome = await getJson('https://example.invalid/keys', ctx(endless, { maxBytes: 64 * 1024 }));
    expect(outcome).toEqual({ kind: 'too-large', url: 'https://example.invalid/keys', status: 200, maxBytes: 64 * 1024 });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared content-length over maxBytes without reading', async () => {
    const big: typeof fetch = async () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) } });
    expect((await getJson('https://example.invalid/', ctx(big))).kind).toBe('too-large');
  });

  it('tells apart invalid URLs, error statuses with Okta error bodies, JSON of any content type', async () => {
    expect(await getJson('not a url', ctx(fetch))).toEqual({ kind: 'invalid-url', url: 'not a url', reason: 'it is not a valid URL' });
    expect((await getJson('ftp://example.com/x', ctx(fetch))).kind).toBe('invalid-url');
    const okta401: typeof fetch = async () => new Response(JSON.stringify({ errorCode: 'E0000015' }), { status: 401, statusText: 'Unauthorized', headers: { 'content-type': 'application/json' } });
    expect(await getJson('https://example.invalid/', ctx(okta401))).toMatchObject({ kind: 'status', status: 401, statusText: 'Unauthorized', json: { errorCode: 'E0000015' } });
    const textJson: typeof fetch = async () => new Response('{"a":1}', { headers: { 'content-type': 'text/plain' } });
    expect(await getJson('https://example.invalid/', ctx(textJson))).toMatchObject({ kind: 'json', json: { a: 1 } });
  });

  it('calls fetch unbound, as a browser\'s window.fetch requires', async () => {
    const windowLike = function (this: unknown) {
      if (this !== undefined && this !== globalThis) return Promise.reject(new TypeError('Illegal invocation'));
      return Promise.resolve(new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }));
    } as unknown as typeof fetch;
    expect(await getJson('https://example.invalid/', ctx(windowLike))).toMatchObject({ kind: 'json', json: { ok: true } });
  });

  it('never sends cookies and asks for JSON', async () => {
    let seen: RequestInit | undefined;
    const spy: typeof fetch = async (_url, init) => {
      seen = init;
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    await getJson('https://example.invalid/', ctx(spy));
    expect(seen).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', headers: { accept: 'application/json' } });
  });
});

describe('rules table (runs last: looks at every result above)', () => {
  it('every rule id a check emitted is in the table, for the probe stage, with the docs link of its release', () => {
    const ids = new Set<string>();
    for (const { result, release } of emitted) {
      if (result.ruleId === undefined) {
        expect(result.docs).toBeUndefined();
        continue;
      }
      expect(isRuleId(result.ruleId), result.ruleId).toBe(true);
      expect(RULES[result.ruleId].stage, result.ruleId).toContain('probe');
      expect(result.docs).toBe(docsFor(result.ruleId, release));
      ids.add(result.ruleId);
    }
    // Each rule of the probe stage has a failing case here.
    const probeRules = RULE_IDS.filter((id) => (RULES[id].stage as readonly string[]).includes('probe'));
    expect([...ids].sort()).toEqual([...probeRules].sort());
  });
});
