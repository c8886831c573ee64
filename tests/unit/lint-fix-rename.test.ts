/**
 * `om-okta lint --fix` on a misspelled key lint names the right one for ("Did you mean
 * principalDomain?"): the key is renamed in place and keeps its value, so the fixed file lints
 * clean with the reader's own domain under principalDomain; in env files, openmetadata.yaml and
 * Helm values alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { runCliCaptured as run } from './support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'om-okta-fix-rename-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const READER = join(work, 'inputs.json');
writeFileSync(
  READER,
  JSON.stringify({
    omUrl: 'http://localhost:8585',
    flow: 'implicit',
    oktaDomain: 'dev-123456.okta.com',
    authServer: 'default',
    clientId: '0oa1b2c3d4e5f6g7h8i9',
    principalDomain: 'acme.example',
    adminPrincipals: ['jane.doe'],
  }),
);

const ISSUER = 'https://dev-123456.okta.com/oauth2/default';
const FILES = [
  {
    name: 'openmetadata-okta.env',
    text: [
      'AUTHENTICATION_PROVIDER=okta',
      `AUTHENTICATION_PUBLIC_KEYS=[${ISSUER}/v1/keys,http://localhost:8585/api/v1/system/config/jwks]`,
      `AUTHENTICATION_AUTHORITY=${ISSUER}`,
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'AUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback',
      'AUTHORIZER_ADMIN_PRINCIPALS=[jane.doe]',
      'AUTHORIZER_PRINICIPAL_DOMAIN=acme.example # our domain',
      '',
    ].join('\n'),
    wrong: 'AUTHORIZER_PRINICIPAL_DOMAIN',
    right: 'AUTHORIZER_PRINCIPAL_DOMAIN=acme.example # our domain',
  },
  {
    name: 'openmetadata.yaml',
    text: [
      'authenticationConfiguration:',
      '  provider: okta',
      '  publicKeyUrls:',
      `    - ${ISSUER}/v1/keys`,
      '    - http://localhost:8585/api/v1/system/config/jwks',
      `  authority: ${ISSUER}`,
      '  clientId: 0oa1b2c3d4e5f6g7h8i9',
      '  callbackUrl: http://localhost:8585/callback',
      'authorizerConfiguration:',
      '  adminPrincipals: [jane.doe]',
      '  prinicipalDomain: "acme.example" # our domain',
      '',
    ].join('\n'),
    wrong: 'prinicipalDomain',
    right: '  principalDomain: "acme.example" # our domain',
  },
  {
    name: 'values.yaml',
    text: [
      'openmetadata:',
      '  config:',
      '    authorizer:',
      '      initialAdmins: [jane.doe]',
      '      prinicipalDomain: acme.example',
      '    authentication:',
      '      provider: okta',
      '      publicKeys:',
      `        - ${ISSUER}/v1/keys`,
      '        - http://openmetadata:8585/api/v1/system/config/jwks',
      `      authority: ${ISSUER}`,
      '      clientId: 0oa1b2c3d4e5f6g7h8i9',
      '      callbackUrl: http://localhost:8585/callback',
      '',
    ].join('\n'),
    wrong: 'prinicipalDomain',
    right: '      principalDomain: acme.example',
  },
];

describe.each(FILES.map((f) => [f.name, f] as const))('lint --fix renames a misspelled key: %s', (name, file) => {
  const path = join(work, name);
  writeFileSync(path, file.text);

  it('lint names the one key it meant', async () => {
    const { code, stdout, stderr } = await run(['lint', path, '--release', '2.0']);
    expect(code).toBe(EXIT.diagnosticError);
    expect(`${stdout}${stderr}`).toMatch(/error OKTA-KEY-001: .*Did you mean (AUTHORIZER_PRINCIPAL_DOMAIN|principalDomain)\?/);
  });

  it.each([
    ['with the reader\'s values', ['--inputs', READER]],
    ['from the file alone', []],
  ])('%s: renames the key, keeps its value, and the fixed file lints clean', async (_label, extra) => {
    const fixed = await run(['lint', path, '--release', '2.0', '--fix', ...extra]);
    expect(fixed.stderr).toBe(`${path}: 1 change(s); 0 error(s), 0 warning(s) left (${name.endsWith('.env') ? 'env' : name === 'values.yaml' ? 'helm-values' : 'openmetadata-yaml'}, OpenMetadata 2.0)\n`);
    expect(fixed.code).toBe(EXIT.ok);
    expect(fixed.stdout).not.toContain(file.wrong);
    expect(fixed.stdout.split('\n')).toContain(file.right);
    // Renamed, not added a second time; every other line as written.
    expect(fixed.stdout.split('\n').filter((l) => /principalDomain|PRINCIPAL_DOMAIN/.test(l))).toHaveLength(1);
    expect(fixed.stdout.split('\n').filter((l, i) => l !== file.text.split('\n')[i])).toEqual([file.right]);
    const again = join(work, `fixed-${name}`);
    writeFileSync(again, fixed.stdout);
    const relint = await run(['lint', again, '--release', '2.0', ...extra]);
    expect(relint.code).toBe(EXIT.ok);
    expect(`${relint.stdout}${relint.stderr}`).not.toMatch(/: (error|warning) OKTA-/);
  });

  it('says what it renamed in the JSON changes', async () => {
    const { stdout } = await run(['lint', path, '--release', '2.0', '--fix', '--format', 'json']);
    const changes = (JSON.parse(stdout) as { changes: { field: string; before?: string; after: string }[] }).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before).toBe(file.wrong);
    expect(changes[0]!.after).toBe(name.endsWith('.env') ? 'AUTHORIZER_PRINCIPAL_DOMAIN' : 'principalDomain');
  });
});

describe('lint --fix leaves a misspelled key alone when the key it meant is there already', () => {
  it('keeps both lines: which value is meant is the reader\'s call', async () => {
    const path = join(work, 'both.yaml');
    writeFileSync(path, FILES[1]!.text.replace('authorizerConfiguration:\n', 'authorizerConfiguration:\n  principalDomain: acme.example\n'));
    const { code, stdout, stderr } = await run(['lint', path, '--release', '2.0', '--fix']);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toContain('  prinicipalDomain: "acme.example" # our domain');
    expect(stderr).toMatch(/error OKTA-KEY-001: .*prinicipalDomain/);
  });
});
