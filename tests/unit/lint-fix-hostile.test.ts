/**
 * `fixFile` on files written in every way readers write them: CRLF, tabs, comments on the value
 * line, quoted values, flow sequences, anchors, no last line break, duplicate keys. It never
 * corrupts a file: what it writes reads back, what it cannot write safely it leaves as it was,
 * listed with its finding.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { unifiedDiff } from '../../src/lint/diff.ts';
import { parseEnvFile } from '../../src/lint/dotenv.ts';
import { fixFile } from '../../src/lint/fix/index.ts';
import { findRelease } from '../../src/releases/index.ts';

const release = findRelease('1.12')!;
const inputs = {
  omUrl: 'https://om.example.com',
  flow: 'implicit',
  oktaDomain: 'acme.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'example.com',
  adminPrincipals: ['jane.doe'],
};
const ISSUER = 'https://acme.okta.com/oauth2/default';
const fix = (text: string, options: { filename?: string } = {}) => fixFile(text, { release, inputs, ...options });

const work = mkdtempSync(join(tmpdir(), 'om-okta-fix-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function patched(before: string, after: string): string {
  const dir = mkdtempSync(join(work, 'p-'));
  writeFileSync(join(dir, 'file'), before);
  writeFileSync(join(dir, 'fix.diff'), unifiedDiff(before, after, { from: 'file', to: 'file' }));
  execFileSync('/usr/bin/patch', ['--quiet', '--batch', '--no-backup-if-mismatch', 'file', 'fix.diff'], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, 'file'), 'utf8');
}

const envValue = (text: string, name: string) => parseEnvFile(text).entries.filter((e) => e.name === name).pop()?.value;
const yamlValue = (text: string, path: string) => {
  let node: unknown = parseDocument(text, { version: '1.1' }).toJS();
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
};
const errors = (result: ReturnType<typeof fix>) => result.remaining.filter((d) => d.severity === 'error');

describe('env files', () => {
  it('CRLF: every line keeps its CRLF, added lines get one too, and the diff applies', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\r\nAUTHENTICATION_AUTHORITY={ISSUER_URL}\r\nAUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\r\n';
    const result = fix(text);
    expect(result.fixed.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(result.fixed.startsWith('AUTHENTICATION_PROVIDER=okta\r\nAUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default\r\nAUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\r\n')).toBe(true);
    expect(result.fixed.endsWith('\r\n')).toBe(true);
    expect(envValue(result.fixed, 'AUTHENTICATION_CALLBACK_URL')).toBe('https://om.example.com/callback');
    expect(errors(result)).toEqual([]);
    expect(patched(text, result.fixed)).toBe(result.fixed);
  });

  it('comments on the value line, export, tabs and quotes: kept where the value is right, the comment kept where it is not', () => {
    const text = [
      'export AUTHENTICATION_PROVIDER=okta',
      "AUTHENTICATION_AUTHORITY='{ISSUER_URL}'   # the issuer",
      'AUTHENTICATION_CLIENT_ID="0oa1b2c3d4e5f6g7h8i9"\t# from the app',
      '\tAUTHENTICATION_CALLBACK_URL=https://om.example.com/callback # ok',
      'AUTHORIZER_PRINCIPAL_DOMAIN=example.com',
    ].join('\n');
    const result = fix(text);
    const lines = result.fixed.split('\n');
    expect(lines[0]).toBe('export AUTHENTICATION_PROVIDER=okta');
    expect(lines[1]).toBe(`AUTHENTICATION_AUTHORITY=${ISSUER}   # the issuer`);
    expect(lines[2]).toBe('AUTHENTICATION_CLIENT_ID="0oa1b2c3d4e5f6g7h8i9"\t# from the app');
    expect(lines[3]).toBe('\tAUTHENTICATION_CALLBACK_URL=https://om.example.com/callback # ok');
    expect(envValue(result.fixed, 'AUTHENTICATION_AUTHORITY')).toBe(ISSUER);
    expect(errors(result)).toEqual([]);
    expect(patched(text, result.fixed)).toBe(result.fixed);
  });

  it('no line break at the end: still none after the lines it adds', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_AUTHORITY={ISSUER_URL}';
    const result = fix(text);
    expect(result.fixed.endsWith('\n')).toBe(false);
    expect(result.fixed.startsWith(`AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_AUTHORITY=${ISSUER}\n`)).toBe(true);
    expect(envValue(result.fixed, 'AUTHENTICATION_CLIENT_ID')).toBe(inputs.clientId);
    expect(patched(text, result.fixed)).toBe(result.fixed);
  });

  it('a variable set twice: the line compose uses is fixed, the other stays and is still reported', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_AUTHORITY=https://old.okta.com\nAUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\nAUTHENTICATION_AUTHORITY={ISSUER_URL}\n';
    const result = fix(text);
    const lines = result.fixed.split('\n');
    expect(lines[1]).toBe('AUTHENTICATION_AUTHORITY=https://old.okta.com');
    expect(lines[3]).toBe(`AUTHENTICATION_AUTHORITY=${ISSUER}`);
    expect(result.remaining.some((d) => d.id === 'OKTA-ENV-002' && /set on line 2 and again on line 4/.test(d.message))).toBe(true);
  });

  it('never writes the client secret, not even one from the inputs', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_CLIENT_TYPE=confidential\nAUTHENTICATION_AUTHORITY={ISSUER_URL}\nOIDC_CLIENT_SECRET={Client Secret}\n';
    const result = fixFile(text, { release, inputs: { ...inputs, flow: 'authcode', clientSecret: 'sup3r-s3cret-value', inlineSecret: true } });
    expect(result.fixed).not.toContain('sup3r-s3cret-value');
    expect(JSON.stringify(result)).not.toContain('sup3r-s3cret-value');
    expect(result.fixed).toContain('# OIDC_CLIENT_SECRET is not written here');
  });
});

describe('YAML', () => {
  it('CRLF, a tab before a comment, no line break at the end: keys added with CRLF inside their block', () => {
    const text = 'authenticationConfiguration:\r\n  provider: okta\r\n  authority: "{ISSUER_URL}"\t# issuer\r\n  clientId: 0oa1b2c3d4e5f6g7h8i9';
    const result = fix(text);
    expect(result.fixed.replaceAll('\r\n', '').includes('\n')).toBe(false);
    expect(result.fixed).toContain(`  authority: "${ISSUER}"\t# issuer\r\n`);
    expect(result.fixed.endsWith('\n')).toBe(false);
    expect(yamlValue(result.fixed, 'authenticationConfiguration.callbackUrl')).toBe('https://om.example.com/callback');
    expect(yamlValue(result.fixed, 'authorizerConfiguration.adminPrincipals')).toEqual(['jane.doe']);
    expect(errors(result)).toEqual([]);
    expect(patched(text, result.fixed)).toBe(result.fixed);
  });

  it('a flow sequence stays a flow sequence', () => {
    const text = 'authenticationConfiguration:\n  provider: okta\n  authority: https://acme.okta.com/oauth2/default\n  clientId: 0oa1b2c3d4e5f6g7h8i9\n  callbackUrl: https://om.example.com/callback\n  publicKeyUrls: [https://acme.okta.com/oauth2/default/v1/keys, "https://om.example.com/api/v1/sytem/config/jwks"]  # both\n';
    const result = fix(text);
    expect(result.fixed.split('\n')[5]).toBe('  publicKeyUrls: [https://acme.okta.com/oauth2/default/v1/keys, https://om.example.com/api/v1/system/config/jwks]  # both');
    expect(errors(result)).toEqual([]);
  });

  it('an anchored value others use is left as it was, listed; an alias is replaced by the value', () => {
    const text = [
      'authenticationConfiguration:',
      '  provider: okta',
      '  authority: &issuer "{ISSUER_URL}"',
      '  clientId: 0oa1b2c3d4e5f6g7h8i9',
      '  callbackUrl: https://om.example.com/callback',
      'x-copy:',
      '  issuer: *issuer',
      '',
    ].join('\n');
    const result = fix(text);
    expect(result.fixed.split('\n')[2]).toBe('  authority: &issuer "{ISSUER_URL}"');
    expect(result.remaining.some((d) => d.id === 'OKTA-TPL-001' && d.line === 3)).toBe(true);
    expect(parseDocument(result.fixed).errors).toEqual([]);

    const alias = 'x-ids:\n  cid: &cid "{Client ID}"\nauthenticationConfiguration:\n  provider: okta\n  authority: https://acme.okta.com/oauth2/default\n  clientId: *cid\n  callbackUrl: https://om.example.com/callback\n';
    const aliased = fix(alias);
    expect(aliased.fixed.split('\n')[5]).toBe('  clientId: 0oa1b2c3d4e5f6g7h8i9');
    expect(aliased.fixed.split('\n')[1]).toBe('  cid: &cid "{Client ID}"');
  });

  it('a key written twice is not touched: both lines stay, and the finding stays', () => {
    const text = 'authenticationConfiguration:\n  provider: okta\n  authority: "{ISSUER_URL}"\n  clientId: 0oa1b2c3d4e5f6g7h8i9\n  authority: https://other.okta.com\n';
    const result = fix(text);
    expect(result.fixed.split('\n').slice(0, 5)).toEqual(text.split('\n').slice(0, 5));
    expect(result.remaining.some((d) => /appears twice/.test(d.message))).toBe(true);
  });

  it('a block scalar is left for the reader', () => {
    const text = 'authenticationConfiguration:\n  provider: okta\n  authority: |\n    {ISSUER_URL}\n  clientId: 0oa1b2c3d4e5f6g7h8i9\n';
    const result = fix(text);
    expect(result.fixed.split('\n').slice(0, 5)).toEqual(text.split('\n').slice(0, 5));
    expect(result.remaining.some((d) => d.id === 'OKTA-TPL-001')).toBe(true);
  });

  it('an empty key gets its value after the colon; a missing block is created at the file\'s indentation', () => {
    const text = 'openmetadata:\n    config:\n        authentication:\n            provider: okta\n            authority:\n            clientId: 0oa1b2c3d4e5f6g7h8i9\n';
    const result = fix(text);
    const lines = result.fixed.split('\n');
    expect(lines[4]).toBe(`            authority: ${ISSUER}`);
    expect(lines).toContain('        authorizer:');
    expect(lines).toContain('            principalDomain: example.com');
    expect(yamlValue(result.fixed, 'openmetadata.config.authorizer.initialAdmins')).toEqual(['jane.doe']);
    expect(errors(result)).toEqual([]);
  });
});

describe('what the fix does not touch', () => {
  it.each([
    ['a workflow with its bot token written in it', 'workflowConfig:\n  openMetadataServerConfig:\n    hostPort: https://om.example.com/api\n    authProvider: openmetadata\n    securityConfig:\n      jwtToken: eyJhbGciOiJSUzI1NiJ9x.eyJzdWIiOiJpbmdlc3Rpb24tYm90In0.c2lnbmF0dXJlX3g\n'],
    ['a workflow whose securityConfig is a flow map', 'workflowConfig:\n  openMetadataServerConfig:\n    hostPort: https://om.example.com/api\n    authProvider: openmetadata\n    securityConfig: {}\n'],
    ['invalid YAML', 'authenticationConfiguration:\n  authority: "{ISSUER_URL}\n  clientId: [\n'],
    ['a file that is no configuration', 'hello world\n'],
    ['an empty file', ''],
  ])('%s stays as it was, its findings listed', (_name, text) => {
    const result = fix(text);
    expect(result.fixed).toBe(text);
    expect(result.changes).toEqual([]);
    if (text !== '') expect(result.remaining.length).toBeGreaterThan(0);
  });
});

describe('hostile inputs', () => {
  it('values no file can hold, or an object that throws, leave the file as it was', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_AUTHORITY={ISSUER_URL}\n';
    const odd = fixFile(text, { release, inputs: { ...inputs, oktaDomain: "acme.okta.com'\n#", clientId: '${HOME}' } });
    expect(odd.fixed.split('\n')[1]).toBe('AUTHENTICATION_AUTHORITY={ISSUER_URL}');
    expect(odd.remaining.some((d) => d.id === 'OKTA-TPL-001')).toBe(true);
    const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });
    const result = fixFile(text, { release, inputs: throwing as Record<string, unknown> });
    expect(result.fixed).toBe(text);
    expect(result.remaining.length).toBeGreaterThan(0);
  });
});

describe('unifiedDiff', () => {
  it.each([
    ['one line changed', 'a\nb\nc\n', 'a\nB\nc\n'],
    ['a line added at an end without a line break', 'a\nb\nc', 'a\nb\nc\nd'],
    ['CRLF', 'a\r\nb\r\nc\r\n', 'a\r\nx\r\nb\r\nc\r\n'],
    ['from empty', '', 'x\n'],
    ['to empty', 'x\n', ''],
    ['the last line without a break changed', 'a\nb', 'a\nc'],
    ['two hunks', '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n', '0\n1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16'],
  ])('%s: patch applies it', (_name, before, after) => {
    expect(patched(before, after)).toBe(after);
  });

  it('writes the headers, hunk ranges and the no-newline marker as diff -u does', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nb\nc', { from: 'x.env', to: 'x.env' })).toBe('--- x.env\n+++ x.env\n@@ -1,3 +1,3 @@\n a\n b\n-c\n+c\n\\ No newline at end of file\n');
    expect(unifiedDiff('same\n', 'same\n', { from: 'a', to: 'b' })).toBe('');
    expect(unifiedDiff('1\n2\n3\n4\n5\n', '1\n2\n3\n4\n5\n6\n', { from: 'a', to: 'b', context: 1 })).toBe('--- a\n+++ b\n@@ -5 +5,2 @@\n 5\n+6\n');
  });
});

describe("values the file holds that lint finds wrong against the reader's", () => {
  it("give way to the reader's values: a callback left at localhost, another principal domain", () => {
    const text = [
      'AUTHENTICATION_PROVIDER=okta',
      `AUTHENTICATION_AUTHORITY=${ISSUER}`,
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'AUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback',
      `AUTHENTICATION_PUBLIC_KEYS='["${ISSUER}/v1/keys","http://localhost:8585/api/v1/system/config/jwks"]'`,
      "AUTHORIZER_ADMIN_PRINCIPALS='[\"jane.doe\"]'",
      'AUTHORIZER_PRINCIPAL_DOMAIN=other.com',
      '',
    ].join('\n');
    const result = fix(text);
    const lines = result.fixed.split('\n');
    expect(lines[3]).toBe('AUTHENTICATION_CALLBACK_URL=https://om.example.com/callback');
    expect(lines[6]).toBe('AUTHORIZER_PRINCIPAL_DOMAIN=example.com');
    // OpenMetadata may fetch its own keys inside the cluster: that line had no finding and stays.
    expect(lines[4]).toBe(text.split('\n')[4]);
    expect(result.remaining.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
