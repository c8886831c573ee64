/**
 * The okta target (okta.tf) read by real readers: HashiCorp's HCL parser, its canonical formatting
 * (the formatter of `terraform fmt`), and the okta/okta provider's schema at the pinned release
 * (reference/okta-provider/). The values read back equal the console cards' for the same inputs,
 * and nothing secret is in the file.
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/inputs/index.ts';
import { KEY_FILES } from '../../src/keys/kid.ts';
import { consoleStep } from '../../src/okta/console-steps.ts';
import { oktaModel } from '../../src/okta/model.ts';
import { releases } from '../../src/releases/index.ts';
import { renderPlaceholders, renderTarget } from '../../src/render/index.ts';
import { hclString } from '../../src/targets/hcl.ts';
import { OKTA_PROVIDER, TERRAFORM_FILE } from '../../src/targets/okta-terraform.ts';
import { UnrepresentableValueError } from '../../src/targets/unrepresentable.ts';
import { casesFor, loadInputs } from '../fixtures/cases.ts';
import { body, literal, providerSchema, readTerraform, validateTerraform, type Hcl } from './support/okta-provider.ts';

const cases = releases.flatMap((release) => casesFor(release.id).map((name) => ({ release, name })));

function render(release: (typeof releases)[number], raw: unknown): string {
  const result = renderTarget({ release, target: 'okta', inputs: raw });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.files.map((f) => [f.filename, f.language])).toEqual([[TERRAFORM_FILE, 'hcl']]);
  return result.files[0]!.text;
}

const literals = (value: unknown): (string | undefined)[] => (value as unknown[]).map(literal);

describe('okta.tf: every release and input case', () => {
  it.each(cases)('$release.id $name: parses, is canonically formatted and validates against the provider schema', async ({ release, name }) => {
    const text = render(release, loadInputs(name));
    const { json, formatted } = await readTerraform(text);
    expect(formatted).toBe(text);
    expect(validateTerraform(json)).toEqual([]);
  });

  it.each(cases)('$release.id $name: what the console cards show', async ({ release, name }) => {
    const raw = loadInputs(name);
    const inputs = readInputs(raw);
    const { json } = await readTerraform(render(release, raw));
    const card = (id: Parameters<typeof consoleStep>[0]) => consoleStep(id, inputs, release);
    const values = (id: Parameters<typeof consoleStep>[0], label: string) => card(id).fields.find((f) => f.label === label)!.values;
    const app = body(json, 'resource', 'okta_app_oauth', 'openmetadata')!;
    expect(literals(app['redirect_uris'])).toEqual(values('app-general', 'Sign-in redirect URIs'));
    expect(literals(app['post_logout_redirect_uris'])).toEqual(values('app-general', 'Sign-out redirect URIs'));
    expect(literal(app['label'])).toEqual(values('app-general', 'App integration name')[0]);
    const appType = { 'Single-Page Application': 'browser', 'Web Application': 'web' }[values('create-app', 'Application type')[0]!];
    expect(literal(app['type'])).toBe(appType);
    // The console's grant type boxes, in the provider's names.
    const grants = values('app-general', 'Grant type');
    expect(literals(app['grant_types'])).toEqual([
      'authorization_code',
      'refresh_token',
      ...(grants.some((g) => g.startsWith('Implicit')) ? ['implicit'] : []),
    ]);
    expect(grants.filter((g) => g.startsWith('Implicit')).map((g) => (g.includes('ID Token') ? 'id_token' : 'token'))).toEqual(
      literals(app['response_types']).filter((t) => t !== 'code'),
    );
    expect(literal(app['refresh_token_rotation'])).toBe(values('app-general', 'Refresh token behavior')[0] === 'Rotate token after every use' ? 'ROTATE' : 'STATIC');
    expect(literal(app['token_endpoint_auth_method'])).toBe(inputs.flow === 'implicit' ? 'none' : 'client_secret_basic');
    expect(app['pkce_required']).toBe(inputs.flow === 'implicit');
    expect(literal(app['issuer_mode'])).toBe(values('id-token', 'Issuer')[0] === 'Okta URL' ? 'ORG_URL' : undefined);
    expect(literal(app['consent_method'])).toBe('TRUSTED');

    const origin = body(json, 'resource', 'okta_trusted_origin', 'openmetadata');
    if (inputs.flow === 'implicit') {
      expect(literal(origin!['origin'])).toBe(values('trusted-origin', 'Origin URL')[0]);
      expect(literals(origin!['scopes'])).toEqual(values('trusted-origin', 'Type').map((t) => t.toUpperCase()));
    } else expect(origin).toBeUndefined();

    const server = body(json, 'data', 'okta_auth_server', 'openmetadata');
    const model = oktaModel(inputs, release);
    if (card('access-policy').skip) {
      expect(server).toBeUndefined();
      expect(json['resource']).not.toHaveProperty('okta_auth_server_policy');
    } else {
      expect(literal(server!['name'])).toBe(model.authServer!.name);
      const condition = ((server!['lifecycle'] as Hcl[])[0]!['postcondition'] as Hcl[])[0]!['condition'] as string;
      expect(condition).toBe(`\${self.issuer == ${JSON.stringify(values('issuer', 'Resulting Issuer URL')[0])}}`);
      const rule = body(json, 'resource', 'okta_auth_server_policy_rule', 'openmetadata')!;
      const ruleGrants = { 'Authorization Code': 'authorization_code', 'Implicit (hybrid)': 'implicit' } as Record<string, string>;
      expect(literals(rule['grant_type_whitelist'])).toEqual(values('access-policy', 'Rule: Grant type is').map((g) => ruleGrants[g]));
      expect(literals(rule['scope_whitelist'])).toEqual(['*']);
      const policy = body(json, 'resource', 'okta_auth_server_policy', 'openmetadata')!;
      expect(policy['client_whitelist']).toEqual(['${okta_app_oauth.openmetadata.client_id}']);
      expect(literal(body(json, 'resource', 'okta_auth_server_scope', 'openmetadata')!['name'])).toBe(values('scope', 'Name')[0]);
    }
    expect(body(json, 'resource', 'okta_app_group_assignment', 'openmetadata')).toMatchObject({ app_id: '${okta_app_oauth.openmetadata.id}', group_id: '${data.okta_group.assigned.id}' });
    expect((json['variable'] as Record<string, Hcl[]>)['assigned_group']![0]!['default']).toBe('Everyone');
  });

  it.each(cases)('$release.id $name: no secret, token or private key in the file', async ({ release, name }) => {
    const raw = loadInputs(name) as Record<string, unknown>;
    const text = render(release, raw);
    const { json } = await readTerraform(text);
    if (typeof raw['clientSecret'] === 'string') expect(text).not.toContain(raw['clientSecret']);
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY|"d"\s*[:=]|api_token|private_key\s*=|client_basic_secret/);
    expect(text).not.toContain(KEY_FILES.privateJwk);
    // The provider takes the org and the credentials from its environment variables.
    expect(json['provider']).toEqual({ okta: [{}] });
    expect((json['terraform'] as Hcl[])[0]).toEqual({ required_version: '>= 1.2', required_providers: [{ okta: { source: OKTA_PROVIDER.source, version: OKTA_PROVIDER.version } }] });
    const outputs = json['output'] as Record<string, Hcl[]>;
    expect(outputs['client_id']![0]!['value']).toBe('${okta_app_oauth.openmetadata.client_id}');
    if (readInputs(raw).flow === 'authcode') expect(outputs['client_secret']![0]).toMatchObject({ sensitive: true, value: '${okta_app_oauth.openmetadata.client_secret}' });
    else expect(outputs).not.toHaveProperty('client_secret');
  });

  it('pins the provider release whose source the schema was written from', () => {
    expect(providerSchema.provider).toMatchObject({ source: OKTA_PROVIDER.source, release: OKTA_PROVIDER.release, commit: OKTA_PROVIDER.commit });
    expect(OKTA_PROVIDER.version).toBe(`~> ${OKTA_PROVIDER.release.slice(1).split('.').slice(0, 2).join('.')}`);
  });
});

describe('0.12: the service application', () => {
  const legacy = releases.filter((r) => r.ingestion.kind === 'okta-service-app');
  it.each(legacy.flatMap((release) => casesFor(release.id).map((name) => ({ release, name }))))('$release.id $name: private_key_jwt with the public key set read from its file', async ({ release, name }) => {
    const raw = loadInputs(name) as Record<string, unknown>;
    const { json } = await readTerraform(render(release, raw));
    const service = body(json, 'resource', 'okta_app_oauth', 'ingestion')!;
    expect(service).toMatchObject({ type: 'service', token_endpoint_auth_method: 'private_key_jwt', grant_types: ['client_credentials'] });
    expect(Object.keys(service['dynamic'] as Hcl)).toEqual(['jwks']);
    expect((json['locals'] as Hcl[])[0]!['service_app_keys']).toBe(`\${jsondecode(file("\${path.module}/${KEY_FILES.publicJwks}")).keys}`);
    const conditions = ((service['lifecycle'] as Hcl[])[0]!['precondition'] as Hcl[]).map((p) => p['condition']);
    expect(conditions[0]).toContain('!can(key.d)');
    if (raw['serviceKid']) expect(conditions[1]).toContain(JSON.stringify(raw['serviceKid']));
    expect(body(json, 'resource', 'okta_app_oauth_api_scope', 'ingestion')).toMatchObject({ issuer: `https://${raw['oktaDomain']}` });
    expect((json['output'] as Record<string, unknown>)['service_client_id']).toBeDefined();
  });
});

describe('the schema check finds what the provider refuses', () => {
  const base = render(releases[0]!, loadInputs('example-authcode'));
  const problems = async (edit: (text: string) => string) => validateTerraform((await readTerraform(edit(base))).json);

  it('a web app without authorization_code, implicit without a token response, none without PKCE, an unknown attribute or value', async () => {
    expect(await problems((t) => t.replace('["authorization_code", "refresh_token"]', '["refresh_token"]'))).toEqual([expect.stringContaining('needs the grant type authorization_code')]);
    expect(await problems((t) => t.replace('"client_secret_basic"', '"private_key_jwt"'))).toEqual([expect.stringContaining('private_key_jwt needs jwks')]);
    expect(await problems((t) => t.replace('type                       = "web"', 'type                       = "browser"').replace('"client_secret_basic"', '"none"').replace('pkce_required              = false', 'pkce_required              = false'))).toEqual([
      expect.stringContaining('none needs PKCE'),
    ]);
    expect(await problems((t) => t.replace('["authorization_code", "refresh_token"]', '["authorization_code", "implicit"]'))).toEqual([expect.stringContaining('implicit needs token or id_token')]);
    expect(await problems((t) => t.replace('consent_method', 'consent_mode  '))).toEqual([expect.stringContaining('no attribute consent_mode')]);
    expect(await problems((t) => t.replace('"TRUSTED"', '"NEVER"'))).toEqual([expect.stringContaining('"NEVER" is not one of')]);
    expect(await problems((t) => t.replace('response_types             = ["code"]', 'response_types             = ["code", "code_token"]'))).toEqual([expect.stringContaining('"code_token" is not one of')]);
    expect(await problems((t) => t.replace('  label ', '  labe  '))).toEqual(expect.arrayContaining([expect.stringContaining('label is required')]));
    expect(await problems((t) => t.replace('omit_secret = false', 'client_secret = "x"'))).toEqual([expect.stringContaining('client_secret is computed')]);
    expect(await problems((t) => t.replace('priority         = 1', 'priority         = "first"'))).toEqual([expect.stringContaining('priority expects number')]);
  });
});

describe('HCL strings read back exactly', () => {
  it.each([
    ['quotes and backslashes', 'say "hi" \\ there'],
    ['interpolation and directive', 'a${HOME}b%{if x}$${y}%%{z}$$'],
    ['line breaks and controls', 'a\nb\rc\td\u0000e\u007f\u0085\u2028\u2029'],
    ['unicode', 'été \u{1F511} 日本'],
  ])('%s', async (_name, value) => {
    const { json } = await readTerraform(`x = ${hclString(value)}\n`);
    expect(literal(json['x'])).toBe(value);
  });

  it('refuses text HCL would change: not in NFC, or a lone surrogate', () => {
    expect(() => hclString('e\u0301', 'omUrl')).toThrow(UnrepresentableValueError);
    expect(() => hclString('a\ud800b', 'omUrl')).toThrow(UnrepresentableValueError);
  });

  it('a value HCL cannot hold is refused on its field', () => {
    const result = renderTarget({ release: releases[0]!, target: 'okta', inputs: { ...(loadInputs('example-implicit') as object), omUrl: 'https://om.example.com/e\u0301' } });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.field)).toContain('omUrl');
  });

  it('placeholder files parse and validate (pages without JavaScript)', async () => {
    for (const release of [releases[0]!, releases.find((r) => r.ingestion.kind === 'okta-service-app')!]) {
      for (const flow of ['implicit', 'authcode'] as const) {
        const [file] = renderPlaceholders('okta', flow, release);
        const { json, formatted } = await readTerraform(file!.text);
        expect(formatted).toBe(file!.text);
        expect(validateTerraform(json)).toEqual([]);
      }
    }
  });
});
