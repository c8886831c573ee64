/**
 * `fixFile` on broken files readers bring (tests/fixtures/broken/): the fixed file lints without
 * errors, keeps every line lint did not find wrong byte for byte, reads back (compose's env
 * reader, a YAML 1.1 reader) as the reader's values, and its diff applies with patch.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readInputs } from '../../src/inputs/index.ts';
import { unifiedDiff } from '../../src/lint/diff.ts';
import { parseEnvFile } from '../../src/lint/dotenv.ts';
import { fixFile, lintWithFixes, type FixResult } from '../../src/lint/fix/index.ts';
import { lintFile } from '../../src/lint/index.ts';
import { findRelease } from '../../src/releases/index.ts';
import type { LegacySettingId, ReleaseProfile, SettingId } from '../../src/releases/types.ts';
import { derive } from '../../src/inputs/index.ts';
import { legacyValues } from '../../src/targets/legacy-service-app.ts';
import { resolveSettings } from '../../src/settings/index.ts';
import { FIXTURES_DIR } from '../fixtures/cases.ts';

const BROKEN = join(FIXTURES_DIR, 'broken');
const work = mkdtempSync(join(tmpdir(), 'om-okta-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
  name: string;
  text: string;
  release: ReleaseProfile;
  reader: Record<string, unknown>;
  passInputs: boolean;
}

function loadCase(name: string): Case {
  const text = readFileSync(join(BROKEN, name), 'utf8');
  const header = (key: string) => new RegExp(`^# ${key}: (.+)$`, 'm').exec(text)?.[1]?.trim();
  return {
    name,
    text,
    release: findRelease(header('release')!)!,
    reader: JSON.parse(readFileSync(join(BROKEN, header('reader')!), 'utf8')) as Record<string, unknown>,
    passInputs: header('inputs') === 'yes',
  };
}

const CASES = readdirSync(BROKEN)
  .filter((f) => /\.(env|yaml)$/.test(f))
  .sort()
  .map(loadCase);

/** What a kind of file reads each setting as: env var, openmetadata.yaml path or Helm path. */
function nameOf(release: ReleaseProfile, kind: string, id: SettingId | LegacySettingId): string | undefined {
  const spec = release.settings[id as SettingId] ?? release.legacy?.settings[id as LegacySettingId];
  return kind === 'env' ? spec?.env : kind === 'helm-values' ? spec?.helm : spec?.yaml;
}

/** The value a setting reads back as from the fixed text, by the readers OpenMetadata uses. */
function readBack(text: string, kind: string, name: string): unknown {
  if (kind === 'env') {
    const entry = parseEnvFile(text).entries.filter((e) => e.name === name).pop();
    if (!entry) return undefined;
    // OpenMetadata pastes the env value into openmetadata.yaml, a YAML 1.1 document.
    return parseDocument(entry.value, { version: '1.1' }).toJS();
  }
  let node: unknown = parseDocument(text, { version: '1.1' }).toJS();
  for (const key of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** Lines that appear in `a` more often than in `b`. */
function linesMissing(a: string, b: string): string[] {
  const count = new Map<string, number>();
  for (const line of b.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of a.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n === 0) missing.push(line);
    else count.set(line, n - 1);
  }
  return missing;
}

function patchApplies(name: string, before: string, after: string): string {
  const dir = mkdtempSync(join(work, 'patch-'));
  writeFileSync(join(dir, name), before);
  writeFileSync(join(dir, 'fix.diff'), unifiedDiff(before, after, { from: name, to: name }));
  execFileSync('/usr/bin/patch', ['--quiet', '--batch', '--no-backup-if-mismatch', name, 'fix.diff'], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, name), 'utf8');
}

function fixCase(c: Case): FixResult {
  return fixFile(c.text, { release: c.release, filename: c.name, ...(c.passInputs ? { inputs: c.reader } : {}) });
}

describe('fixFile on broken files', () => {
  it('has a case per kind of file the fix reads', () => {
    const kinds = new Set(CASES.map((c) => lintFile(c.text, { release: c.release }).kind));
    expect([...kinds].sort()).toEqual(['env', 'helm-values', 'openmetadata-yaml', 'workflow']);
    expect(CASES.length).toBeGreaterThanOrEqual(8);
  });

  it('corrects a finding of every rule whose value the reader\'s values decide, in some case', () => {
    const corrected = new Set<string>();
    for (const c of CASES) {
      const result = fixCase(c);
      const left = new Set(result.remaining.map((d) => d.id));
      for (const d of lintFile(c.text, { release: c.release }).diagnostics) if (d.severity !== 'info' && !left.has(d.id)) corrected.add(d.id);
    }
    expect([...corrected].sort(), [...corrected].join(" ")).toEqual(
      ['OKTA-CONF-001', 'OKTA-ENV-001', 'OKTA-ENV-002', 'OKTA-HELM-001', 'OKTA-JWKS-001', 'OKTA-JWKS-002', 'OKTA-JWKS-003', 'OKTA-REDIR-002', 'OKTA-TPL-001', 'OKTA-URL-001', 'OKTA-WF-001'].sort(),
    );
  });

  describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = fixCase(c);
    const before = lintFile(c.text, { release: c.release });

    it('the original has errors; the fixed file has none, and changes something', () => {
      expect(before.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(result.changes.length).toBeGreaterThan(0);
      const after = lintFile(result.fixed, { release: c.release });
      expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.remaining.filter((d) => d.severity === 'error')).toEqual([]);
      expect(after.kind).toBe(before.kind);
    });

    it('keeps every line lint did not find wrong, byte for byte', () => {
      const wrongLines = new Set<string>();
      for (const d of before.diagnostics) if (d.line !== undefined && d.severity !== 'info') wrongLines.add(c.text.split('\n')[d.line - 1]!);
      // A list is one value: its items go with it when its key line is wrong.
      const lines = c.text.split('\n');
      for (const d of before.diagnostics) {
        if (d.line === undefined || d.severity === 'info') continue;
        const indent = /^\s*/.exec(lines[d.line - 1]!)![0].length;
        for (let i = d.line; i < lines.length && /^\s*- /.test(lines[i]!) && /^\s*/.exec(lines[i]!)![0].length >= indent; i++) wrongLines.add(lines[i]!);
      }
      const dropped = linesMissing(c.text, result.fixed).filter((line) => !wrongLines.has(line));
      expect(dropped).toEqual([]);
    });

    it("reads back as the reader's values", () => {
      const inputs = readInputs(c.reader);
      const expected = { ...resolveSettings(inputs, c.release), ...(c.release.legacy ? legacyValues(inputs, derive(inputs, c.release)) : {}) } as Record<string, unknown>;
      expect(result.changes.length).toBe(result.fixes.length);
      if (result.kind === 'workflow') {
        expected['workflowConfig.openMetadataServerConfig.hostPort'] = `${inputs.omUrl}/api`;
        expected['workflowConfig.openMetadataServerConfig.authProvider'] = 'openmetadata';
        expected['workflowConfig.openMetadataServerConfig.securityConfig.jwtToken'] = '${OPENMETADATA_JWT_TOKEN}';
      }
      for (const fix of result.fixes) {
        const name = result.kind === 'workflow' ? fix.setting : nameOf(c.release, result.kind, fix.setting as SettingId | LegacySettingId)!;
        const value = readBack(result.fixed, result.kind, name);
        if (fix.setting === 'oidcClientSecret' && result.kind === 'env') expect(value, name).toBeUndefined();
        // The order of key URLs does not matter to OpenMetadata: the fix keeps the file's.
        else if (fix.setting === 'publicKeyUrls') expect([...(value as string[])].sort(), name).toEqual([...(expected[fix.setting] as string[])].sort());
        else expect(value, name).toEqual(expected[fix.setting]);
      }
    });

    it('--diff applies with patch and gives the fixed text', () => {
      expect(patchApplies(c.name, c.text, result.fixed)).toBe(result.fixed);
    });

    it('each change names its key and line in the fixed text', () => {
      const fixedLines = result.fixed.split('\n');
      for (const change of result.changes) {
        expect(change.line).toBeGreaterThanOrEqual(1);
        const key = change.field.split('.').pop()!;
        const near = fixedLines.slice(Math.max(0, change.line - 2), change.line + 1).join('\n');
        expect(near, JSON.stringify(change)).toContain(key.startsWith('initialAdmins') || key === 'publicKeys' || key === 'publicKeyUrls' || key === 'adminPrincipals' ? '- ' : key);
      }
    });
  });
});

describe('the upstream examples, fixed with an inputs file', () => {
  it('Docker: every placeholder replaced with the reader\'s values, the secret pointed to, the compose leftovers rewritten', () => {
    const result = fixCase(loadCase('upstream-docker.env'));
    const body = result.fixed.split('\n').filter((l) => !l.startsWith('#') || l.startsWith('# OIDC_CLIENT_SECRET')).join('\n');
    expect(body).toBe(
      [
        'AUTHENTICATION_PROVIDER=okta',
        `AUTHENTICATION_PUBLIC_KEYS='["https://example.okta.com/oauth2/default/v1/keys","http://localhost:8585/api/v1/system/config/jwks"]'`,
        'AUTHENTICATION_AUTHORITY=https://example.okta.com/oauth2/default',
        'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
        'AUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback',
        'AUTHENTICATION_CLIENT_TYPE=confidential',
        'OIDC_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
        'OIDC_TYPE=okta',
        '# OIDC_CLIENT_SECRET is not written here: export it in the shell that runs docker compose.',
        'OIDC_DISCOVERY_URI=https://example.okta.com/oauth2/default/.well-known/openid-configuration',
        'OIDC_CALLBACK=http://localhost:8585/callback',
        'AUTHORIZER_ADMIN_PRINCIPALS=[admin]',
        'AUTHORIZER_PRINCIPAL_DOMAIN=open-metadata.org',
        'OIDC_SERVER_URL=http://localhost:8585',
        '',
      ].join('\n'),
    );
    expect(result.remaining.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.changes.find((c) => c.field === 'OIDC_CLIENT_SECRET')).not.toHaveProperty('before');
  });

  it('Kubernetes: values replaced in place, quoting and comments kept; enabled added inside oidcConfiguration', () => {
    const result = fixCase(loadCase('upstream-kubernetes-authcode.yaml'));
    const lines = result.fixed.split('\n');
    expect(lines).toContain('      clientId: "0oa1b2c3d4e5f6g7h8i9"                             # the Web app\'s client ID');
    expect(lines).toContain('      authority: "https://example.okta.com/oauth2/default"  ');
    // Each key URL replaces the placeholder it corrects, in the file's order.
    const keys = lines.indexOf('      publicKeys:');
    expect(lines.slice(keys + 1, keys + 3)).toEqual(['      - "http://localhost:8585/api/v1/system/config/jwks"', '      - "https://example.okta.com/oauth2/default/v1/keys"']);
    expect(lines).toContain('        discoveryUri: "https://example.okta.com/oauth2/default/.well-known/openid-configuration"      # the issuer\'s discovery document');
    expect(lines[lines.indexOf('        serverUrl: http://localhost:8585  ') + 1]).toBe('        enabled: true');
  });

  it('without inputs, placeholders the file cannot fill stay listed, and nothing is half-written', () => {
    const c = loadCase('upstream-kubernetes-implicit.yaml');
    const result = fixFile(c.text, { release: c.release });
    expect(result.fixed).toBe(c.text);
    expect(result.changes).toEqual([]);
    expect(result.remaining.filter((d) => d.id === 'OKTA-TPL-001').length).toBeGreaterThanOrEqual(3);
  });
});

describe('lintWithFixes', () => {
  it("says what to write, with the reader's values, in the file's syntax", () => {
    const c = loadCase('upstream-docker.env');
    const result = lintWithFixes(c.text, { release: c.release, inputs: c.reader });
    const authority = result.diagnostics.find((d) => d.field === 'AUTHENTICATION_AUTHORITY')!;
    expect(authority.message).toBe('AUTHENTICATION_AUTHORITY "{ISSUER_URL}" contains the placeholder text "ISSUER_URL", left from the documentation. Set `AUTHENTICATION_AUTHORITY=https://example.okta.com/oauth2/default`.');
    const secret = result.diagnostics.find((d) => d.field === 'OIDC_CLIENT_SECRET')!;
    expect(secret.message).toMatch(/Remove the line and export OIDC_CLIENT_SECRET in the shell that runs docker compose\.$/);
    const yaml = loadCase('upstream-kubernetes-authcode.yaml');
    const helm = lintWithFixes(yaml.text, { release: yaml.release, inputs: yaml.reader });
    const clientId = helm.diagnostics.find((d) => d.field === 'openmetadata.config.authentication.clientId')!;
    expect(clientId.message).toMatch(/Set `clientId: 0oa1b2c3d4e5f6g7h8i9` under openmetadata\.config\.authentication\.$/);
  });

  it('leaves the messages as lint wrote them when nothing can be fixed', () => {
    const c = loadCase('upstream-kubernetes-implicit.yaml');
    expect(lintWithFixes(c.text, { release: c.release }).diagnostics).toEqual(lintFile(c.text, { release: c.release }).diagnostics);
  });
});
