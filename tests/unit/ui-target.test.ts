/**
 * The `ui` target (src/targets/ui.ts): OpenMetadata's Settings > SSO form for Okta, filled from the
 * settings model the files are written from, and the stored configuration as the files
 * update-security-config and PUT /api/v1/system/security/config take: valid against the server's
 * schemas (reference/upstream/openmetadata-spec/) and read back by lint to the same values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXIT } from '../../src/cli/index.ts';
import { derive, readInputs } from '../../src/inputs/index.ts';
import { lintFile } from '../../src/lint/index.ts';
import { findRelease, releases } from '../../src/releases/index.ts';
import type { SettingId } from '../../src/releases/types.ts';
import { renderTarget } from '../../src/render/index.ts';
import { resolveSettings, type Settings } from '../../src/settings/index.ts';
import { targetsFor } from '../../src/targets/index.ts';
import { formFields, SECURITY_CONFIG_JSON, SECURITY_CONFIG_YAML, ssoFormCard, UI_FORM_FILE } from '../../src/targets/ui.ts';
import { casesFor, FIXTURES_DIR, loadInputs, type InputCase } from '../fixtures/cases.ts';
import { runCliCaptured } from './support/cli.ts';
import { serverSchemas } from './support/upstream.ts';

const withForm = releases.filter((r) => r.uiSsoConfig);
const cases = withForm.flatMap((release) => casesFor(release.id).map((name) => ({ release, name })));
const schemas = serverSchemas();

function settingsOf(release: (typeof releases)[number], name: InputCase): Settings {
  const inputs = readInputs(loadInputs(name));
  return resolveSettings(inputs, release, derive(inputs, release));
}

/** The settings the stored configuration holds: those with an openmetadata.yaml key. */
function storedSettings(release: (typeof releases)[number], name: InputCase): Settings {
  return Object.fromEntries(Object.entries(settingsOf(release, name)).filter(([id]) => release.settings[id as SettingId]?.yaml)) as Settings;
}

function files(release: (typeof releases)[number], name: InputCase) {
  const result = renderTarget({ release, target: 'ui', inputs: loadInputs(name) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map(result.files.map((f) => [f.filename, f]));
}

describe('ui target: which releases have it', () => {
  it('is a target of 1.10 and later only: the releases with Settings > SSO', () => {
    expect(withForm.map((r) => r.id)).toEqual(['2.0', '1.13', '1.12', '1.11', '1.10']);
    for (const release of releases) expect(targetsFor(release).includes('ui'), release.id).toBe(release.uiSsoConfig);
    for (const release of withForm) expect(release.uiForm?.source, release.id).toMatch(/SSO\.constant\.ts/);
    expect(findRelease('2.0')!.uiForm?.testLogin?.since).toBe('2.0.10');
  });

  it('a release without the form says so on the card instead of showing fields', () => {
    const card = ssoFormCard({ ...readInputs(loadInputs('example-implicit')) }, findRelease('1.9')!);
    expect(card.fields).toEqual([]);
    expect(card.skip).toContain('no Settings > SSO form');
  });
});

describe('ui target: the form, filled from the settings model', () => {
  it.each(cases.map((c) => [`${c.release.id} ${c.name}`, c] as const))('%s: every field that holds a setting shows its value', (_label, { release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const settings = settingsOf(release, name);
    const fields = formFields(inputs, release);
    for (const field of fields) {
      if (!field.setting || field.leave) continue;
      const value = settings[field.setting];
      if (typeof value === 'boolean') expect(field.values, field.label).toEqual([value ? 'on' : 'off']);
      else if (field.copy) expect(field.values, field.label).toEqual(Array.isArray(value) ? value : [value]);
    }
    // The reader's values the files carry are all in the form.
    const shown = new Set(fields.filter((f) => f.copy).map((f) => f.setting));
    const expected: SettingId[] = inputs.flow === 'authcode' ? ['authority', 'oidcClientId', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'adminPrincipals', 'principalDomain'] : ['publicKeyUrls', 'authority', 'clientId', 'callbackUrl', 'adminPrincipals', 'principalDomain'];
    for (const id of expected) expect(shown.has(id), id).toBe(true);
    if (inputs.flow === 'authcode' && inputs.inlineSecret) expect(shown.has('oidcClientSecret')).toBe(true);
  });

  it('keeps the form\'s order and labels (2.0), for each client type', () => {
    const labels = (name: InputCase) => formFields(readInputs(loadInputs(name)), findRelease('2.0')!).map((f) => f.label);
    expect(labels('example-implicit')).toEqual([
      'Client Type', 'Provider Name', 'Public Key URLs', 'Authority', 'Client ID', 'Callback URL', 'JWT Principal Claims', 'JWT Principal Claims Mapping', 'Enable Self Signup', 'Enable Auto Redirect',
      'Admin Principals', 'Principal Domain', 'allowedDomains', 'Enforce Principal Domain', 'Enable Secure Socket Connection', 'Use Roles From Provider',
    ]);
    const authcode = labels('example-authcode');
    expect(authcode.slice(0, 5)).toEqual(['Client Type', 'Provider Name', 'Authority', 'JWT Principal Claims', 'JWT Principal Claims Mapping']);
    expect(authcode.filter((l) => l.startsWith('OIDC '))).toEqual([
      'OIDC Client ID', 'OIDC Client Secret', 'OIDC Request Scopes', 'OIDC Discovery URI', 'OIDC Use Nonce', 'OIDC Disable PKCE', 'OIDC Max Clock Skew',
      'OIDC Client Authentication Method', 'OIDC Token Validity', 'OIDC Custom Parameters', 'OIDC Callback URL', 'OIDC Max Age', 'OIDC Prompt', 'OIDC Session Expiry',
    ]);
    // A confidential client's form hides the root Client ID, Callback URL and Public Key URLs.
    expect(authcode).not.toContain('Client ID');
    expect(authcode).not.toContain('Public Key URLs');
  });

  it('never shows a client secret the reader did not ask to write', () => {
    const release = findRelease('2.0')!;
    const inputs = { ...readInputs(loadInputs('example-authcode')), clientSecret: 'very-secret-value' };
    const text = JSON.stringify(formFields(inputs, release)) + JSON.stringify(ssoFormCard(inputs, release));
    expect(text).not.toContain('very-secret-value');
    const listed = renderTarget({ release, target: 'ui', inputs: { ...(loadInputs('example-authcode') as object), clientSecret: 'very-secret-value' } });
    expect(listed.files.map((f) => f.text).join('\n')).not.toContain('very-secret-value');
  });
});

describe('ui target: the stored configuration files', () => {
  it.each(cases.map((c) => [`${c.release.id} ${c.name}`, c] as const))('%s: valid against the server schemas, read back by lint to the same values', (_label, { release, name }) => {
    const out = files(release, name);
    expect(out.get(UI_FORM_FILE)!.text).toContain('Settings > SSO > Okta');
    const withUpdate = release.securityConfigOps?.commands.includes('update-security-config') === true;
    expect(out.has(SECURITY_CONFIG_YAML), 'a YAML file only where the ops script takes one').toBe(withUpdate);
    const documents = [JSON.parse(out.get(SECURITY_CONFIG_JSON)!.text)];
    if (withUpdate) documents.push(parseYaml(out.get(SECURITY_CONFIG_YAML)!.text));
    for (const doc of documents) {
      expect(Object.keys(doc).sort()).toEqual(['authenticationConfiguration', 'authorizerConfiguration']);
      expect(schemas.authentication(doc.authenticationConfiguration), JSON.stringify(schemas.authentication.errors)).toBe(true);
      expect(schemas.authorizer(doc.authorizerConfiguration), JSON.stringify(schemas.authorizer.errors)).toBe(true);
    }
    expect(documents.at(-1)).toEqual(documents[0]);
    for (const filename of withUpdate ? [SECURITY_CONFIG_JSON, SECURITY_CONFIG_YAML] : [SECURITY_CONFIG_JSON]) {
      const text = out.get(filename)!.text;
      // The content tells the kind: no file name given.
      const linted = lintFile(text, { release });
      expect(linted.kind, filename).toBe('security-config');
      expect(linted.settings, filename).toEqual(storedSettings(release, name));
      expect(linted.diagnostics.filter((d) => d.severity === 'error'), filename).toEqual([]);
    }
  });

  it('says where a secret reference is not substituted, and reads get-security-config\'s own output', () => {
    const release = findRelease('2.0')!;
    const json = files(release, 'example-authcode').get(SECURITY_CONFIG_JSON)!.text;
    const linted = lintFile(json, { release });
    expect(linted.diagnostics.find((d) => d.id === 'OKTA-LINT-004')?.message).toContain('not read through environment variables');
    // Jackson's YAML: a document marker, every field, null where unset.
    const exported = readFileSync(join(FIXTURES_DIR, 'lint', 'security-config', 'get-output-public.yaml'), 'utf8');
    const read = lintFile(exported, { release });
    expect(read.kind).toBe('security-config');
    expect(read.settings.clientId).toBe('0oa1b2c3d4e5f6g7h8i9');
    expect(read.settings.adminPrincipals).toEqual(['jane.doe']);
  });

  it('lint --fix leaves a stored configuration alone (render it anew)', async () => {
    const { fixFile } = await import('../../src/lint/fix/index.ts');
    const text = readFileSync(join(FIXTURES_DIR, 'lint', 'security-config', 'get-output-public.yaml'), 'utf8');
    const fixed = fixFile(text, { release: findRelease('2.0')! });
    expect(fixed.fixed).toBe(text);
  });
});

describe('om-okta render --target ui', () => {
  const dir = mkdtempSync(join(tmpdir(), 'om-okta-ui-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['example-implicit', 'example-authcode'] as const)('--release 2.0 --format json (%s): files that validate and lint back to the inputs\' settings', async (name) => {
    const inputsFile = join(dir, `${name}.json`);
    writeFileSync(inputsFile, JSON.stringify(loadInputs(name)));
    const { code, stdout } = await runCliCaptured(['render', '--release', '2.0', '--target', 'ui', '--inputs', inputsFile, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout) as { target: string; files: { filename: string; language: string; text: string }[] };
    expect(json.target).toBe('ui');
    expect(json.files.map((f) => f.filename)).toEqual([UI_FORM_FILE, SECURITY_CONFIG_YAML, SECURITY_CONFIG_JSON]);
    const release = findRelease('2.0')!;
    for (const f of json.files.slice(1)) {
      const path = join(dir, `${name}-${f.filename}`);
      writeFileSync(path, f.text);
      const lint = await runCliCaptured(['lint', path, '--release', '2.0', '--format', 'json']);
      expect(lint.code, lint.stdout).toBe(EXIT.ok);
      expect(JSON.parse(lint.stdout).kind).toBe('security-config');
      expect(lintFile(f.text, { release, filename: f.filename }).settings).toEqual(storedSettings(release, name));
    }
    // The list carries the reader's values, in the form's words.
    const list = json.files[0]!.text;
    const inputs = readInputs(loadInputs(name));
    expect(list).toContain(inputs.clientId);
    expect(list).toContain(`Authority: ${derive(inputs, release).issuer}`);
  });

  it('refuses a release without the form, naming the targets it has (usage error)', async () => {
    const { code, stderr } = await runCliCaptured(['render', '--release', '1.9', '--target', 'ui', '--inputs', `${FIXTURES_DIR}inputs/example-implicit.json`]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('no Settings > SSO form');
  });
});

describe('the form\'s page: Test Login messages and the stored configuration\'s commands', () => {
  const page = readFileSync(new URL('../../content/partials/1x/deployment/ui.mdoc', import.meta.url), 'utf8');

  // Test Login's failure messages on the page, and the rule the page names for each: the explainer
  // recognises each as (one of) that rule's failure modes.
  it.each([
    ["The identity provider returned 'access_denied': User is not assigned to the client application.", 'OKTA-ASSIGN-001'],
    ["The identity provider returned 'access_denied': Policy evaluation failed for this request, please check the policy configurations.", 'OKTA-AS-002'],
    ["The identity provider returned 'invalid_scope': One or more scopes are not configured for the authorization server resource.", 'OKTA-SCOPE-001'],
    ['Token validation failed: Invalid token. Token verification failed. Public key mismatch.', 'OKTA-JWKS-001'],
    ['Token validation failed: Expired token!', 'OKTA-CLOCK-001'],
    ["Could not resolve identity from claims: Invalid JWT token, 'username' claim is not present", 'OKTA-CLAIM-003'],
    ["The 'redirect_uri' parameter must be a Login redirect URI in the client app settings", 'OKTA-REDIR-001'],
  ])('%s -> %s', async (message, rule) => {
    const { explainError } = await import('../../src/rules/explain.ts');
    expect(page).toContain(message);
    expect(page).toContain(`[${rule}]`);
    expect(explainError(message, findRelease('2.0')!).flatMap((e) => e.ruleIds)).toContain(rule);
  });

  it('stores security-config.yaml with the ops script where it has update-security-config, keeping what was stored first', async () => {
    const { securityConfigCommands } = await import('../../src/runbook/security-config.ts');
    for (const release of withForm) {
      const runs = securityConfigCommands(release, { replace: true });
      const update = release.securityConfigOps!.commands.includes('update-security-config');
      for (const run of runs) {
        expect(run.script.includes('update-security-config -f'), `${release.id} ${run.target}`).toBe(update);
        if (!update) continue;
        expect(run.script).toContain(`< ${SECURITY_CONFIG_YAML}`.replace('< ', run.target === 'bare-metal' ? '-f ' : '< '));
        expect(run.script).toContain('security-config-before.yaml');
        expect(run.script).not.toContain('remove-security-config');
        expect(run.script.indexOf('get-security-config')).toBeLessThan(run.script.indexOf('update-security-config'));
      }
    }
  });
});
