import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, readInputs } from '../../src/inputs/index.ts';
import { LINT_KINDS, lintFile, MAX_LINT_CHARS, type LintKind, type LintResult } from '../../src/lint/index.ts';
import { envSurface, yamlSurface } from '../../src/lint/surface.ts';
import { flowElements, flowListProblems } from '../../src/lint/values.ts';
import { findRelease, latestRelease, releases } from '../../src/releases/index.ts';
import type { ReleaseProfile, SettingId } from '../../src/releases/types.ts';
import { checkAll, docsFor, isRuleId, RULE_IDS, RULES, type RuleId } from '../../src/rules/index.ts';
import { legacyValues } from '../../src/targets/legacy-service-app.ts';
import { renderTarget } from '../../src/render/index.ts';
import { resolveSettings, type Settings } from '../../src/settings/index.ts';
import { targetsFor, type Target } from '../../src/targets/index.ts';
import { casesFor, FIXTURES_DIR, goldenDir, loadInputs, type InputCase } from '../fixtures/cases.ts';
import { REFERENCE } from './support/upstream.ts';

const RANK = { info: 0, warning: 1, error: 2 } as const;
const LINT_DIR = join(FIXTURES_DIR, 'lint');

/** Every finding is in the table, at no more than its severity, with its docs link. */
function expectWellFormed(result: LintResult): void {
  for (const d of result.diagnostics) {
    expect(isRuleId(d.id), d.id).toBe(true);
    const rule = RULES[d.id as RuleId];
    expect(RANK[d.severity], `${d.id} ${d.severity}`).toBeLessThanOrEqual(RANK[rule.severity]);
    expect(rule.stage.some((s) => s === 'file' || s === 'settings'), `${d.id} emitted by lint`).toBe(true);
    expect(d.docs).toBe(docsFor(d.id as RuleId, result.release));
    expect(d.message.length).toBeGreaterThan(20);
    if (d.line !== undefined) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    // lintFile turns an exception into this finding so that a reader never sees a stack trace;
    // a test that accepted it would pass while the linter throws.
    expect(d.message, 'the linter threw').not.toMatch(/^The file could not be linted \(/);
  }
}

// ---------------------------------------------------------------------------------------------
// Broken files: tests/fixtures/lint/<kind>/<name>, each with its expectations in its header.

interface Fixture {
  path: string;
  name: string;
  text: string;
  release?: ReleaseProfile;
  guess?: string;
  /** `# inputs: {json}`: the reader's values the file is compared with. */
  inputs?: Record<string, unknown>;
  kind: LintKind;
  expected: { id: string; severity: string; line?: number }[];
}

function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of readdirSync(LINT_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(LINT_DIR, dir.name)).sort()) {
      const path = join(LINT_DIR, dir.name, name);
      const text = readFileSync(path, 'utf8');
      const header = (key: string): string[] => [...text.matchAll(new RegExp(`^# ${key}: (.+)$`, 'gm'))].map((m) => m[1]!.trim());
      const releaseId = header('release')[0];
      const fixture: Fixture = {
        path,
        name: `${dir.name}/${name}`,
        text,
        kind: header('kind')[0] as LintKind,
        expected: header('expect').map((e) => {
          const [id, severity, line] = e.split(/\s+/);
          return { id: id!, severity: severity!, ...(line === '-' ? {} : { line: Number(line) }) };
        }),
      };
      if (releaseId) fixture.release = findRelease(releaseId);
      const guess = header('guess')[0];
      if (guess) fixture.guess = guess;
      const inputs = header('inputs')[0];
      if (inputs) fixture.inputs = JSON.parse(inputs) as Record<string, unknown>;
      expect(fixture.kind, `${fixture.name}: # kind`).toBeDefined();
      expect(dir.name === fixture.kind || (dir.name === 'unknown' && fixture.kind === 'unknown'), `${fixture.name} is in the folder of its kind`).toBe(true);
      out.push(fixture);
    }
  }
  return out;
}

const FIXTURES = loadFixtures();
const key = (d: { id: string; severity: string; line?: number }): string => `${d.line ?? '-'} ${d.id} ${d.severity}`;

describe('lint: broken files', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = lintFile(fixture.text, { ...(fixture.release ? { release: fixture.release } : {}), ...(fixture.inputs ? { inputs: fixture.inputs } : {}), filename: fixture.path });
    expect(result.kind).toBe(fixture.kind);
    if (fixture.release) expect(result.release).toBe(fixture.release);
    if (fixture.guess) expect(result.release.id).toBe(fixture.guess);
    expectWellFormed(result);
    const found = result.diagnostics.filter((d) => d.severity !== 'info').map(key).sort();
    const expected = fixture.expected.filter((e) => e.severity !== 'info').map(key).sort();
    expect(found, result.diagnostics.map((d) => `${key(d)}: ${d.message}`).join('\n')).toEqual(expected);
    for (const info of fixture.expected.filter((e) => e.severity === 'info')) {
      expect(result.diagnostics.map(key), key(info)).toContain(key(info));
    }
    // A finding about a key names that key as written (or, when it is missing, the key to add
    // under a block that is in the file), and has a line.
    for (const d of result.diagnostics) {
      if (d.field !== undefined && d.severity !== 'info' && fixture.kind !== 'unknown') {
        expect(d.line, `${d.id} ${d.field} has a line`).toBeDefined();
        const parts = d.field.split('.');
        const written = parts.length === 1 ? [parts[0]!] : parts.slice(-2);
        expect(written.some((part) => fixture.text.includes(part)), `${d.field} is written in the file`).toBe(true);
      }
    }
  });

  it('has a broken file for every file rule and every kind of file', () => {
    const ids = new Set(FIXTURES.flatMap((f) => f.expected.map((e) => e.id)));
    const fileRules = RULE_IDS.filter((id) => RULES[id].stage.includes('file' as never));
    for (const id of [...fileRules, 'OKTA-TPL-001', 'OKTA-HELM-001']) expect(ids, id).toContain(id);
    for (const kind of LINT_KINDS) expect(FIXTURES.some((f) => f.kind === kind), kind).toBe(true);
    for (const kind of LINT_KINDS.filter((k) => k !== 'unknown')) {
      const rules = new Set(FIXTURES.filter((f) => f.kind === kind).flatMap((f) => f.expected.map((e) => e.id)));
      expect(rules.size, `${kind}: several rules`).toBeGreaterThan(1);
    }
  });

  it('says what was meant: did-you-mean, the other surface\'s name, the block a key belongs to', () => {
    const messages = (name: string): string => {
      const f = FIXTURES.find((x) => x.name === name)!;
      return lintFile(f.text, { release: f.release!, filename: f.path }).diagnostics.map((d) => d.message).join('\n');
    };
    expect(messages('env/key-001-misspelled.env')).toContain('Did you mean AUTHENTICATION_CALLBACK_URL?');
    expect(messages('env/key-001-misspelled.env')).toContain('Rename it to AUTHENTICATION_CLIENT_ID');
    expect(messages('openmetadata-yaml/key-001-misspelled.yaml')).toContain('Did you mean principalDomain?');
    expect(messages('openmetadata-yaml/key-001-misspelled.yaml')).toContain('Rename it to adminPrincipals');
    expect(messages('openmetadata-yaml/key-001-misspelled.yaml')).toContain('belongs under authorizerConfiguration');
    expect(messages('helm-values/key-001-openmetadata-yaml-names.yaml')).toContain('Rename it to publicKeys');
    expect(messages('helm-values/key-001-openmetadata-yaml-names.yaml')).toContain('Rename it to initialAdmins');
    expect(messages('helm-values/key-001-legacy-org-url.yaml')).toContain('Rename it to orgUrl');
    expect(messages('env/env-001-public-keys-query.env')).toContain(`AUTHENTICATION_PUBLIC_KEYS='["https://dev-123456.okta.com/oauth2/default/v1/keys","http://localhost:8585/api/v1/system/config/jwks?test=123"]'`);
    expect(messages('env/env-002-upstream-docs.env')).toContain('Write it as OIDC_CALLBACK=http://localhost:8585/callback');
    expect(messages('helm-values/env-003-custom-params.yaml')).toContain("customParams: '{}'");
    expect(messages('env/key-001-other-release.env')).toMatch(/AUTHENTICATION_ENABLE_AUTO_REDIRECT is read by OpenMetadata 1\.11, 1\.12, 1\.13, 2\.0, not by OpenMetadata 1\.8/);
    expect(messages('env/key-001-other-release.env')).toMatch(/from 1\.8\.2 on/);
  });

  it('reads env values as docker compose does: " #" starts a comment, a # inside a value stays', () => {
    const result = lintFile('AUTHENTICATION_PROVIDER=okta # the provider\nOIDC_CLIENT_SECRET=abc#def\n', { release: latestRelease });
    expect(result.settings).toEqual({ provider: 'okta', oidcClientSecret: 'abc#def' });
  });

  it('never quotes a secret', () => {
    const secret = 'Zx9-verysecret-Q8';
    for (const text of [
      `OIDC_CLIENT_SECRET=${secret}: x\n`,
      `OIDC_CLIENT_SECRET: ${secret}\nAUTHENTICATION_PROVIDER=okta\n`,
      `OIDC_CLIENT_SECRET=\${X:-${secret}}\n`,
      `openmetadata:\n  config:\n    authentication:\n      clientType: confidential\n      oidcConfiguration:\n        clientSecret: ${secret}\n`,
      `OIDC_CLIENT_SECRET='"${secret}'\n`,
      `OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY={"kty":"RSA","d":"${secret}"}\n`,
      `authenticationConfiguration:\n  clientType: confidential\n  oidcConfiguration:\n    secret: " ${secret}"\n`,
    ]) {
      for (const release of releases) {
        const result = lintFile(text, { release });
        for (const d of result.diagnostics) expect(d.message, d.id).not.toContain(secret);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Good files: every golden lints clean for its release and kind.

const KIND_OF: Record<string, LintKind> = {
  'openmetadata-okta.env': 'env',
  'openmetadata.yaml': 'openmetadata-yaml',
  'values-okta.yaml': 'helm-values',
  'workflow-okta.yaml': 'workflow',
  'security-config.yaml': 'security-config',
  'security-config.json': 'security-config',
};

const goldens = releases.flatMap((release) =>
  targetsFor(release).flatMap((target) =>
    casesFor(release.id).flatMap((name) =>
      readdirSync(goldenDir(release.id, target, name))
        .filter((file) => file in KIND_OF)
        .map((file) => ({ release, target, name, file, path: join(goldenDir(release.id, target, name), file) })),
    ),
  ),
);

/** Warnings the guide itself gives for these inputs (the org server on 1.10+, OKTA-OMV-001): the file carries them too. */
function inputWarnings(release: ReleaseProfile, name: InputCase): string[] {
  return checkAll(loadInputs(name), release).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.id);
}

describe('lint: every golden file lints clean', () => {
  it('covers the four kinds for every release, and the stored configuration where the release has one', () => {
    for (const release of releases) {
      const kinds = new Set(goldens.filter((g) => g.release === release).map((g) => KIND_OF[g.file]));
      const stored = release.uiSsoConfig ? ['security-config'] : [];
      expect([...kinds].sort(), release.id).toEqual(['env', 'helm-values', 'openmetadata-yaml', ...stored, 'workflow']);
    }
  });

  it.each(goldens.map((g) => [`${g.release.id} ${g.target} ${g.name} ${g.file}`, g] as const))('%s', (_label, g) => {
    const text = readFileSync(g.path, 'utf8');
    const result = lintFile(text, { release: g.release, filename: g.file });
    expect(result.kind).toBe(KIND_OF[g.file]);
    expectWellFormed(result);
    const problems = result.diagnostics.filter((d) => d.severity !== 'info');
    const allowed = inputWarnings(g.release, g.name);
    expect(problems.filter((d) => d.severity === 'error' || !allowed.includes(d.id)), JSON.stringify(problems, null, 1)).toEqual([]);

    // Without --release: no error either, and a release of the same line is guessed.
    const guessed = lintFile(text, { filename: g.file });
    expect(guessed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(guessed.release.legacy !== undefined).toBe(g.release.legacy !== undefined);
    expect(guessed.diagnostics[0]).toMatchObject({ id: 'OKTA-LINT-004', severity: 'info' });
    expect(guessed.diagnostics[0]!.message).toContain(guessed.release.label);

    // The content decides the kind: the file name is only a hint.
    expect(lintFile(text, { release: g.release }).kind).toBe(KIND_OF[g.file]);
    // Windows line endings read the same.
    expect(lintFile(text.replaceAll('\n', '\r\n'), { release: g.release, filename: g.file }).diagnostics).toEqual(result.diagnostics);
  });
});

// ---------------------------------------------------------------------------------------------
// Round trips: render -> lint -> the settings resolveSettings computed from the same inputs.

/** The targets that configure OpenMetadata (the okta target writes Okta's side, which lint does not read). */
type OmTarget = Exclude<Target, 'okta'>;
const omTarget = (target: Target): target is OmTarget => target !== 'okta';

const MAIN_FILE: Record<OmTarget, string> = {
  docker: 'openmetadata-okta.env',
  'bare-metal': 'openmetadata.yaml',
  kubernetes: 'values-okta.yaml',
  ingestion: 'workflow-okta.yaml',
  ui: 'security-config.json',
};

/** Settings a renderer does not write (so lint cannot read them back); see src/targets/*.ts. */
const NOT_WRITTEN: Record<OmTarget, readonly SettingId[]> = {
  docker: ['providerName', 'jwtPrincipalClaims', 'enableSelfSignup', 'enableSecureSocketConnection'],
  'bare-metal': [],
  // Helm: the client id and secret are Secret references, not values.
  kubernetes: ['jwtPrincipalClaims', 'enableSelfSignup', 'enableSecureSocketConnection', 'oidcClientId', 'oidcClientSecret'],
  ingestion: [],
  ui: [],
};

function expectedSettings(target: OmTarget, name: InputCase, release: ReleaseProfile): Settings {
  const inputs = readInputs(loadInputs(name));
  const derived = derive(inputs, release);
  const resolved = resolveSettings(inputs, release, derived);
  if (target === 'ingestion') return {};
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(resolved)) {
    const spec = release.settings[id as SettingId]!;
    const path = target === 'docker' ? spec.env : target === 'kubernetes' ? spec.helm : spec.yaml;
    if (!path || NOT_WRITTEN[target].includes(id as SettingId)) continue;
    // 1.x docker leaves the authorizer classes at their defaults; the 0.12 file writes them.
    if (target === 'docker' && !release.legacy && (id === 'authorizerClassName' || id === 'containerRequestFilter')) continue;
    if (target === 'docker' && id === 'oidcClientSecret' && !inputs.inlineSecret) continue;
    out[id] = value;
  }
  // Helm: OpenMetadata's own keys through the in-cluster Service (FM-04).
  if (target === 'kubernetes' && out.publicKeyUrls) out.publicKeyUrls = [derived.oktaJwksUrl, `${release.helmServiceUrl}${release.omJwksPath}`];
  return out as Settings;
}

describe('lint: render -> lint gives back the settings', () => {
  const cases = releases.flatMap((release) => targetsFor(release).filter(omTarget).flatMap((target) => casesFor(release.id).map((name) => ({ release, target, name }))));
  it.each(cases.map((c) => [`${c.release.id} ${c.target} ${c.name}`, c] as const))('%s', (_label, { release, target, name }) => {
    const rendered = renderTarget({ release, target, inputs: loadInputs(name) });
    const file = rendered.files.find((f) => f.filename === MAIN_FILE[target])!;
    const result = lintFile(file.text, { release, filename: file.filename });
    expect(result.settings).toEqual(expectedSettings(target, name, release));
    if (release.legacy && target !== 'ingestion') {
      const inputs = readInputs(loadInputs(name));
      const values: Record<string, unknown> = { ...legacyValues(inputs, derive(inputs, release)) };
      if (target !== 'bare-metal') delete values.airflowOktaPrivateKey; // env: exported by the script; Helm: a Secret
      expect(result.legacySettings).toEqual(values);
    }
  });

  it('a hostile secret round-trips through the env file', () => {
    const inputs = { ...(loadInputs('custom-server-inline-secret') as object), clientSecret: `a"b\\c #d: e ]$f{g}` };
    const rendered = renderTarget({ release: latestRelease, target: 'docker', inputs });
    const env = rendered.files.find((f) => f.filename === 'openmetadata-okta.env')!;
    const result = lintFile(env.text, { release: latestRelease });
    expect(result.settings.oidcClientSecret).toBe(`a"b\\c #d: e ]$f{g}`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The names lint knows are the upstream ones.

describe('lint: known keys match the upstream schemas', () => {
  const readJson = (path: string) => JSON.parse(readFileSync(join(REFERENCE, path), 'utf8'));
  const keysOf = (release: ReleaseProfile, kind: 'openmetadata-yaml' | 'helm-values', block: string) => [...(yamlSurface(release, kind).blocks.get(block)?.keys() ?? [])].sort();

  it.each(releases.filter((r) => r.helmChart).map((r) => [r.id, r] as const))('Helm %s: exactly the chart values schema', (_id, release) => {
    const config = readJson(`helm/openmetadata-${release.helmChart!.version}/values.schema.json`).properties.openmetadata.properties.config.properties;
    const auth = config.authentication.properties;
    expect(keysOf(release, 'helm-values', 'openmetadata.config.authentication')).toEqual(Object.keys(auth).sort());
    expect(keysOf(release, 'helm-values', 'openmetadata.config.authorizer')).toEqual(Object.keys(config.authorizer.properties).sort());
    expect(keysOf(release, 'helm-values', 'openmetadata.config.authentication.oidcConfiguration')).toEqual(Object.keys(auth.oidcConfiguration.properties).sort());
    for (const ref of ['clientId', 'clientSecret']) {
      expect(keysOf(release, 'helm-values', `openmetadata.config.authentication.oidcConfiguration.${ref}`)).toEqual(Object.keys(auth.oidcConfiguration.properties[ref].properties).sort());
    }
  });

  // The server schemas in reference/upstream are main-branch snapshots of the 1.12 era; 2.0 adds what
  // its upgrade notes list (src/releases/v2-0.ts), on top of 1.13's, which are 1.12's.
  it.each([
    ['1.12', [] as string[]],
    ['1.13', []],
    ['2.0', ['additionalTrustedRedirectUris', 'maxActiveSessionsPerUser', 'sessionExpiry']],
  ])('openmetadata.yaml %s: the server schemas, plus the keys the profiles add', (id, addedIn) => {
    const release = findRelease(id)!;
    const schema = (name: string): string[] => Object.keys(readJson(`openmetadata-spec/${name}.json`).properties).sort();
    const extra = (block: string, schemaKeys: string[]) => keysOf(release, 'openmetadata-yaml', block).filter((k) => !schemaKeys.includes(k));
    for (const [block, file, added] of [
      ['authenticationConfiguration', 'authenticationConfiguration', ['enableAutoRedirect', 'forceSecureSessionCookie', ...addedIn].sort()],
      ['authorizerConfiguration', 'authorizerConfiguration', ['defaultOAuthRole']],
      ['authenticationConfiguration.oidcConfiguration', 'oidcClientConfig', []],
    ] as const) {
      const keys = schema(file);
      expect(keysOf(release, 'openmetadata-yaml', block), block).toEqual(expect.arrayContaining(keys));
      expect(extra(block, keys), block).toEqual([...added]);
    }
  });

  it('env names come from the profiles, and every profile name is known', () => {
    for (const release of releases) {
      const names = envSurface(release).names;
      for (const spec of Object.values(release.settings)) if (spec?.env) expect(names.has(spec.env), spec.env).toBe(true);
      for (const spec of Object.values(release.legacy?.settings ?? {})) if (spec.env) expect(names.has(spec.env), spec.env).toBe(true);
    }
    expect(envSurface(findRelease('1.10')!).names.has('AUTHENTICATION_ENABLE_AUTO_REDIRECT')).toBe(false);
    expect(envSurface(findRelease('1.11')!).names.has('AUTHENTICATION_ENABLE_AUTO_REDIRECT')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Never throws.

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('lint: any text', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['only comments', '# a\n# b\n'],
    ['binary', '\u0000\u0001\u0002PNG\u0000'.repeat(100)],
    ['not UTF-8', '\ufffd\ufffd\ufffd'.repeat(1000)],
    ['5 MB', 'A=1\n'.repeat(1_300_000)],
    ['YAML bomb', ['authenticationConfiguration:', '  a: &a [x, x, x, x, x, x, x, x, x, x]', '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', '  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', '  e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n')],
    ['alias as a value', 'authenticationConfiguration:\n  provider: &p okta\n  providerName: *p\n  authority: *p\n'],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['deep map', Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')],
    ['multi-document', 'authenticationConfiguration: {}\n---\nauthorizerConfiguration: {}\n'],
    ['complex keys', '? [a, b]\n: c\nauthenticationConfiguration:\n  ? {x: y}\n  : z\n  1: 2\n  null: 3\n'],
    ['wrong shapes', 'authenticationConfiguration: [a, b]\nauthorizerConfiguration: text\n'],
    ['helm wrong shapes', 'openmetadata:\n  config:\n    authentication:\n      oidcConfiguration: [x]\n      publicKeys: {a: b}\n      clientType: [confidential]\n'],
    ['workflow wrong shapes', 'workflowConfig:\n  openMetadataServerConfig:\n    securityConfig: [a]\n    authProvider: {x: y}\n    hostPort: [1]\n'],
    ['env weird', 'export\n=\n==\nA=\'\nB="\\\nC=${\nD=$\u0000'.replace('\u0000', '')],
    ['long line', `AUTHENTICATION_PUBLIC_KEYS=[${'"https://x/",'.repeat(20_000)}]`],
    ['prototype keys', 'authenticationConfiguration:\n  __proto__: {polluted: true}\n  constructor: x\nAUTHENTICATION_PROVIDER=okta\n'],
  ];

  it.each(hostile)('%s', (_name, text) => {
    for (const release of [undefined, latestRelease, findRelease('0.12')!]) {
      const result = lintFile(text, release ? { release } : {});
      expect(LINT_KINDS).toContain(result.kind);
      expectWellFormed(result);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Guessing the release lints a 240 KB line once per release: a bound for a busy machine, not a timing check.
  }, 30_000);

  it('refuses more than 1 MB with a clear error, and says why for binary input', () => {
    const big = lintFile('A=1\n'.repeat(MAX_LINT_CHARS / 4 + 1));
    expect(big.diagnostics).toEqual([expect.objectContaining({ id: 'OKTA-LINT-001', severity: 'error', message: expect.stringMatching(/up to 1 MB/) })]);
    const binary = lintFile('\u0000ELF');
    expect(binary.diagnostics[0]!.message).toMatch(/binary/);
    const bomb = lintFile(hostile.find(([n]) => n === 'YAML bomb')![1]);
    expect(bomb.diagnostics[0]!.message).toMatch(/alias/);
  });

  it('random bytes, shuffled lines of real files and random env lines never throw', () => {
    const random = seeded(42);
    const corpus = goldens.map((g) => readFileSync(g.path, 'utf8')).concat(FIXTURES.map((f) => f.text));
    const alphabet = 'AZaz09_=:-#\'"[]{},.$\\ \t\n/?&*!|>@`%';
    for (let i = 0; i < 300; i++) {
      let text: string;
      if (i % 3 === 0) {
        text = Array.from({ length: Math.floor(random() * 400) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      } else {
        const source = corpus[Math.floor(random() * corpus.length)]!.split('\n');
        text = Array.from({ length: source.length }, () => {
          const line = source[Math.floor(random() * source.length)]!;
          const cut = Math.floor(random() * (line.length + 1));
          return random() < 0.2 ? line.slice(0, cut) : line;
        }).join('\n');
      }
      const result = lintFile(text, random() < 0.5 ? {} : { release: releases[Math.floor(random() * releases.length)]! });
      expectWellFormed(result);
    }
  });
});

describe('flow lists in env values', () => {
  it('splits at top-level commas only, outside quotes (with escapes) and nested brackets', () => {
    expect(flowElements(`[a, "b,c", 'd', [x, y], "q\\"z,w"]`)).toEqual(['a', 'b,c', 'd', '[x, y]', 'q\\"z,w']);
  });

  it('names brackets or quotes that do not close, in order', () => {
    expect(flowListProblems('[a, "b]')).toEqual(['has unbalanced brackets or quotes']);
    expect(flowListProblems('[a]], [[b]')).toEqual(['has unbalanced brackets or quotes']);
    expect(flowListProblems('[[a], b]')).not.toContain('has unbalanced brackets or quotes');
    expect(flowListProblems('[a,, b]')).toEqual(['has an empty element (two commas in a row, or a comma at an end)']);
  });
});
