/**
 * `om-okta okta apply` and `okta check` against a fake Okta org (tests/support/fake-okta.ts, on
 * 127.0.0.1): a run from nothing, a second run that changes nothing, drift corrected value by
 * value, every error an admin meets (401, 403, 400 with errorCauses, 429, a network failure), a
 * run that stops halfway and is finished by the next, and `check` finding each misconfiguration
 * with its rule. Every request the fake receives is validated against Okta's OpenAPI description,
 * and the token never appears in what the command prints or writes.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_FILES, keyPairSet, publicJwksFileText } from '../../src/keys/index.ts';
import { permissionsFor } from '../../src/okta/api/index.ts';
import { startFakeOkta, type FakeOkta } from '../support/fake-okta.ts';
import { closedPort } from '../support/listen.ts';
import { runOm, type OmRun } from './support/okta-cli.ts';
import { oktaContract, type OktaContract } from './support/okta-contract.ts';


// The validator compiles each operation's schemas on first use: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const TOKEN = '00TestTokenValue-d0n0tPr1nt-9f8e7d6c5b4a';
const DOMAIN = 'dev-123456.okta.com';
const OM = 'https://openmetadata.example.com';
type Json = Record<string, unknown>;

let contract: OktaContract;
let dir: string;
let fake: FakeOkta;
const runs: OmRun[] = [];

beforeAll(async () => {
  contract = await oktaContract();
  dir = await mkdtemp(join(tmpdir(), 'om-okta-org-'));
}, 60_000);
afterAll(async () => {
  // No file the runs left behind holds the token either.
  for (const name of await readdir(dir)) expect(await readFile(join(dir, name), 'utf8')).not.toContain(TOKEN);
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  fake = await startFakeOkta({ token: TOKEN, domain: DOMAIN, servers: { aus1custom: 'ORG_URL' } });
});
afterEach(async () => {
  // Every request the fake received: an operation of the description, valid against it, sent with the token.
  for (const r of fake.log) {
    const path = `${r.path}${Object.keys(r.query).length > 0 ? `?${new URLSearchParams(r.query).toString()}` : ''}`;
    expect(contract.validate({ method: r.method, path, body: r.body }), `${r.method} ${path} ${JSON.stringify(r.body)}`).toEqual([]);
  }
  await fake.close();
  // The token's value is nowhere in what any run printed or wrote, nor in a file of the test's folder.
  for (const run of runs) {
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.stderr).not.toContain(TOKEN);
    for (const text of run.written.values()) expect(text).not.toContain(TOKEN);
  }
  runs.length = 0;
});

async function inputsFile(values: Json = {}): Promise<string> {
  const path = join(dir, `inputs-${Math.random().toString(36).slice(2)}.json`);
  const base: Json = { omUrl: OM, flow: 'implicit', oktaDomain: DOMAIN, authServer: 'default', principalDomain: 'example.com', adminPrincipals: ['jane.doe'] };
  await writeFile(path, JSON.stringify({ ...base, ...values }, null, 2));
  return path;
}

async function om(sub: 'apply' | 'check', inputs: string, extra: string[] = [], options: { env?: Record<string, string | undefined>; promptSecret?: (question: string) => Promise<string> } = {}): Promise<OmRun> {
  const run = await runOm(['okta', sub, '--inputs', inputs, '--org', fake.url, ...extra], { env: options.env ?? { OKTA_API_TOKEN: TOKEN }, ...(options.promptSecret ? { promptSecret: options.promptSecret } : {}) });
  runs.push(run);
  return run;
}

const json = (run: OmRun) => JSON.parse(run.stdout) as Json;
const onlyApp = () => {
  expect(fake.state.apps.size).toBe(1);
  return [...fake.state.apps.values()][0]!;
};
const oauth = (app: Json) => (app['settings'] as { oauthClient: Json }).oauthClient;
const server = (id = 'default') => fake.state.servers.get(id)!;
const ruleIds = (run: OmRun) => ((json(run)['findings'] as { ruleId: string }[]) ?? []).map((f) => f.ruleId);

describe('apply', () => {
  it('from nothing: makes the app, the trusted origin, the policy and rule, the assignment; a second run changes nothing', async () => {
    const inputs = await inputsFile();
    const first = await om('apply', inputs, ['--format', 'json', '--write-inputs']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const result = json(first);
    const app = onlyApp();
    expect(result['clientId']).toBe(app['id']);
    expect(result['created']).toEqual([
      `app "OpenMetadata" (client ID ${String(app['id'])})`,
      `trusted origin ${OM}`,
      'access policy "OpenMetadata"',
      'rule "OpenMetadata sign-in"',
      'assignment of group "Everyone"',
    ]);
    expect(result['updated']).toEqual([]);
    expect(oauth(app)).toMatchObject({ application_type: 'browser', redirect_uris: [`${OM}/callback`, `${OM}/silent-callback`] });
    expect(fake.state.origins.size).toBe(1);
    const [policy] = [...server().policies.values()];
    expect(policy!['conditions']).toEqual({ clients: { include: [app['id']] } });
    expect([...server().rules.get(String(policy!['id']))!.values()].map((r) => r['name'])).toEqual(['OpenMetadata sign-in']);
    expect([...fake.state.appGroups.get(String(app['id']))!.keys()]).toHaveLength(1);
    // --write-inputs: the new client ID, in place, with every other value as it was.
    const written = JSON.parse(await readFile(inputs, 'utf8')) as Json;
    expect(written).toMatchObject({ clientId: app['id'], omUrl: OM, adminPrincipals: ['jane.doe'] });

    const mark = fake.log.length;
    const second = await om('apply', inputs, ['--format', 'json']);
    expect(second.code).toBe(0);
    expect(json(second)).toMatchObject({ created: [], updated: [], clientId: app['id'] });
    expect((json(second)['unchanged'] as string[]).length).toBe(5);
    expect(fake.writesSince(mark)).toEqual([]);
    const text = await om('apply', inputs);
    expect(text.stdout).toContain('Nothing to change');
    expect(fake.state.apps.size).toBe(1);

    const check = await om('check', inputs);
    expect(check.stdout).toContain('holds what the guide describes');
    expect(check.code).toBe(0);
  });

  it('after drift: corrects only the drifted value, with one request, keeping what it does not manage', async () => {
    const inputs = await inputsFile();
    await om('apply', inputs, ['--write-inputs']);
    const app = onlyApp();
    oauth(app)['redirect_uris'] = [`${OM}/callback/`];
    oauth(app)['logo_uri'] = 'https://example.com/logo.png';
    const mark = fake.log.length;
    const run = await om('apply', inputs, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run)['created']).toEqual([]);
    expect(json(run)['updated']).toEqual(['app "OpenMetadata" (sign-in redirect URIs)']);
    const writes = fake.writesSince(mark);
    expect(writes.map((w) => w.operationId)).toEqual(['replaceApplication']);
    const fixed = onlyApp();
    expect(oauth(fixed)['redirect_uris']).toEqual([`${OM}/callback`, `${OM}/silent-callback`]);
    expect(oauth(fixed)['logo_uri']).toBe('https://example.com/logo.png');

    // A rule that lost its implicit grant: only the rule is replaced.
    const [policy] = [...server().policies.values()];
    const [rule] = [...server().rules.get(String(policy!['id']))!.values()];
    (rule!['conditions'] as { grantTypes: { include: string[] } }).grantTypes.include = ['authorization_code'];
    const mark2 = fake.log.length;
    const again = await om('apply', inputs, ['--format', 'json']);
    expect(json(again)['updated']).toEqual(['rule "OpenMetadata sign-in" (grant types)']);
    expect(fake.writesSince(mark2).map((w) => w.operationId)).toEqual(['replaceAuthorizationServerPolicyRule']);
  });

  it('the auth code flow: a Web Application, no trusted origin; the client secret goes nowhere unless asked', async () => {
    const inputs = await inputsFile({ flow: 'authcode' });
    const run = await om('apply', inputs);
    expect(run.code).toBe(0);
    const app = onlyApp();
    const secret = String(((app['credentials'] as Json)['oauthClient'] as Json)['client_secret']);
    expect(secret.length).toBeGreaterThan(20);
    expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toContain('It is not shown');
    expect(fake.state.origins.size).toBe(0);
    expect(oauth(app)['application_type']).toBe('web');

    const other = await inputsFile({ flow: 'authcode', authServer: 'org' });
    await fake.close();
    fake = await startFakeOkta({ token: TOKEN, domain: DOMAIN });
    const shown = await om('apply', other, ['--show-secret', '--format', 'json', '--write-inputs']);
    const made = onlyApp();
    const madeSecret = ((made['credentials'] as Json)['oauthClient'] as Json)['client_secret'];
    expect(json(shown)['clientSecret']).toBe(madeSecret);
    // The org authorization server: no policy requests at all.
    expect(fake.log.filter((r) => r.path.includes('authorizationServers'))).toEqual([]);
    expect(await readFile(other, 'utf8')).not.toContain(String(madeSecret));
  });

  it('0.12: the service application with the public key set, and its Okta API scopes', async () => {
    const kid = 'om-ingest-1';
    const keys = await keyPairSet(kid);
    const jwks = join(dir, KEY_FILES.publicJwks);
    await writeFile(jwks, publicJwksFileText(keys));
    const inputs = await inputsFile({ serviceEmail: 'ingestion-bot@example.com', serviceKid: kid });
    const run = await om('apply', inputs, ['--release', '0.12', '--public-jwks', jwks, '--format', 'json', '--write-inputs']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const apps = [...fake.state.apps.values()];
    const service = apps.find((a) => a['label'] === 'OpenMetadata ingestion')!;
    expect(oauth(service)['jwks']).toEqual({ keys: [{ kid, kty: 'RSA', e: keys.publicJwks.keys[0].e, n: keys.publicJwks.keys[0].n, use: 'sig' }] });
    expect(fake.state.grants.get(String(service['id']))!.map((g) => g['scopeId'])).toEqual(['okta.users.read', 'okta.users.manage', 'okta.clients.read']);
    expect(JSON.parse(await readFile(inputs, 'utf8'))).toMatchObject({ serviceClientId: service['id'] });
    expect((await om('check', inputs, ['--release', '0.12'])).code).toBe(0);

    // The key the panel made is not the one Okta holds: OKTA-ORG-012.
    oauth(service)['jwks'] = { keys: [{ kid: 'another', kty: 'RSA', e: 'AQAB', n: 'abc', use: 'sig' }] };
    const check = await om('check', inputs, ['--release', '0.12', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(ruleIds(check)).toEqual(['OKTA-ORG-012']);
    expect(JSON.stringify(json(check))).toContain(kid);
    const fix = await om('apply', inputs, ['--release', '0.12', '--public-jwks', jwks, '--format', 'json']);
    expect(json(fix)['updated']).toEqual(['app "OpenMetadata ingestion" (public key set (key ids))']);
    expect((await om('check', inputs, ['--release', '0.12'])).code).toBe(0);
  });
});

describe('apply: errors read as an admin needs them', () => {
  it('401: the token is wrong or expired; nothing is written', async () => {
    const inputs = await inputsFile();
    const run = await om('apply', inputs, [], { env: { OKTA_API_TOKEN: 'wrong-token-value' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused the API token \(401\).*wrong, expired or revoked/);
    expect(run.stderr).not.toContain('wrong-token-value');
    expect(fake.state.apps.size).toBe(0);
    // check needs the client ID of the app to read.
    const check = await om('check', await inputsFile({ clientId: '0oa1b2c3d4e5f6g7h8i9' }), ['--format', 'json'], { env: { OKTA_API_TOKEN: 'wrong-token-value' } });
    expect(check.code).toBe(2);
    expect(json(check)['error']).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('403: names the permission the admin role lacks; a read-only token is enough for check', async () => {
    const inputs = await inputsFile();
    await om('apply', inputs, ['--write-inputs']);
    fake.permissions = new Set(permissionsFor('check', false));
    expect((await om('check', inputs)).code).toBe(0);
    oauth(onlyApp())['consent_method'] = 'REQUIRED';
    const run = await om('apply', inputs, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect(json(run)['error']).toMatchObject({ kind: 'forbidden', status: 403, permission: 'okta.apps.manage' });
    expect(String((json(run)['error'] as Json)['message'])).toContain('create and edit applications');
    const text = await om('apply', inputs);
    expect(text.stderr).toContain('okta.apps.manage');
  });

  it("400 with Okta's errorCauses: each cause with the model's field it concerns", async () => {
    const inputs = await inputsFile();
    fake.failNext('createApplication', { status: 400, body: { errorCode: 'E0000001', errorSummary: 'Api validation failed: settings', errorCauses: [{ errorSummary: "redirect_uris: 'x' is not a valid redirect URI" }] } });
    const run = await om('apply', inputs);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Okta says: Api validation failed: settings (E0000001). redirect_uris: 'x' is not a valid redirect URI (the sign-in redirect URIs, from omUrl)");
    fake.failNext('createTrustedOrigin', { status: 409, body: { errorCode: 'E0000001', errorSummary: 'Conflict', errorCauses: [{ errorSummary: 'origin: already exists' }] } });
    const conflict = await om('apply', inputs);
    expect(conflict.stderr).toContain('(409)');
    expect(conflict.stderr).toContain('(the trusted origin, from omUrl)');
  });

  it('429: waits for X-Rate-Limit-Reset within --timeout, and says so when the reset is past it', async () => {
    const inputs = await inputsFile();
    fake.failNext('listApplications', { status: 429, body: { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' }, headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 1) } });
    const started = Date.now();
    const run = await om('apply', inputs, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(fake.log.filter((r) => r.operationId === 'listApplications')).toHaveLength(2);

    fake.failNext('listAuthorizationServerPolicies', { status: 429, headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 600) } });
    const late = await om('apply', inputs, ['--timeout', '3000']);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/limits the rate of GET \/api\/v1\/authorizationServers\/default\/policies until .*past the time limit \(3000 ms\)/);
  }, 20_000);

  it('a network failure names the host', async () => {
    const inputs = await inputsFile();
    const port = await closedPort();
    const run = await runOm(['okta', 'apply', '--inputs', inputs, '--org', `http://127.0.0.1:${port}`], { env: { OKTA_API_TOKEN: TOKEN } });
    runs.push(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`could not reach 127.0.0.1:${port}`);
    const check = await runOm(['okta', 'check', '--inputs', await inputsFile({ clientId: '0oa1b2c3d4e5f6g7h8i9' }), '--org', `http://127.0.0.1:${port}`], { env: { OKTA_API_TOKEN: TOKEN } });
    runs.push(check);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(`could not check 127.0.0.1:${port}`);
  });

  it('a run that fails halfway lists what it made and what is left; the next run finishes without duplicates', async () => {
    const inputs = await inputsFile();
    fake.failNext('createAuthorizationServerPolicy', { status: 500, body: { errorCode: 'E0000009', errorSummary: 'Internal Server Error' } });
    const run = await om('apply', inputs);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Made before it stopped: app "OpenMetadata" (client ID ${String(onlyApp()['id'])}); trusted origin ${OM}.`);
    expect(run.stderr).toContain('Left to do: access policy "OpenMetadata"; rule "OpenMetadata sign-in"; assignment of group "Everyone".');
    const again = await om('apply', inputs, ['--format', 'json']);
    expect(again.code).toBe(0);
    expect(json(again)).toMatchObject({ created: ['access policy "OpenMetadata"', 'rule "OpenMetadata sign-in"', 'assignment of group "Everyone"'], updated: [] });
    expect(json(again)['unchanged']).toEqual(['app "OpenMetadata"', `trusted origin ${OM}`]);
    expect(fake.state.apps.size).toBe(1);
    expect(fake.state.origins.size).toBe(1);
  });

  it('the token: only from OKTA_API_TOKEN or the prompt, only over https or to this machine', async () => {
    const inputs = await inputsFile();
    const missing = await runOm(['okta', 'apply', '--inputs', inputs, '--org', fake.url], { env: {} });
    runs.push(missing);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no API token: set OKTA_API_TOKEN');
    let asked = '';
    const prompted = await om('check', await inputsFile({ clientId: '0oa1b2c3d4e5f6g7h8i9' }), [], {
      env: {},
      promptSecret: async (question: string) => {
        asked = question;
        return TOKEN;
      },
    });
    expect(asked).not.toBe('');
    expect(prompted.code).toBe(1);
    expect(fake.log.at(-1)!.authorization).toBe(`SSWS ${TOKEN}`);
    const plain = await runOm(['okta', 'apply', '--inputs', inputs, '--org', 'http://okta.example.com'], { env: { OKTA_API_TOKEN: TOKEN } });
    runs.push(plain);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('must use https');
    // A dry run needs no token and sends nothing.
    const mark = fake.log.length;
    const dry = await runOm(['okta', 'apply', '--dry-run', '--inputs', inputs], { env: {} });
    runs.push(dry);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('POST /api/v1/apps?activate=true\n{\n  "name": "oidc_client",\n  "label": "OpenMetadata",');
    expect(fake.log.length).toBe(mark);
  });

  it('a next-page link to another host is refused: the token goes to the org only', async () => {
    const inputs = await inputsFile();
    const evil = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith(fake.url)) throw new Error(`sent to ${url}`);
      const response = await fetch(input, init);
      if (url.includes('/api/v1/apps?')) return new Response(await response.text(), { status: 200, headers: { link: '<https://elsewhere.example.com/api/v1/apps?after=1>; rel="next"' } });
      return response;
    }) as typeof fetch;
    const run = await runOm(['okta', 'apply', '--inputs', inputs, '--org', fake.url], { env: { OKTA_API_TOKEN: TOKEN }, fetch: evil });
    runs.push(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('points to another host');
  });
});

describe('check: each misconfiguration, with its rule', () => {
  type Case = [string, string, (app: Json) => void];
  const CASES: Case[] = [
    ['a Web Application for the implicit flow', 'OKTA-ORG-002', (app) => (oauth(app)['application_type'] = 'web')],
    ['no implicit grant', 'OKTA-ORG-003', (app) => (oauth(app)['grant_types'] = ['authorization_code', 'refresh_token'])],
    ['no access token response type', 'OKTA-ORG-003', (app) => (oauth(app)['response_types'] = ['code', 'id_token'])],
    ['a sign-in redirect URI with a trailing slash', 'OKTA-ORG-004', (app) => (oauth(app)['redirect_uris'] = [`${OM}/callback/`, `${OM}/silent-callback`])],
    ['a sign-out URI on http', 'OKTA-ORG-004', (app) => (oauth(app)['post_logout_redirect_uris'] = [OM.replace('https', 'http')])],
    ['a client secret instead of none', 'OKTA-ORG-005', (app) => (((app['credentials'] as Json)['oauthClient'] as Json)['token_endpoint_auth_method'] = 'client_secret_basic')],
    ['PKCE off', 'OKTA-ORG-005', (app) => (((app['credentials'] as Json)['oauthClient'] as Json)['pkce_required'] = false)],
    ['consent required', 'OKTA-ORG-006', (app) => (oauth(app)['consent_method'] = 'REQUIRED')],
    ['a Dynamic issuer on the app', 'OKTA-ORG-007', (app) => (oauth(app)['issuer_mode'] = 'DYNAMIC')],
    ['a Dynamic issuer on the server', 'OKTA-ORG-007', () => (server().server['issuerMode'] = 'DYNAMIC')],
    ['no trusted origin', 'OKTA-ORG-008', () => fake.state.origins.clear()],
    ['a trusted origin for CORS only', 'OKTA-ORG-008', () => ([...fake.state.origins.values()][0]!['scopes'] = [{ type: 'CORS' }])],
    ['no access policy', 'OKTA-ORG-009', () => server().policies.clear()],
    ['a policy for another client', 'OKTA-ORG-009', () => ([...server().policies.values()][0]!['conditions'] = { clients: { include: ['0oaother0000000000000'] } })],
    ['an inactive policy', 'OKTA-ORG-009', () => ([...server().policies.values()][0]!['status'] = 'INACTIVE')],
    ['a rule without the implicit grant', 'OKTA-ORG-009', () => {
      const rules = [...server().rules.values()][0]!;
      ([...rules.values()][0]!['conditions'] as { grantTypes: { include: string[] } }).grantTypes.include = ['authorization_code'];
    }],
    ['a rule for the openid scope only', 'OKTA-ORG-009', () => {
      const rules = [...server().rules.values()][0]!;
      ([...rules.values()][0]!['conditions'] as { scopes: { include: string[] } }).scopes.include = ['openid'];
    }],
    ['nobody assigned', 'OKTA-ORG-010', () => fake.state.appGroups.clear()],
    ['the app inactive', 'OKTA-ORG-011', (app) => (app['status'] = 'INACTIVE')],
  ];

  it.each(CASES)('%s: %s', async (_, rule, breakIt) => {
    const inputs = await inputsFile();
    await om('apply', inputs, ['--write-inputs']);
    expect((await om('check', inputs)).code).toBe(0);
    breakIt(onlyApp());
    const run = await om('check', inputs, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual([rule]);
    const [finding] = json(run)['findings'] as { message: string; fix: string; docs: string; severity: string }[];
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toMatch(/the org holds .*; your values need /);
    expect(finding!.docs).toMatch(new RegExp(`/troubleshooting/#${rule.toLowerCase()}$`));
    const text = await om('check', inputs);
    expect(text.stdout).toContain(`\u2717 ${rule} `);
    expect(text.stdout).toContain('    Fix: ');
    // apply puts back what it manages (not the server's issuer, which other apps may use).
    if (rule === 'OKTA-ORG-007' && server().server['issuerMode'] === 'DYNAMIC') return;
    expect((await om('apply', inputs)).code).toBe(0);
    expect((await om('check', inputs)).code).toBe(0);
  });

  it('the client ID of no app: OKTA-ORG-001; an authorization server the org lacks: OKTA-AS-001', async () => {
    const unknown = await inputsFile({ clientId: '0oaunknown00000000000' });
    const run = await om('check', unknown, ['--format', 'json']);
    expect(run.code).toBe(1);
    // The org is empty: no app with that client ID, and no trusted origin either.
    expect(ruleIds(run)).toEqual(['OKTA-ORG-001', 'OKTA-ORG-008']);
    const noServer = await inputsFile({ authServer: 'aus9missing', clientId: '0oaunknown00000000000' });
    const missing = await om('check', noServer, ['--format', 'json']);
    expect(ruleIds(missing)).toContain('OKTA-AS-001');
    const apply = await om('apply', noServer);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('no authorization server with the id "aus9missing"');
    expect(fake.writesSince(0)).toEqual([]);
  });

  it('a group other than Everyone assigned: a warning, exit 0', async () => {
    const inputs = await inputsFile();
    await om('apply', inputs, ['--write-inputs']);
    const appId = String(onlyApp()['id']);
    fake.state.appGroups.set(appId, new Map([['00gothergroup00000000', { id: '00gothergroup00000000' }]]));
    const run = await om('check', inputs, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run)['findings']).toEqual([expect.objectContaining({ ruleId: 'OKTA-ORG-010', severity: 'warning' })]);
  });
});

describe('verify --okta-api: the org check beside the other checks', () => {
  // The discovery and OpenMetadata checks have nothing to reach here: only the org check's lines are looked at.
  it('adds the findings of okta check, and fails on an error', async () => {
    const inputs = await inputsFile();
    await om('apply', inputs, ['--write-inputs']);
    const verify = (extra: string[] = []) =>
      runOm(['verify', '--inputs', inputs, '--okta-api', '--org', fake.url, '--timeout', '3000', ...extra], {
        env: { OKTA_API_TOKEN: TOKEN },
        // Only the fake org answers; the discovery and OpenMetadata requests fail at once.
        fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
          if (String(input).startsWith(fake.url)) return fetch(input, init);
          throw new TypeError('fetch failed');
        }) as typeof fetch,
      }).then((run) => (runs.push(run), run));
    const good = await verify();
    expect(good.stdout).toContain('\u2713 Okta org (Management API): holds what the guide describes');
    oauth(onlyApp())['consent_method'] = 'REQUIRED';
    const bad = await verify(['--format', 'json']);
    expect(bad.code).toBe(1);
    expect((json(bad)['oktaOrg'] as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['OKTA-ORG-006']);
    const noToken = await runOm(['verify', '--inputs', inputs, '--okta-api', '--org', fake.url, '--timeout', '2000'], { env: {}, fetch: (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch });
    runs.push(noToken);
    expect(noToken.stdout).toContain('? Okta org (Management API): could not check: no API token');
  });
});
