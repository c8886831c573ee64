/**
 * OpenMetadata 0.12 (legacy): the profile, the rules for the Okta service application, the legacy
 * renderers (checked against the 0.12.1 schemas and chart 0.0.39, and run with stand-ins for
 * curl, docker, kubectl and the metadata CLI), and `om-okta keys`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXIT } from '../../src/cli/index.ts';
import { runCliCaptured } from './support/cli.ts';
import { FIELD_NAMES, fieldAppliesTo, readInputs, type Inputs } from '../../src/inputs/fields.ts';
import { KEY_FILES, keyPairSet, privateJwkFileText, publicJwksFileText, type KeyPairSet } from '../../src/keys/index.ts';
import { envMap, parseEnvFile } from '../../src/lint/dotenv.ts';
import { findRelease, releases } from '../../src/releases/index.ts';
import { LEGACY_SETTING_IDS } from '../../src/releases/types.ts';
import { checkAll, checkSettings, docsFor, type Diagnostic } from '../../src/rules/index.ts';
import { renderPlaceholders, renderTarget } from '../../src/render/index.ts';
import { resolveSettings } from '../../src/settings/index.ts';
import { targetsFor, type TARGETS, type EmittedFile } from '../../src/targets/index.ts';
import { oktaTokenUrlFor } from '../../src/targets/legacy-service-app.ts';
import { casesFor, loadInputs } from '../fixtures/cases.ts';
import { substituteEnv } from './support/substitute.ts';

const legacy = findRelease('0.12')!;
const latest = findRelease('1.12')!;
const CASES = casesFor('0.12');

const BASE: Record<string, unknown> = {
  omUrl: 'https://om.example.com',
  flow: 'implicit',
  oktaDomain: 'dev-123456.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'example.com',
  adminPrincipals: ['jane'],
  serviceClientId: '0oa9s8r7q6p5o4n3m2l1',
  serviceEmail: 'ingestion-bot@example.com',
};

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const file = (files: EmittedFile[], name: string): EmittedFile => {
  const found = files.find((f) => f.filename === name);
  if (!found) throw new Error(`no ${name} in ${files.map((f) => f.filename).join(', ')}`);
  return found;
};
function render(target: (typeof TARGETS)[number], inputs: unknown) {
  const result = renderTarget({ release: legacy, target, inputs });
  expect(errors(result.diagnostics)).toEqual([]);
  return result.files;
}

// ---------------------------------------------------------------------------------------------
// Facts of the 0.12.1 schemas, copied as small JSON schemas (the files are not in reference/upstream).

/** OM@0.12.1-release:openmetadata-spec/src/main/resources/json/schema/security/client/oktaSSOClientConfig.json */
const OKTA_SSO_CLIENT_CONFIG = {
  type: 'object',
  properties: {
    clientId: { type: 'string' },
    orgURL: { type: 'string' },
    privateKey: { type: 'string' },
    email: { type: 'string' },
    scopes: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
  required: ['clientId', 'orgURL', 'privateKey', 'email'],
};
/** OM@0.12.1-release:.../json/schema/configuration/authenticationConfiguration.json (no clientType, no oidcConfiguration). */
const AUTHENTICATION_0_12 = {
  type: 'object',
  properties: {
    provider: { type: 'string' },
    providerName: { type: 'string' },
    publicKeyUrls: { type: 'array', items: { type: 'string' } },
    authority: { type: 'string' },
    clientId: { type: 'string' },
    callbackUrl: { type: 'string' },
    jwtPrincipalClaims: { type: 'array', items: { type: 'string' } },
    enableSelfSignup: { type: 'boolean' },
  },
  required: ['provider', 'providerName', 'publicKeyUrls', 'authority', 'callbackUrl', 'clientId', 'jwtPrincipalClaims'],
  additionalProperties: false,
};
/** OM@0.12.1-release:.../json/schema/configuration/authorizerConfiguration.json (botPrincipals required). */
const unique = { type: 'array', items: { type: 'string' }, uniqueItems: true };
const AUTHORIZER_0_12 = {
  type: 'object',
  properties: {
    className: { type: 'string' },
    containerRequestFilter: { type: 'string' },
    adminPrincipals: unique,
    botPrincipals: unique,
    testPrincipals: unique,
    allowedEmailRegistrationDomains: unique,
    principalDomain: { type: 'string' },
    enforcePrincipalDomain: { type: 'boolean' },
    enableSecureSocketConnection: { type: 'boolean' },
  },
  required: ['className', 'containerRequestFilter', 'adminPrincipals', 'botPrincipals', 'principalDomain', 'enforcePrincipalDomain', 'enableSecureSocketConnection'],
  additionalProperties: false,
};
/** OM@0.12.1-release:.../configuration/airflowConfiguration.json with authConfig.json (okta -> oktaSSOClientConfig). */
const AIRFLOW_0_12 = {
  type: 'object',
  properties: {
    apiEndpoint: { type: 'string' },
    hostIp: { type: 'string' },
    username: { type: 'string' },
    password: { type: 'string' },
    metadataApiEndpoint: { type: 'string' },
    authProvider: { type: 'string' },
    timeout: { type: 'integer' },
    authConfig: {
      type: 'object',
      properties: { google: {}, okta: OKTA_SSO_CLIENT_CONFIG, auth0: {}, azure: {}, customOidc: {}, openmetadata: {} },
      additionalProperties: false,
    },
    verifySSL: { type: 'string' },
    sslConfig: {},
  },
  required: ['apiEndpoint', 'username', 'password', 'metadataApiEndpoint'],
  additionalProperties: false,
};
/** The rest of airflowConfiguration as OM@0.12.1-release:conf/openmetadata.yaml ships it (defaults of its ${VAR:-...}). */
const AIRFLOW_DEFAULTS = { apiEndpoint: 'http://localhost:8080', hostIp: '', username: 'admin', password: 'admin', metadataApiEndpoint: 'http://localhost:8585/api', verifySSL: 'no-ssl' };
/** OM@0.12.1-release:.../entity/services/connections/metadata/openMetadataConnection.json (the parts a workflow uses here). */
const OM_CONNECTION_0_12 = {
  type: 'object',
  properties: {
    hostPort: { type: 'string' },
    authProvider: { type: 'string', enum: ['no-auth', 'azure', 'google', 'okta', 'auth0', 'custom-oidc', 'openmetadata'] },
    securityConfig: OKTA_SSO_CLIENT_CONFIG,
  },
  required: ['hostPort', 'authProvider', 'securityConfig'],
};
/**
 * The values chart 0.0.39 reads for auth (HC@openmetadata-0.0.39:charts/openmetadata/values.yaml,
 * templates/deployment.yaml, templates/_helpers.tpl), by dotted path. The chart has no values schema.
 */
const CHART_0_0_39_PATHS = new Set([
  ...['className', 'containerRequestFilter', 'initialAdmins', 'botPrincipals', 'allowedEmailRegistrationDomains', 'principalDomain', 'enforcePrincipalDomain', 'enableSecureSocketConnection'].map((k) => `global.authorizer.${k}`),
  ...['provider', 'publicKeys', 'authority', 'clientId', 'callbackUrl', 'jwtPrincipalClaims', 'enableSelfSignup'].map((k) => `global.authentication.${k}`),
  'global.airflow.openmetadata.authProvider',
  'global.airflow.openmetadata.serverHostApiUrl',
  ...['clientId', 'orgUrl', 'privateKey.secretRef', 'privateKey.secretKey', 'email', 'scopes'].map((k) => `global.airflow.openmetadata.authConfig.okta.${k}`),
]);

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = {
  authentication: ajv.compile(AUTHENTICATION_0_12),
  authorizer: ajv.compile(AUTHORIZER_0_12),
  airflow: ajv.compile(AIRFLOW_0_12),
  connection: ajv.compile(OM_CONNECTION_0_12),
};


function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

// A key pair for the scripts and the parse-back checks.
let keys: KeyPairSet;
const keysReady = keyPairSet('om-ingestion-test').then((k) => (keys = k));

// ---------------------------------------------------------------------------------------------

describe('the 0.12 profile', () => {
  it('is listed, with the facts read at OM@0.12.1-release and chart 0.0.39', () => {
    expect(releases).toContain(legacy);
    expect(legacy).toMatchObject({ id: '0.12', label: 'OpenMetadata 0.12 (legacy)', contentDir: 'v0.12', order: 12, patch: '0.12.1' });
    expect(legacy.omJwksPath).toBe('/api/v1/config/jwks');
    expect(legacy.confidentialClient).toBe(false);
    expect(legacy.ingestion.kind).toBe('okta-service-app');
    expect(legacy.helmChart).toBeUndefined();
    expect(legacy.legacy?.helmChart).toMatchObject({ version: '0.0.39', appVersion: '0.12.1' });
    expect(legacy.settings.clientType).toBeUndefined();
    expect(Object.keys(legacy.settings).filter((id) => id.startsWith('oidc'))).toEqual([]);
    expect(legacy.settings.authorizerClassName?.default).toBe('org.openmetadata.service.security.DefaultAuthorizer');
    expect(legacy.settings.publicKeyUrls?.default).toEqual(['http://localhost:8585/api/v1/config/jwks']);
    expect(legacy.settings.principalDomain?.default).toBe('openmetadata.org');
    expect(legacy.legacy?.settings.botPrincipals).toMatchObject({ env: 'AUTHORIZER_INGESTION_PRINCIPALS', helm: 'global.authorizer.botPrincipals', default: ['ingestion-bot'] });
    expect(legacy.legacy?.settings.airflowOktaOrgUrl).toMatchObject({ env: 'OM_AUTH_AIRFLOW_OKTA_ORGANIZATION_URL', yaml: 'airflowConfiguration.authConfig.okta.orgURL', helm: 'global.airflow.openmetadata.authConfig.okta.orgUrl' });
    expect(legacy.legacy?.settings.airflowOktaPrivateKey.helmSecretRef).toEqual({ secretRef: 'okta-client-private-key-secret', secretKey: 'okta-client-private-key-secret' });
  });

  it('cites a source for every setting', () => {
    for (const [id, spec] of Object.entries(legacy.settings)) expect(spec.source, id).toMatch(/0\.12\.1-release|openmetadata-0\.0\.39/);
    for (const id of LEGACY_SETTING_IDS) expect(legacy.legacy!.settings[id].source, id).toMatch(/0\.12\.1-release/);
    for (const note of legacy.notes) expect(note.source.length, note.id).toBeGreaterThan(10);
  });

  it('uses the service application fields only on 0.12', () => {
    const only = FIELD_NAMES.filter((name) => !fieldAppliesTo(name, latest));
    expect(only).toEqual(['serviceClientId', 'serviceEmail', 'serviceKid']);
    expect(FIELD_NAMES.every((name) => fieldAppliesTo(name, legacy))).toBe(true);
  });

  it('computes orgURL as the token endpoint of the authorization server', () => {
    expect(oktaTokenUrlFor('https://dev-1.okta.com/oauth2/default')).toBe('https://dev-1.okta.com/oauth2/default/v1/token');
    expect(oktaTokenUrlFor('https://dev-1.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9')).toBe('https://dev-1.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9/v1/token');
    expect(oktaTokenUrlFor('https://dev-1.okta.com')).toBe('https://dev-1.okta.com/oauth2/v1/token');
  });
});

describe('rules for 0.12', () => {
  const diags = (overrides: Record<string, unknown>, release = legacy) => checkAll({ ...BASE, ...overrides }, release).diagnostics;
  const only = (ds: Diagnostic[], id: string) => ds.filter((d) => d.id === id);

  it('accepts a complete set of inputs', () => {
    expect(errors(diags({}))).toEqual([]);
    for (const name of CASES) expect(errors(checkAll(loadInputs(name), legacy).diagnostics), name).toEqual([]);
  });

  it('refuses the auth code flow: no confidential client before 1.x', () => {
    const found = only(diags({ flow: 'authcode', clientSecret: 'Zq9-SECRET-VALUE-xY7_kP2mN4bV6cX8zL0aS3dF5g' }), 'OKTA-OMV-002');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'flow', docs: '/v0.12/troubleshooting/#okta-omv-002' });
    expect(found[0]!.message).toMatch(/no confidential client.*Set Flow to implicit/);
    expect(found[0]!.message).not.toContain('Zq9-SECRET');
    expect(only(diags({ flow: 'authcode' }, latest), 'OKTA-OMV-002')).toEqual([]);
    const result = renderTarget({ release: legacy, target: 'docker', inputs: { ...BASE, flow: 'authcode' } });
    expect(result.files).toEqual([]);
  });

  it.each([
    ['missing', { serviceClientId: undefined }, /is missing/],
    ['empty', { serviceClientId: '' }, /is missing/],
    ['the SPA client id (FM-32)', { serviceClientId: BASE['clientId'] }, /Client ID of the Single-Page Application/],
  ])('serviceClientId %s is OKTA-LEGACY-001', (_name, overrides, message) => {
    const found = only(diags(overrides), 'OKTA-LEGACY-001');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'serviceClientId', docs: docsFor('OKTA-LEGACY-001', legacy) });
    expect(found[0]!.message).toMatch(message);
  });

  it('checks the shape of serviceClientId like any Okta client id', () => {
    expect(only(diags({ serviceClientId: '0oa 123' }), 'OKTA-CLIENT-001')[0]).toMatchObject({ severity: 'error', field: 'serviceClientId' });
    expect(only(diags({ serviceClientId: '{CLIENT_ID}' }), 'OKTA-TPL-001')[0]).toMatchObject({ field: 'serviceClientId' });
  });

  it.each([
    ['missing', undefined, /is missing/],
    ['not an email', 'ingestion-bot', /is not an email address/],
    ['two addresses', 'a@example.com b@example.com', /is not an email address/],
  ])('serviceEmail %s is OKTA-LEGACY-001', (_name, serviceEmail, message) => {
    const found = only(diags({ serviceEmail }), 'OKTA-LEGACY-001');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'serviceEmail' });
    expect(found[0]!.message).toMatch(message);
  });

  it('refuses a key id the scripts could not use, and accepts none', () => {
    expect(only(diags({ serviceKid: 'my key' }), 'OKTA-LEGACY-001')[0]).toMatchObject({ severity: 'error', field: 'serviceKid' });
    expect(errors(diags({ serviceKid: 'om-ingestion.2022_10' }))).toEqual([]);
  });

  it('warns that the org authorization server cannot serve the service application (FM-40)', () => {
    const found = only(diags({ authServer: 'org' }), 'OKTA-LEGACY-001');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', field: 'authServer' })]);
    expect(found[0]!.message).toMatch(/custom authorization server/);
  });

  it('ignores the service application fields on 1.x', () => {
    expect(only(diags({ serviceClientId: undefined, serviceEmail: 'nope' }, latest), 'OKTA-LEGACY-001')).toEqual([]);
  });

  it('OKTA-JWKS-003 expects /api/v1/config/jwks on 0.12 (release.omJwksPath), and 1.x its own path', () => {
    const inputs = readInputs(BASE) as Inputs;
    const settings = resolveSettings(inputs, legacy);
    expect(settings.publicKeyUrls).toEqual(['https://dev-123456.okta.com/oauth2/default/v1/keys', 'https://om.example.com/api/v1/config/jwks']);
    expect(checkSettings(settings, legacy).filter((d) => d.id === 'OKTA-JWKS-003')).toEqual([]);

    const with1x = { ...settings, publicKeyUrls: ['https://dev-123456.okta.com/oauth2/default/v1/keys', 'https://om.example.com/api/v1/system/config/jwks'] };
    const found = checkSettings(with1x, legacy).filter((d) => d.id === 'OKTA-JWKS-003');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('https://om.example.com/api/v1/config/jwks');
    expect(found[0]!.docs).toBe('/v0.12/troubleshooting/#okta-jwks-003');

    const on112 = checkSettings(settings, latest).filter((d) => d.id === 'OKTA-JWKS-003');
    expect(on112[0]!.message).toMatch(/0\.x path/);
  });
});

describe('0.12 files parse back and fit the 0.12.1 schemas', async () => {
  await keysReady;
  const privateKey = privateJwkFileText(keys).trimEnd();

  it.each(CASES)('docker env file: %s', (name) => {
    const inputs = readInputs(loadInputs(name));
    const files = render('docker', loadInputs(name));
    const env = parseEnvFile(file(files, 'openmetadata-okta.env').text);
    expect(env.problems).toEqual([]);
    expect(env.entries.every((e) => !e.interpolates)).toBe(true);
    const values = envMap(env);
    const yaml = (name: string) => parseYaml(`key: ${values.get(name)}\n`).key;
    expect(yaml('AUTHENTICATION_PROVIDER')).toBe('okta');
    expect(yaml('AUTHENTICATION_CLIENT_ID')).toBe(inputs.clientId);
    expect(yaml('AUTHENTICATION_PUBLIC_KEYS')[1]).toMatch(/\/api\/v1\/config\/jwks$/);
    expect(yaml('AUTHORIZER_CLASS_NAME')).toBe('org.openmetadata.service.security.DefaultAuthorizer');
    expect(yaml('AUTHORIZER_ADMIN_PRINCIPALS')).toEqual(inputs.adminPrincipals);
    expect(yaml('AUTHORIZER_INGESTION_PRINCIPALS')).toEqual(['ingestion-bot', inputs.serviceClientId]);
    expect(yaml('AIRFLOW_AUTH_PROVIDER')).toBe('okta');
    expect(yaml('OM_AUTH_AIRFLOW_OKTA_CLIENT_ID')).toBe(inputs.serviceClientId);
    expect(yaml('OM_AUTH_AIRFLOW_OKTA_ORGANIZATION_URL')).toMatch(/^https:\/\/[^/]+\/oauth2\/[A-Za-z0-9]+\/v1\/token$/);
    expect(yaml('OM_AUTH_AIRFLOW_OKTA_SA_EMAIL')).toBe(inputs.serviceEmail);
    expect(yaml('OM_AUTH_AIRFLOW_OKTA_SCOPES')).toEqual([]);
    // The private key is a secret: it is never in the env file, and no AUTHENTICATION_CLIENT_TYPE or OIDC_* exists in 0.12.
    expect(values.has('OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY')).toBe(false);
    expect([...values.keys()].filter((k) => k.startsWith('OIDC_') || k === 'AUTHENTICATION_CLIENT_TYPE')).toEqual([]);
    expect(files.map((f) => f.text).join('\n')).not.toContain('org.openmetadata.catalog');
  });

  it.each(CASES)('bare-metal yaml: %s', (name) => {
    const inputs = readInputs(loadInputs(name));
    const text = file(render('bare-metal', loadInputs(name)), 'openmetadata.yaml').text;
    const doc = parseYaml(text);
    expect(validate.authentication(doc.authenticationConfiguration), JSON.stringify(validate.authentication.errors)).toBe(true);
    expect(validate.authorizer(doc.authorizerConfiguration), JSON.stringify(validate.authorizer.errors)).toBe(true);
    const airflow = { ...AIRFLOW_DEFAULTS, ...doc.airflowConfiguration };
    expect(validate.airflow(airflow), JSON.stringify(validate.airflow.errors)).toBe(true);
    expect(doc.authorizerConfiguration.botPrincipals).toEqual(['ingestion-bot', inputs.serviceClientId]);
    expect(doc.airflowConfiguration.authConfig.okta.privateKey).toBe('${OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY}');

    // What the server reads once start-openmetadata.sh has set the variable: the JWK, as a string.
    const started = parseYaml(substituteEnv(text, { OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY: `'${privateKey}'` }));
    expect(started.airflowConfiguration.authConfig.okta.privateKey).toBe(privateKey);
    expect(validate.airflow({ ...AIRFLOW_DEFAULTS, ...started.airflowConfiguration })).toBe(true);
    // Without the single quotes YAML reads a map, which is the FM-32 failure the script prevents.
    const bare = parseYaml(substituteEnv(text, { OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY: privateKey }));
    expect(typeof bare.airflowConfiguration.authConfig.okta.privateKey).toBe('object');
  });

  it.each(CASES)('Helm values use only paths chart 0.0.39 reads: %s', (name) => {
    const inputs = readInputs(loadInputs(name));
    const files = render('kubernetes', loadInputs(name));
    const values = parseYaml(file(files, 'values-okta.yaml').text);
    const unknown = leaves(values).filter((path) => !CHART_0_0_39_PATHS.has(path));
    expect(unknown).toEqual([]);
    expect(values.global.authentication.publicKeys).toEqual([expect.stringMatching(/\/v1\/keys$/), 'http://openmetadata:8585/api/v1/config/jwks']);
    expect(values.global.authorizer.initialAdmins).toEqual(inputs.adminPrincipals);
    expect(values.global.authorizer.botPrincipals).toEqual(['ingestion-bot', inputs.serviceClientId]);
    expect(values.global.airflow.openmetadata.authConfig.okta.privateKey).toEqual({ secretRef: 'okta-client-private-key-secret', secretKey: 'okta-client-private-key-secret' });
    expect(file(files, 'helm-install.sh').text).toContain("--version 0.0.39 --values values-okta.yaml");
  });

  it.each(CASES)('ingestion workflowConfig: %s', (name) => {
    const inputs = readInputs(loadInputs(name));
    const text = file(render('ingestion', loadInputs(name)), 'workflow-okta.yaml').text;
    const server = parseYaml(text).workflowConfig.openMetadataServerConfig;
    expect(server.hostPort).toBe(`${inputs.omUrl.replace(/\/+$/, '')}/api`);
    expect(server.authProvider).toBe('okta');
    expect(server.securityConfig).toMatchObject({ clientId: inputs.serviceClientId, email: inputs.serviceEmail, scopes: [], privateKey: '${OKTA_SERVICE_PRIVATE_KEY}' });
    expect(server.securityConfig.orgURL).toMatch(/\/oauth2\/[A-Za-z0-9]+\/v1\/token$/);
    expect(validate.connection(server), JSON.stringify(validate.connection.errors)).toBe(true);

    // After the metadata CLI's os.path.expandvars: a string starting with "{" holding the JWK.
    const expanded = parseYaml(substituteEnv(text, { OKTA_SERVICE_PRIVATE_KEY: privateKey })).workflowConfig.openMetadataServerConfig;
    expect(validate.connection(expanded), JSON.stringify(validate.connection.errors)).toBe(true);
    expect(expanded.securityConfig.privateKey.startsWith('{')).toBe(true);
    expect(JSON.parse(expanded.securityConfig.privateKey)).toEqual(keys.privateJwk);
  });

  it.each(targetsFor(legacy))('placeholder files for %s render and parse', (target) => {
    const files = renderPlaceholders(target, 'implicit', legacy);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      if (f.language === 'yaml') expect(() => parseYaml(f.text)).not.toThrow();
      if (f.language === 'dotenv') expect(parseEnvFile(f.text).problems).toEqual([]);
    }
    const text = files.map((f) => f.text).join('\n');
    expect(text).toMatch(target === 'ingestion' ? /OKTA_SERVICE_CLIENT_ID/ : /OKTA_DOMAIN/);
  });
});

// ---------------------------------------------------------------------------------------------
// The scripts, run by bash with stand-ins for curl, docker, kubectl, helm and the metadata CLI.

describe('0.12 scripts, run', async () => {
  await keysReady;
  const dir = mkdtempSync(join(tmpdir(), 'om-okta-legacy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'out');
  const bin = join(dir, 'bin');
  mkdirSync(out);
  mkdirSync(bin);
  mkdirSync(join(dir, 'work', 'bin'), { recursive: true });
  // Each stand-in writes its arguments (one per line, NUL-free) and the variables of interest.
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('curl', `printf '%s\\n' "$@" > "$OUT/curl.args"; echo '{"client_id":"0oaNEWSERVICEAPP0001"}'`);
  stub('docker', `printf '%s' "$OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY" > "$OUT/docker.key"; printf '%s\\n' "$@" > "$OUT/docker.args"`);
  stub('metadata', `printf '%s' "$OKTA_SERVICE_PRIVATE_KEY" > "$OUT/metadata.key"; printf '%s\\n' "$@" > "$OUT/metadata.args"`);
  stub('kubectl', `if [ "$1" = create ]; then printf '%s\\n' "$@" > "$OUT/kubectl.args"; else cat > /dev/null; fi`);
  writeFileSync(join(dir, 'work', 'bin', 'openmetadata.sh'), `#!/usr/bin/env bash\nprintf '%s' "$OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY" > "$OUT/server.key"\n`);
  chmodSync(join(dir, 'work', 'bin', 'openmetadata.sh'), 0o755);

  const work = join(dir, 'work');
  const writeKeys = (publicText = publicJwksFileText(keys), privateText = privateJwkFileText(keys)) => {
    writeFileSync(join(work, KEY_FILES.publicJwks), publicText);
    writeFileSync(join(work, KEY_FILES.privateJwk), privateText);
  };
  const run = (script: string, env: Record<string, string> = {}) => {
    writeFileSync(join(work, 'script.sh'), script);
    return spawnSync('bash', ['script.sh'], {
      cwd: work,
      encoding: 'utf8',
      input: '',
      env: { PATH: `${bin}:${process.env['PATH']}`, OUT: out, ...env },
    });
  };
  const inputs = { ...BASE, serviceKid: 'om-ingestion-test' };
  const ingestion = render('ingestion', inputs);
  const privateKey = privateJwkFileText(keys).trimEnd();

  it('create-service-app.sh sends the public key set only, with the API token from the environment', () => {
    writeKeys();
    const result = run(file(ingestion, 'create-service-app.sh').text, { OKTA_API_TOKEN: '00aTOKEN-from-env' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('0oaNEWSERVICEAPP0001');
    const args = readFileSync(join(out, 'curl.args'), 'utf8').split('\n');
    expect(args).toContain('https://dev-123456.okta.com/oauth2/v1/clients');
    expect(args[args.indexOf('--request') + 1]).toBe('POST');
    expect(args).toContain('Authorization: SSWS 00aTOKEN-from-env');
    const body = JSON.parse(args[args.indexOf('--data') + 1]!);
    expect(body).toEqual({
      client_name: 'OpenMetadata ingestion',
      grant_types: ['client_credentials'],
      response_types: ['token'],
      token_endpoint_auth_method: 'private_key_jwt',
      application_type: 'service',
      jwks: keys.publicJwks,
    });
    expect(JSON.stringify(body)).not.toContain(keys.privateJwk.d);
    // The token is not written into the script.
    expect(file(ingestion, 'create-service-app.sh').text).not.toContain('00aTOKEN');
  });

  it('create-service-app.sh refuses a private key in place of the public key set, and another kid', () => {
    writeKeys(privateJwkFileText(keys));
    const leaked = run(file(ingestion, 'create-service-app.sh').text, { OKTA_API_TOKEN: 't' });
    expect(leaked.status).toBe(1);
    expect(leaked.stderr).toMatch(/holds a private key/);
    writeKeys(publicJwksFileText({ publicJwks: { keys: [{ ...keys.publicJwks.keys[0], kid: 'another' }] } }));
    const other = run(file(ingestion, 'create-service-app.sh').text, { OKTA_API_TOKEN: 't' });
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/not the key pair with key id om-ingestion-test/);
  });

  it('run-ingestion.sh gives the metadata CLI the private JWK through the environment', () => {
    writeKeys();
    const result = run(file(ingestion, 'run-ingestion.sh').text);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'metadata.key'), 'utf8')).toBe(privateKey);
    expect(readFileSync(join(out, 'metadata.args'), 'utf8')).toBe('ingest\n-c\nworkflow.yaml\n');
  });

  it('the server scripts pass the private JWK in single quotes (FM-32)', () => {
    writeKeys();
    const quoted = `'${privateKey}'`;
    const docker = run(file(render('docker', inputs), 'start-openmetadata.sh').text);
    expect(docker.status, docker.stderr).toBe(0);
    expect(readFileSync(join(out, 'docker.key'), 'utf8')).toBe(quoted);
    expect(readFileSync(join(out, 'docker.args'), 'utf8')).toBe('compose\n--env-file\nopenmetadata-okta.env\nup\n-d\n');
    const bare = run(file(render('bare-metal', inputs), 'start-openmetadata.sh').text);
    expect(bare.status, bare.stderr).toBe(0);
    expect(readFileSync(join(out, 'server.key'), 'utf8')).toBe(quoted);
    const secret = run(file(render('kubernetes', inputs), 'create-okta-private-key-secret.sh').text);
    expect(secret.status, secret.stderr).toBe(0);
    expect(readFileSync(join(out, 'kubectl.args'), 'utf8').split('\n')).toContain(`--from-literal=okta-client-private-key-secret=${quoted}`);
  });

  it('the scripts refuse a key file that is not one line of private JWK', () => {
    for (const bad of [publicJwksFileText(keys), JSON.stringify(keys.privateJwk, null, 2), `'${privateKey}'`, '-----BEGIN PRIVATE KEY-----']) {
      writeKeys(undefined, bad);
      const result = run(file(ingestion, 'run-ingestion.sh').text);
      expect(result.status, bad.slice(0, 30)).toBe(1);
      expect(result.stderr).toMatch(/okta-service-app\.private\.jwk\.json must/);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('om-okta keys', () => {
  const cli = (argv: string[]) => runCliCaptured(argv);

  it('prints { kid, publicJwks, privateJwk } with a random UUID kid, exit 0', async () => {
    const { code, stdout, stderr } = await cli(['keys']);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['kid', 'publicJwks', 'privateJwk']);
    expect(json.kid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(json.publicJwks.keys[0].kid).toBe(json.kid);
    expect(json.publicJwks.keys[0]).not.toHaveProperty('d');
    expect(json.privateJwk).toHaveProperty('d');
  });

  it('uses --kid', async () => {
    const { code, stdout } = await cli(['keys', '--kid', 'om-ingestion-2022']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect([json.kid, json.publicJwks.keys[0].kid, json.privateJwk.kid]).toEqual(['om-ingestion-2022', 'om-ingestion-2022', 'om-ingestion-2022']);
  });

  it.each([
    [['keys', '--kid', 'a b'], /--kid must be/],
    [['keys', '--kid'], /--kid needs a value/],
    [['keys', 'extra'], /unexpected argument "extra"/],
    [['keys', '--bits', '4096'], /unknown option --bits\./],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
