/**
 * `om-okta okta apply --dry-run --format json` for every release and input case: every request
 * matches an operation of Okta's OpenAPI description of its Management API with its body valid
 * against that operation's schema, and the app it creates holds the values okta.tf and the
 * console cards hold for the same inputs. The operations table agrees with the description.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../src/inputs/index.ts';
import { KEY_FILES, keyPairSet, publicJwksFileText } from '../../src/keys/index.ts';
import { OPERATIONS } from '../../src/okta/api/index.ts';
import { consoleStep } from '../../src/okta/console-steps.ts';
import { releases } from '../../src/releases/index.ts';
import { renderTarget } from '../../src/render/index.ts';
import { casesFor, loadInputs } from '../fixtures/cases.ts';
import { runOm } from './support/okta-cli.ts';
import { oktaContract, type OktaContract } from './support/okta-contract.ts';
import { body, literal, readTerraform } from './support/okta-provider.ts';


// The validator compiles each operation's schemas on first use: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const cases = releases.flatMap((release) => casesFor(release.id).map((name) => ({ release, name })));
let contract: OktaContract;
let dir: string;
let jwksFile: string;
const KID = 'om-ingestion-1';

beforeAll(async () => {
  contract = await oktaContract();
  dir = await mkdtemp(join(tmpdir(), 'om-okta-contract-'));
  jwksFile = join(dir, KEY_FILES.publicJwks);
  await writeFile(jwksFile, publicJwksFileText(await keyPairSet(KID)));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface DryRun {
  requests: { operationId: string; method: string; path: string; body?: Record<string, unknown> }[];
}

async function dryRun(release: string, raw: Record<string, unknown>): Promise<DryRun> {
  const inputs = join(dir, `inputs-${release}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(inputs, JSON.stringify(raw.serviceClientId !== undefined ? { ...raw, serviceKid: KID } : raw));
  // No fetch at all: a dry run sends nothing.
  const run = await runOm(['okta', 'apply', '--dry-run', '--format', 'json', '--inputs', inputs, '--release', release, '--public-jwks', jwksFile], {
    fetch: () => Promise.reject(new Error('a dry run must not send anything')),
    env: {},
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as DryRun;
}

describe('okta apply --dry-run: every request valid against the Management API description', () => {
  it.each(cases)('$release.id $name', async ({ release, name }) => {
    const raw = loadInputs(name) as Record<string, unknown>;
    const { requests } = await dryRun(release.id, raw);
    const inputs = readInputs(raw);
    expect(requests.length).toBeGreaterThan(2);
    for (const request of requests) {
      expect(contract.operationOf(request), `${request.method} ${request.path}`).toBe(request.operationId);
      expect(contract.validate(request), `${request.operationId} ${JSON.stringify(request.body)}`).toEqual([]);
    }
    const ops = requests.map((r) => r.operationId);
    // The org authorization server has no policies of its own: nothing is sent for it.
    if (inputs.authServer === 'org') expect(ops.filter((o) => o.includes('AuthorizationServer'))).toEqual([]);
    else expect(ops).toContain('createAuthorizationServerPolicyRule');
    expect(ops.filter((o) => o === 'createTrustedOrigin').length).toBe(inputs.flow === 'implicit' ? 1 : 0);
    expect(ops.filter((o) => o === 'createApplication').length).toBe(release.ingestion.kind === 'okta-service-app' ? 2 : 1);
    expect(ops).toContain('assignGroupToApplication');
  });

  it.each(cases)('$release.id $name: the app holds what okta.tf and the console cards hold', async ({ release, name }) => {
    const raw = loadInputs(name) as Record<string, unknown>;
    const inputs = readInputs(raw);
    const { requests } = await dryRun(release.id, raw);
    const app = requests.find((r) => r.operationId === 'createApplication')!.body!;
    const settings = (app['settings'] as { oauthClient: Record<string, unknown> }).oauthClient;
    const credentials = (app['credentials'] as { oauthClient: Record<string, unknown> }).oauthClient;

    const rendered = renderTarget({ release, target: 'okta', inputs: raw });
    const { json } = await readTerraform(rendered.files[0]!.text);
    const tf = body(json, 'resource', 'okta_app_oauth', 'openmetadata')!;
    const list = (v: unknown) => (v as unknown[]).map(literal);
    expect(app['label']).toBe(literal(tf['label']));
    expect(settings['application_type']).toBe(literal(tf['type']));
    expect(settings['grant_types']).toEqual(list(tf['grant_types']));
    expect(settings['response_types']).toEqual(list(tf['response_types']));
    expect(settings['redirect_uris']).toEqual(list(tf['redirect_uris']));
    expect(settings['post_logout_redirect_uris']).toEqual(list(tf['post_logout_redirect_uris']));
    expect(settings['consent_method']).toBe(literal(tf['consent_method']));
    expect(settings['issuer_mode']).toBe(literal(tf['issuer_mode']));
    expect(settings['refresh_token']).toEqual({ rotation_type: literal(tf['refresh_token_rotation']), leeway: tf['refresh_token_leeway'] });
    expect(credentials['token_endpoint_auth_method']).toBe(literal(tf['token_endpoint_auth_method']));
    expect(credentials['pkce_required']).toBe(tf['pkce_required']);

    const card = (id: Parameters<typeof consoleStep>[0], label: string) => consoleStep(id, inputs, release).fields.find((f) => f.label === label)!.values;
    expect(settings['redirect_uris']).toEqual(card('app-general', 'Sign-in redirect URIs'));
    expect(settings['post_logout_redirect_uris']).toEqual(card('app-general', 'Sign-out redirect URIs'));
    expect(app['label']).toBe(card('app-general', 'App integration name')[0]);
    expect({ 'Single-Page Application': 'browser', 'Web Application': 'web' }[card('create-app', 'Application type')[0]!]).toBe(settings['application_type']);

    const origin = requests.find((r) => r.operationId === 'createTrustedOrigin');
    if (origin) {
      const tfOrigin = body(json, 'resource', 'okta_trusted_origin', 'openmetadata')!;
      expect(origin.body!['origin']).toBe(literal(tfOrigin['origin']));
      expect((origin.body!['scopes'] as { type: string }[]).map((s) => s.type)).toEqual(list(tfOrigin['scopes']));
    }
    const rule = requests.find((r) => r.operationId === 'createAuthorizationServerPolicyRule');
    if (rule) {
      const tfRule = body(json, 'resource', 'okta_auth_server_policy_rule', 'openmetadata')!;
      const conditions = rule.body!['conditions'] as { grantTypes: { include: string[] }; scopes: { include: string[] }; people: { groups: { include: string[] } } };
      expect(conditions.grantTypes.include).toEqual(list(tfRule['grant_type_whitelist']));
      expect(conditions.scopes.include).toEqual(list(tfRule['scope_whitelist']));
      expect(conditions.people.groups.include).toEqual(list(tfRule['group_whitelist']));
    }
    const service = requests.filter((r) => r.operationId === 'createApplication')[1];
    if (service) {
      const tfService = body(json, 'resource', 'okta_app_oauth', 'ingestion')!;
      const s = (service.body!['settings'] as { oauthClient: Record<string, unknown> }).oauthClient;
      expect(s['application_type']).toBe(literal(tfService['type']));
      expect(s['grant_types']).toEqual(list(tfService['grant_types']));
      const keys = (s['jwks'] as { keys: Record<string, unknown>[] }).keys;
      expect(keys.map((k) => k['kid'])).toEqual([KID]);
      for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(keys[0]).not.toHaveProperty(member);
      const grants = requests.filter((r) => r.operationId === 'grantConsentToScope').map((r) => r.body!['scopeId']);
      expect(grants).toEqual(list(body(json, 'resource', 'okta_app_oauth_api_scope', 'ingestion')!['scopes']));
    }
  });
});

describe('the operations table agrees with the description', () => {
  it.each(Object.entries(OPERATIONS))('%s', (operationId, op) => {
    const path = op.path.replace(/\{(\w+)\}/g, 'x1');
    expect(contract.operationOf({ method: op.method, path })).toBe(operationId);
    expect(contract.scopesOf(operationId)).toContain(op.permission);
  });

  it('the validator finds what the description refuses (an app of an unknown type, a trusted origin scope, a rule type)', () => {
    const app = { name: 'oidc_client', label: 'x', signOnMode: 'OPENID_CONNECT', credentials: { oauthClient: {} }, settings: { oauthClient: { grant_types: ['implicit'], application_type: 'spa' } } };
    expect(contract.validate({ method: 'POST', path: '/api/v1/apps', body: app })).not.toEqual([]);
    expect(contract.validate({ method: 'POST', path: '/api/v1/apps', body: { ...app, settings: { oauthClient: { application_type: 'browser' } } } })).not.toEqual([]);
    expect(contract.validate({ method: 'POST', path: '/api/v1/trustedOrigins', body: { name: 'a', origin: 'https://a', scopes: [{ type: 'cors' }] } })).not.toEqual([]);
    expect(contract.validate({ method: 'POST', path: '/api/v1/authorizationServers/default/policies/p/rules', body: { type: 'ACCESS', name: 'r', conditions: {} } })).not.toEqual([]);
    // An RSA key without use: sig matches both the signing and the encryption key schema (oneOf).
    const key = { kid: 'k', kty: 'RSA', e: 'AQAB', n: 'xyz' };
    const withKey = (k: object) => ({ ...app, settings: { oauthClient: { application_type: 'service', grant_types: ['client_credentials'], jwks: { keys: [k] } } } });
    expect(contract.validate({ method: 'POST', path: '/api/v1/apps', body: withKey(key) })).not.toEqual([]);
    expect(contract.validate({ method: 'POST', path: '/api/v1/apps', body: withKey({ ...key, use: 'sig' }) })).toEqual([]);
  });
});
