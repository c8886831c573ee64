import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readInputs } from '../../src/inputs/index.ts';
import { envMap, parseEnvFile } from '../../src/lint/dotenv.ts';
import { releases } from '../../src/releases/index.ts';
import type { SettingId } from '../../src/releases/types.ts';
import { loadRenderers } from '../../src/render/load.ts';
import { renderTarget } from '../../src/render/index.ts';
import { resolveSettings } from '../../src/settings/index.ts';
import { renderersFor, targetsFor, type TARGETS, type EmittedFile } from '../../src/targets/index.ts';
import { renderersLegacy } from '../../src/targets/renderers-legacy.ts';
import { casesFor, goldenDir, loadInputs, type InputCase } from '../fixtures/cases.ts';
import { helmDefaultValues, helmMerge, helmValuesValidator, serverSchemas } from './support/upstream.ts';

const cases = releases.flatMap((release) =>
  targetsFor(release).flatMap((target) => casesFor(release.id).map((name) => ({ release, target, name }))),
);
// The parse-back checks below are for 1.x files; 0.12 (legacy) has its own in legacy.test.ts.
const releases1x = releases.filter((r) => r.ingestion.kind === 'bot-jwt');

function render(release: (typeof releases)[number], target: (typeof TARGETS)[number], name: InputCase) {
  const result = renderTarget({ release, target, inputs: loadInputs(name) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files;
}

const file = (files: EmittedFile[], name: string) => {
  const found = files.find((f) => f.filename === name);
  if (!found) throw new Error(`no ${name} in ${files.map((f) => f.filename).join(', ')}`);
  return found;
};

describe('goldens pin the exact emitted text', () => {
  it.each(cases)('$release.id $target $name', ({ release, target, name }) => {
    const files = render(release, target, name);
    const dir = goldenDir(release.id, target, name);
    expect(existsSync(dir), `${dir} missing: run npm run goldens`).toBe(true);
    expect(files.map((f) => f.filename).sort()).toEqual(readdirSync(dir).sort());
    for (const f of files) expect(f.text, `${dir}/${f.filename}`).toBe(readFileSync(join(dir, f.filename), 'utf8'));
  });
});

describe('every emitted file parses back to the inputs', () => {
  const schemas = serverSchemas();

  it.each(releases1x.flatMap((release) => casesFor(release.id).map((name) => ({ release, name }))))('docker env file: $release.id $name', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const settings = resolveSettings(inputs, release);
    const env = parseEnvFile(file(render(release, 'docker', name), 'openmetadata-okta.env').text);
    expect(env.problems).toEqual([]);
    expect(env.entries.every((e) => !e.interpolates)).toBe(true);
    const values = envMap(env);
    const expected = Object.entries(settings).filter(([id]) => {
      const spec = release.settings[id as SettingId];
      if (!spec?.env || ['providerName', 'jwtPrincipalClaims', 'enableSelfSignup', 'authorizerClassName', 'containerRequestFilter', 'enableSecureSocketConnection'].includes(id)) return false;
      return id !== 'oidcClientSecret' || inputs.inlineSecret;
    });
    expect([...values.keys()].sort()).toEqual(expected.map(([id]) => release.settings[id as SettingId]!.env!).sort());
    for (const [id, value] of expected) {
      // OpenMetadata pastes the raw value into openmetadata.yaml before parsing it.
      const raw = values.get(release.settings[id as SettingId]!.env!)!;
      expect(parseYaml(`key: ${raw}\n`).key, id).toEqual(value);
    }
  });

  it.each(releases1x.flatMap((release) => casesFor(release.id).map((name) => ({ release, name }))))('bare-metal YAML validates against the server schemas: $release.id $name', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const settings = resolveSettings(inputs, release);
    const doc = parseYaml(file(render(release, 'bare-metal', name), 'openmetadata.yaml').text);
    expect(schemas.authentication(doc.authenticationConfiguration), JSON.stringify(schemas.authentication.errors)).toBe(true);
    expect(schemas.authorizer(doc.authorizerConfiguration), JSON.stringify(schemas.authorizer.errors)).toBe(true);
    for (const [id, value] of Object.entries(settings)) {
      const path = release.settings[id as SettingId]!.yaml;
      if (!path) continue;
      expect(path.split('.').reduce((node, key) => node?.[key], doc), id).toEqual(value);
    }
    if (inputs.flow === 'authcode') {
      expect(doc.authenticationConfiguration.oidcConfiguration.secret).toBe(inputs.inlineSecret ? inputs.clientSecret : '${OIDC_CLIENT_SECRET}');
    } else {
      expect(doc.authenticationConfiguration.oidcConfiguration).toBeUndefined();
    }
  });

  it.each(releases.filter((r) => r.helmChart).flatMap((release) => casesFor(release.id).map((name) => ({ release, name }))))('Helm values validate against the chart schema: $release.id $name', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const files = render(release, 'kubernetes', name);
    const values = parseYaml(file(files, 'values-okta.yaml').text);
    const validate = helmValuesValidator(release.helmChart!.version);
    const merged = helmMerge(helmDefaultValues(release.helmChart!.version), values);
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    const auth = values.openmetadata.config.authentication;
    expect(auth.authority).toBe(resolveSettings(inputs, release).authority);
    expect(auth.clientId).toBe(inputs.clientId);
    expect(values.openmetadata.config.authorizer.initialAdmins).toEqual(inputs.adminPrincipals);
    if (inputs.flow === 'authcode') {
      expect(auth.oidcConfiguration.enabled).toBe(true);
      const secretScript = file(files, 'create-oidc-secret.sh').text;
      expect(secretScript).toContain(`${auth.oidcConfiguration.clientSecret.secretKey}=`);
      expect(secretScript.includes(inputs.clientSecret ?? '\0')).toBe(inputs.inlineSecret && Boolean(inputs.clientSecret));
    } else {
      expect(auth.oidcConfiguration).toBeUndefined();
    }
  });

  it('the Helm validator is not vacuous: a key the chart does not know is rejected', () => {
    const release = releases.find((r) => r.helmChart)!;
    const values = parseYaml(file(render(release, 'kubernetes', 'example-implicit'), 'values-okta.yaml').text);
    values.openmetadata.config.authentication.publicKeyUrls = ['https://x/v1/keys'];
    const validate = helmValuesValidator(release.helmChart!.version);
    expect(validate(helmMerge(helmDefaultValues(release.helmChart!.version), values))).toBe(false);
  });

  it.each(cases)('shell scripts pass bash -n: $release.id $target $name', ({ release, target, name }) => {
    for (const f of render(release, target, name).filter((f) => f.language === 'bash')) {
      const check = spawnSync('bash', ['-n'], { input: f.text, encoding: 'utf8' });
      expect(check.status, `${f.filename}: ${check.stderr}`).toBe(0);
    }
  });

  it.each(releases1x.flatMap((release) => casesFor(release.id).map((name) => ({ release, name }))))('ingestion workflowConfig: $release.id $name', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const doc = parseYaml(file(render(release, 'ingestion', name), 'workflow-okta.yaml').text);
    const server = doc.workflowConfig.openMetadataServerConfig;
    expect(server.hostPort).toBe(`${inputs.omUrl.replace(/\/+$/, '')}/api`);
    expect(server.authProvider).toBe('openmetadata');
    expect(server.securityConfig).toEqual({ jwtToken: '${OPENMETADATA_JWT_TOKEN}' });
  });
});

describe('nothing is half-written', () => {
  it('invalid inputs give diagnostics and no files', () => {
    const result = renderTarget({ release: releases[0]!, target: 'docker', inputs: { oktaDomain: 'https://{your domain}', clientId: '' } });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.field === 'oktaDomain')).toBe(true);
  });

  it('a secret an env file cannot hold is an error on the secret, not a broken file', () => {
    const inputs = { ...(loadInputs('custom-server-inline-secret') as object), clientSecret: "it's-a-secret-0123456789" };
    const result = renderTarget({ release: releases[0]!, target: 'docker', inputs });
    expect(result.files).toEqual([]);
    const error = result.diagnostics.find((d) => d.severity === 'error');
    expect(error?.id).toBe('OKTA-ENV-001');
    expect(error?.field).toBe('clientSecret');
    expect(error?.docs).toBe(`/${releases[0]!.contentDir}/troubleshooting/#okta-env-001`);
    expect(error?.message).not.toContain("it's-a-secret");
  });
});

describe('renderers by release line', () => {
  it.each(releases.map((r) => [r.id, r] as const))('%s: the browser loads the same renderers the CLI uses', async (_id, release) => {
    expect(await loadRenderers(release)).toEqual(renderersFor(release));
  });

  it("loads only the renderers of the page's targets", async () => {
    const loaded = await loadRenderers(releases[0]!, ['docker', 'docker', 'okta']);
    expect(Object.keys(loaded).sort()).toEqual(['docker', 'okta']);
    expect(loaded.docker).toBe(renderersFor(releases[0]!).docker);
  });

  it('0.12 (legacy) uses the service-application renderers, 1.x the others', () => {
    for (const release of releases) {
      expect(renderersFor(release) === renderersLegacy, release.id).toBe(release.ingestion.kind === 'okta-service-app');
    }
  });
});
