/**
 * Any value typed into a field either is refused with an error on that field, or comes back
 * exactly from every file written, read the way its real reader reads it: compose's env-file
 * reader, OpenMetadata's `${VAR}` substitution followed by a YAML 1.1 parse, Helm's YAML 1.2,
 * and the generated shell scripts run by bash with stub commands that record what they receive.
 * Values are generated (seeded, so a failure repeats) from the classes that break files: quotes,
 * backslashes, `$` and `${…}`, `#`, line breaks, U+2028, NUL, YAML 1.1 words, numbers and dates.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envMap, parseEnvFile } from '../../src/lint/dotenv.ts';
import { releases } from '../../src/releases/index.ts';
import { renderTarget } from '../../src/render/index.ts';
import { readInputs } from '../../src/inputs/index.ts';
import { oktaModel } from '../../src/okta/model.ts';
import { body, literal, readTerraform, validateTerraform } from './support/okta-provider.ts';
import { targetsFor } from '../../src/targets/index.ts';
import { substituteEnv } from './support/substitute.ts';

const BASE = JSON.parse(readFileSync(new URL('../fixtures/inputs/example-authcode.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const CLASSES = [
  'yes', 'on', 'No', '~', 'null', '0b101', '017', '0x1F', '1:20', '2001-12-14', '1e3', '.inf', 'E0',
  "it's", 'say "hi"', 'ab\\', 'a\\b', '$HOME', 'a${HOME}b', '${OIDC_CLIENT_SECRET}', 'a #b', 'a#b', '#x', '- x', 'a: b', '[x]', '{x}', '&x', '*x', '!x', '|', '>', '%x', '@x',
  'a\nb', 'a\rb', 'a\u2028b', 'a\u0085b', 'a\u0000b', '\u00e9t\u00e9', '\u{1F511}', ' lead', 'trail ', 'x'.repeat(10_000),
];
const value = fc.oneof(
  fc.constantFrom(...CLASSES),
  fc.tuple(fc.constantFrom(...CLASSES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...CLASSES)).map((parts) => parts.join('')),
);

/** What the server reads for an env value: it pastes the text after `key: ` and parses YAML 1.1. */
const serverReads = (text: string): unknown => (parse(`k: ${text}\n`, { version: '1.1' }) as { k: unknown }).k;

const work = mkdtempSync(join(tmpdir(), 'om-okta-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Stubs record the environment or the arguments they were called with.
writeFileSync(join(work, 'docker'), '#!/usr/bin/env bash\nprintf %s "$OIDC_CLIENT_SECRET" > "$RECORD"\n');
writeFileSync(join(work, 'kubectl'), '#!/usr/bin/env bash\nif [ "$1" = create ]; then for a in "$@"; do printf "%s\\0" "$a"; done > "$RECORD"; fi\n');
chmodSync(join(work, 'docker'), 0o755);
chmodSync(join(work, 'kubectl'), 0o755);

/** Runs `script` with bash, `secret` typed at its prompt, the stubs first on PATH; returns what the stub recorded. */
function runScript(script: string, secret: string): string {
  const file = join(work, 'script.sh');
  const record = join(work, 'record');
  writeFileSync(file, script);
  rmSync(record, { force: true });
  execFileSync('bash', [file], { input: `${secret}\n`, env: { PATH: `${work}:${process.env['PATH']}`, RECORD: record }, stdio: ['pipe', 'ignore', 'pipe'] });
  return readFileSync(record, 'utf8');
}

/** The words of a script without expansions, as a POSIX shell splits them: '…' literal, "…" literal here, \ escapes. */
function shellWords(script: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      word = (word ?? '') + script.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      const end = script.indexOf('"', i + 1);
      word = (word ?? '') + script.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      if (script[i + 1] !== '\n') word = (word ?? '') + script[i + 1];
      i++;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

interface Case {
  releaseId: string;
  secret: string;
  inline: boolean;
}

/** Checks one case for every target; returns the number of files read back. */
function checkCase({ releaseId, secret, inline }: Case, runScripts: boolean): number {
  const release = releases.find((r) => r.id === releaseId)!;
  let readBack = 0;
  for (const target of targetsFor(release)) {
    const result = renderTarget({ release, target, inputs: { ...BASE, clientSecret: secret, inlineSecret: inline } });
    if (result.files.length === 0) {
      // Refused: an error, on the field that holds the value.
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length, `${releaseId} ${target}: refused without an error`).toBeGreaterThan(0);
      expect(errors.map((d) => d.field), `${releaseId} ${target}: ${JSON.stringify(secret.slice(0, 40))}`).toEqual(errors.map(() => 'clientSecret'));
      continue;
    }
    const files = new Map(result.files.map((f) => [f.filename, f.text]));
    if (target === 'docker') {
      const env = envMap(parseEnvFile(files.get('openmetadata-okta.env')!));
      expect(parseEnvFile(files.get('openmetadata-okta.env')!).problems).toEqual([]);
      if (inline) expect(serverReads(env.get('OIDC_CLIENT_SECRET')!)).toBe(secret);
      else if (runScripts) expect(serverReads(runScript(files.get('start-openmetadata.sh')!, secret))).toBe(secret);
      readBack++;
    }
    if (target === 'bare-metal') {
      const text = files.get('openmetadata.yaml')!;
      // Without the inline secret, the reader exports it as typed and the server pastes it in.
      const parsed = parse(substituteEnv(text, { OIDC_CLIENT_SECRET: secret }), { version: '1.1' }) as { authenticationConfiguration: { oidcConfiguration: { secret: string } } };
      expect(parsed.authenticationConfiguration.oidcConfiguration.secret).toBe(secret);
      readBack++;
    }
    if (target === 'kubernetes') {
      expect(parse(files.get('values-okta.yaml')!)).toBeTypeOf('object');
      const script = files.get('create-oidc-secret.sh')!;
      if (inline || runScripts) {
        const args = runScripts && !inline ? runScript(script, secret).split('\0') : shellWords(script);
        const literal = args.find((a) => a.startsWith('--from-literal=openmetadata-oidc-client-secret='))!;
        expect(serverReads(literal.slice(literal.indexOf('=', 15) + 1))).toBe(secret);
        readBack++;
      }
    }
  }
  return readBack;
}

// A secret that cannot be typed at a prompt (a line break ends `read`) is only checked inline.
const typeable = (secret: string) => !/[\n\r\0]/.test(secret);

describe('a hostile client secret is refused on its field or read back exactly', () => {
  const authcodeReleases = releases.filter((r) => r.confidentialClient).map((r) => r.id);

  it.each(CLASSES.map((secret) => [JSON.stringify(secret.slice(0, 30)), secret] as const))('%s, newest release, inline and from the shell (scripts run)', (_name, secret) => {
    for (const inline of [true, false]) checkCase({ releaseId: authcodeReleases[0]!, secret, inline }, typeable(secret));
  });

  it('generated values, every release with the auth code flow (seeded)', () => {
    let readBack = 0;
    fc.assert(
      fc.property(fc.constantFrom(...authcodeReleases), value, fc.boolean(), (releaseId, secret, inline) => {
        readBack += checkCase({ releaseId, secret, inline }, false);
      }),
      { seed: 14, numRuns: 300 },
    );
    // Most generated values are fine secrets: the property is not passing by refusing everything.
    expect(readBack).toBeGreaterThan(300);
    // A bound for a loaded machine, not a timing check (npm run bench times things).
  }, 60_000);

  it('the refusals say why on the field: ${…}, NUL, a line break', () => {
    const release = releases.find((r) => r.id === authcodeReleases[0])!;
    const messages = (secret: string) =>
      renderTarget({ release, target: 'docker', inputs: { ...BASE, clientSecret: secret, inlineSecret: true } }).diagnostics.filter((d) => d.field === 'clientSecret').map((d) => d.message);
    expect(messages('a${HOME}b').join(' ')).toContain('replaces remain'.replace('remain', 'with an environment variable'));
    expect(messages('a\u0000b').join(' ')).toContain('NUL');
    expect(messages('a\nb').join(' ')).toContain('line break');
  });
});

/**
 * Every other field the reader types, one hostile value at a time, for every release and target:
 * refused with errors on that field only, or every file reads alike in YAML 1.1 and 1.2 (after
 * the server's substitution), the env file reads without a problem, and nothing in an ingestion
 * workflow is left for the `metadata` CLI's `$NAME` expansion (os.path.expandvars).
 */
describe('every field: refused on itself, or files that every reader reads alike', () => {
  const LEGACY = JSON.parse(readFileSync(new URL('../fixtures/inputs/legacy-implicit.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const FIELDS = ['omUrl', 'oktaDomain', 'authServer', 'clientId', 'principalDomain', 'adminPrincipals', 'serviceClientId', 'serviceEmail', 'serviceKid'] as const;
  // Values that read as themselves in a URL, a host or a list, with the classes above inside them.
  const shaped = (field: (typeof FIELDS)[number], hostile: string): string => {
    switch (field) {
      case 'omUrl':
        return `https://om.example.com${hostile}`;
      case 'oktaDomain':
        return `${hostile}.okta.com`;
      case 'serviceEmail':
        return `${hostile}@example.com`;
      default:
        return hostile;
    }
  };
  const bothYamlReadersAgree = (text: string, where: string) => {
    const env = { OIDC_CLIENT_SECRET: 's', OPENMETADATA_JWT_TOKEN: 'x', OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY: "'{}'", OKTA_SERVICE_PRIVATE_KEY: '{}' };
    const substituted = substituteEnv(text, env);
    expect(parse(substituted, { version: '1.1' }), where).toEqual(parse(substituted, { version: '1.2' }));
  };

  it('generated values (seeded)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...releases.map((r) => r.id)), fc.constantFrom(...FIELDS), value, fc.constantFrom('implicit', 'authcode'), (releaseId, field, hostile, flow) => {
        const release = releases.find((r) => r.id === releaseId)!;
        const base = release.ingestion.kind === 'okta-service-app' ? LEGACY : { ...BASE, flow, inlineSecret: false };
        const inputs = { ...base, [field]: shaped(field, hostile) };
        for (const target of targetsFor(release)) {
          const result = renderTarget({ release, target, inputs });
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          if (result.files.length === 0) {
            // Refused: every error is on the field typed (a 0.12 page also refuses the auth code flow, on flow).
            expect(errors.filter((d) => d.field !== field && d.field !== 'flow'), `${release.id} ${target} ${field}=${JSON.stringify(inputs[field])}`).toEqual([]);
            continue;
          }
          accepted++;
          for (const file of result.files) {
            const where = `${release.id} ${target} ${file.filename} ${field}=${JSON.stringify(inputs[field])}`;
            if (file.filename.endsWith('.yaml')) bothYamlReadersAgree(file.text, where);
            if (file.filename.endsWith('.env')) expect(parseEnvFile(file.text).problems, where).toEqual([]);
            if (file.filename.startsWith('workflow')) {
              // Only the file's own ${VAR} references may expand.
              expect(file.text.replace(/\$\{[A-Z_]+\}/g, ''), where).not.toMatch(/\$(?:[A-Za-z_{])/);
            }
          }
        }
      }),
      { seed: 1402, numRuns: 250 },
    );
    expect(accepted).toBeGreaterThan(100);
  }, 60_000);
});

/**
 * okta.tf (the okta target) for every field's hostile values: refused on that field, or a file
 * HashiCorp's HCL parser reads, in canonical format, valid against the provider's schema, whose
 * strings read back as exactly the model's values (redirect URIs, origin, authorization server,
 * the 0.12 service app's issuer). The client secret never reaches it.
 */
describe('okta.tf: refused on the field, or read back exactly by the HCL parser', () => {
  const LEGACY = JSON.parse(readFileSync(new URL('../fixtures/inputs/legacy-custom-server-https.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const FIELDS = ['omUrl', 'oktaDomain', 'authServer', 'clientId', 'principalDomain', 'adminPrincipals', 'serviceClientId', 'serviceEmail', 'serviceKid', 'clientSecret'] as const;
  const shaped = (field: (typeof FIELDS)[number], hostile: string): string =>
    field === 'omUrl' ? `https://om.example.com${hostile}` : field === 'oktaDomain' ? `${hostile}.okta.com` : field === 'serviceEmail' ? `${hostile}@example.com` : hostile;

  it('generated values, every release and flow (seeded)', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...releases.map((r) => r.id)), fc.constantFrom(...FIELDS), value, fc.constantFrom('implicit', 'authcode'), async (releaseId, field, hostile, flow) => {
        const release = releases.find((r) => r.id === releaseId)!;
        const base = release.ingestion.kind === 'okta-service-app' ? LEGACY : { ...BASE, flow, ...(flow === 'authcode' ? { clientSecret: 'Q8-x_y~z-not-in-okta-tf', inlineSecret: true } : { inlineSecret: false }) };
        const inputs = { ...base, [field]: shaped(field, hostile) };
        const result = renderTarget({ release, target: 'okta', inputs });
        const where = `${release.id} okta ${field}=${JSON.stringify(inputs[field]).slice(0, 80)}`;
        if (result.files.length === 0) {
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length, where).toBeGreaterThan(0);
          expect(errors.filter((d) => d.field !== field && d.field !== 'flow'), where).toEqual([]);
          return;
        }
        accepted++;
        const text = result.files[0]!.text;
        expect(text, where).not.toContain('Q8-x_y~z-not-in-okta-tf');
        if (field === 'clientSecret' && hostile.length >= 8) expect(text, where).not.toContain(hostile);
        const { json, formatted } = await readTerraform(text);
        expect(formatted, where).toBe(text);
        expect(validateTerraform(json), where).toEqual([]);
        const model = oktaModel(readInputs(inputs), release);
        const app = body(json, 'resource', 'okta_app_oauth', 'openmetadata')!;
        expect((app['redirect_uris'] as unknown[]).map(literal), where).toEqual(model.apps[0]!.redirectUris);
        expect((app['post_logout_redirect_uris'] as unknown[]).map(literal), where).toEqual(model.apps[0]!.postLogoutRedirectUris);
        const origin = body(json, 'resource', 'okta_trusted_origin', 'openmetadata');
        expect(origin ? literal(origin['origin']) : undefined, where).toBe(model.trustedOrigins[0]?.origin);
        const server = body(json, 'data', 'okta_auth_server', 'openmetadata');
        expect(server ? literal(server['name']) : undefined, where).toBe(model.authServer?.name);
        const scopes = body(json, 'resource', 'okta_app_oauth_api_scope', 'ingestion');
        expect(scopes ? literal(scopes['issuer']) : undefined, where).toBe(model.apps[1]?.apiScopes?.issuer);
      }),
      { seed: 2402, numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(60);
  }, 120_000);
});
