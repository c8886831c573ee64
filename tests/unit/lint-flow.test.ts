/**
 * Issue 22: a file whose settings belong to two flows (OKTA-FLOW-001), a file whose flow is not
 * the reader's (OKTA-FLOW-002), --fix writing what a finding names, "Use these values" not taking
 * the OpenMetadata URL from a wrong callback, and keys named as the file writes them. Through the
 * real readers: lintFile, fixFile, inputsFromLint and the om-okta command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { fixFile } from '../../src/lint/fix/index.ts';
import { lintFile } from '../../src/lint/index.ts';
import { inputsFromLint } from '../../src/lint/to-inputs.ts';
import { findRelease } from '../../src/releases/index.ts';
import { runCliCaptured as run } from './support/cli.ts';

const release = findRelease('1.13')!;
const HELM_PATH = join(import.meta.dirname, '../fixtures/lint/helm-values/flow-001-public-with-confidential-block.yaml');
const HELM = readFileSync(HELM_PATH, 'utf8');
/** The reader's values: the auth code flow, an Okta Web Application. */
const AUTHCODE = {
  omUrl: 'https://openmetadata.example.com',
  flow: 'authcode',
  oktaDomain: 'dev-123456.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'example.com',
  adminPrincipals: ['alice', 'bob'],
};

const findings = (text: string, inputs?: Record<string, unknown>, filename?: string) =>
  lintFile(text, { release, ...(inputs ? { inputs } : {}), ...(filename ? { filename } : {}) }).diagnostics.filter((d) => d.severity !== 'info');
const auth = (text: string): Record<string, Record<string, unknown>> => {
  const doc = parseDocument(text).toJS() as { openmetadata: { config: Record<string, Record<string, unknown>> } };
  return doc.openmetadata.config;
};

describe('a Helm values file with a public client and an oidcConfiguration block', () => {
  it('with the auth code flow in the reader\'s values: an error naming the conflict, and one for the other flow', () => {
    const found = findings(HELM, AUTHCODE);
    const conflict = found.find((d) => d.id === 'OKTA-FLOW-001');
    expect(conflict).toMatchObject({ severity: 'error', field: 'openmetadata.config.authentication.clientType', line: 15 });
    // Both sides, as the file writes them, and what the chart does with them.
    expect(conflict!.message).toContain('openmetadata.config.authentication.clientType is public');
    expect(conflict!.message).toContain('clientSecret, discoveryUri and callbackUrl under openmetadata.config.authentication.oidcConfiguration');
    expect(conflict!.message).toContain('so it ignores them');
    expect(conflict!.message).toContain('Your values say the auth code flow');
    expect(found.find((d) => d.id === 'OKTA-FLOW-002')).toMatchObject({ severity: 'error', line: 15 });
  });

  it('--fix resolves it towards the auth code flow, and the result lints clean with the same values', () => {
    const result = fixFile(HELM, { release, inputs: AUTHCODE });
    expect(result.failure).toBeUndefined();
    const config = auth(result.fixed);
    const authentication = config['authentication'] as Record<string, unknown>;
    const oidc = authentication['oidcConfiguration'] as Record<string, unknown>;
    expect(authentication['clientType']).toBe('confidential');
    expect(oidc['enabled']).toBe(true);
    expect(authentication['callbackUrl']).toBe('https://openmetadata.example.com/callback');
    expect(oidc['callbackUrl']).toBe('https://openmetadata.example.com/callback');
    expect(authentication['authority']).toBe('https://dev-123456.okta.com/oauth2/default');
    expect(config['authorizer']!['initialAdmins']).toEqual(['alice', 'bob']);
    expect(result.remaining).toEqual([]);
    expect(findings(result.fixed, AUTHCODE)).toEqual([]);
  });

  it('without the reader\'s values: the conflict is still reported, says why --fix cannot settle it, and stays', () => {
    const conflict = findings(HELM).find((d) => d.id === 'OKTA-FLOW-001');
    expect(conflict?.severity).toBe('error');
    expect(conflict!.message).toContain('om-okta lint --fix settles it once your values say which flow you use');
    expect(findings(HELM).some((d) => d.id === 'OKTA-FLOW-002')).toBe(false);
    const result = fixFile(HELM, { release });
    expect(auth(result.fixed)['authentication']!['clientType']).toBe('public');
    expect(result.remaining.map((d) => d.id)).toEqual(['OKTA-FLOW-001']);
  });

  it('with the implicit flow in the reader\'s values: the conflict says what to remove, and --fix removes nothing', () => {
    const conflict = findings(HELM, { ...AUTHCODE, flow: 'implicit' }).find((d) => d.id === 'OKTA-FLOW-001');
    expect(conflict!.message).toContain('Your values say the implicit flow: remove clientSecret, discoveryUri and callbackUrl');
    const result = fixFile(HELM, { release, inputs: { ...AUTHCODE, flow: 'implicit' } });
    expect(result.fixed).toContain('discoveryUri: https://dev-123456.okta.com');
    expect(result.remaining.some((d) => d.id === 'OKTA-FLOW-001')).toBe(true);
  });
});

describe('--fix writes the one right value a finding names, without the reader\'s values', () => {
  it('the callback at /auth/callback and the admins written as "alice,bob"', () => {
    const result = fixFile(HELM, { release });
    const config = auth(result.fixed);
    expect(config['authentication']!['callbackUrl']).toBe('https://openmetadata.example.com/callback');
    expect(config['authorizer']!['initialAdmins']).toEqual(['alice', 'bob']);
  });

  it('an env file\'s callback at /auth/callback', () => {
    const env = ['AUTHENTICATION_PROVIDER=okta', 'AUTHENTICATION_CLIENT_TYPE=public', 'AUTHENTICATION_AUTHORITY=https://dev-123456.okta.com/oauth2/default', 'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9', 'AUTHENTICATION_CALLBACK_URL=https://om.example.com/auth/callback', ''].join('\n');
    expect(fixFile(env, { release, filename: 'openmetadata.env' }).fixed).toContain('\nAUTHENTICATION_CALLBACK_URL=https://om.example.com/callback\n');
  });
});

describe('the same conflict in an env file and in openmetadata.yaml', () => {
  const ENV = [
    'AUTHENTICATION_PROVIDER=okta',
    'AUTHENTICATION_CLIENT_TYPE=public',
    'AUTHENTICATION_AUTHORITY=https://dev-123456.okta.com/oauth2/default',
    'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
    'AUTHENTICATION_CALLBACK_URL=https://openmetadata.example.com/callback',
    'OIDC_DISCOVERY_URI=https://dev-123456.okta.com/oauth2/default/.well-known/openid-configuration',
    'OIDC_CALLBACK=https://openmetadata.example.com/callback',
    '',
  ].join('\n');
  const YAML = [
    'authenticationConfiguration:',
    '  provider: okta',
    '  clientType: public',
    '  authority: https://dev-123456.okta.com/oauth2/default',
    '  clientId: 0oa1b2c3d4e5f6g7h8i9',
    '  callbackUrl: https://openmetadata.example.com/callback',
    '  publicKeyUrls:',
    '    - https://dev-123456.okta.com/oauth2/default/v1/keys',
    '    - https://openmetadata.example.com/api/v1/system/config/jwks',
    '  oidcConfiguration:',
    '    type: okta',
    '    discoveryUri: https://dev-123456.okta.com/oauth2/default/.well-known/openid-configuration',
    '    callbackUrl: https://openmetadata.example.com/callback',
    'authorizerConfiguration:',
    '  adminPrincipals: [alice, bob]',
    '  principalDomain: example.com',
    '',
  ].join('\n');

  it('env file: the error names the variables as written', () => {
    const conflict = findings(ENV, undefined, 'openmetadata.env').find((d) => d.id === 'OKTA-FLOW-001');
    expect(conflict).toMatchObject({ severity: 'error', field: 'AUTHENTICATION_CLIENT_TYPE', line: 2 });
    expect(conflict!.message).toContain('AUTHENTICATION_CLIENT_TYPE is public');
    expect(conflict!.message).toContain('OIDC_DISCOVERY_URI and OIDC_CALLBACK are settings of the auth code flow');
    expect(conflict!.message).toContain('OpenMetadata ignores them for a public client');
    const fixed = fixFile(ENV, { release, filename: 'openmetadata.env', inputs: { ...AUTHCODE, omUrl: 'https://openmetadata.example.com' } });
    expect(fixed.fixed.split('\n')[1]).toBe('AUTHENTICATION_CLIENT_TYPE=confidential');
    expect(fixed.remaining.filter((d) => d.id.startsWith('OKTA-FLOW'))).toEqual([]);
  });

  it('openmetadata.yaml: the error names the YAML paths', () => {
    const conflict = findings(YAML, undefined, 'openmetadata.yaml').find((d) => d.id === 'OKTA-FLOW-001');
    expect(conflict).toMatchObject({ severity: 'error', field: 'authenticationConfiguration.clientType', line: 3 });
    expect(conflict!.message).toContain('authenticationConfiguration.clientType is public');
    expect(conflict!.message).toContain('discoveryUri and callbackUrl under authenticationConfiguration.oidcConfiguration');
    const fixed = fixFile(YAML, { release, filename: 'openmetadata.yaml', inputs: AUTHCODE });
    expect(fixed.fixed).toContain('\n  clientType: confidential\n');
    expect(findings(fixed.fixed, AUTHCODE, 'openmetadata.yaml').filter((d) => d.id.startsWith('OKTA-FLOW'))).toEqual([]);
  });

  it('a confidential file the reader means for the implicit flow: OKTA-FLOW-002, fixed to public', () => {
    const confidential = YAML.replace('clientType: public', 'clientType: confidential');
    expect(findings(confidential, undefined, 'openmetadata.yaml').some((d) => d.id.startsWith('OKTA-FLOW'))).toBe(false);
    const other = findings(confidential, { flow: 'implicit' }, 'openmetadata.yaml').find((d) => d.id === 'OKTA-FLOW-002');
    expect(other?.message).toContain('authenticationConfiguration.clientType is "confidential"');
    expect(fixFile(confidential, { release, filename: 'openmetadata.yaml', inputs: { ...AUTHCODE, flow: 'implicit' } }).fixed).toContain('\n  clientType: public\n');
  });
});

describe('messages name keys as the file writes them, and end with one period', () => {
  it('no setting id the file does not write (oidcCallbackUrl) in an env file or a Helm file', () => {
    const env = ['AUTHENTICATION_PROVIDER=okta', 'AUTHENTICATION_CLIENT_TYPE=confidential', 'AUTHENTICATION_AUTHORITY=https://dev-123456.okta.com/oauth2/default', 'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9', 'AUTHENTICATION_CALLBACK_URL=https://om.example.com/callback', 'OIDC_DISCOVERY_URI=https://dev-123456.okta.com/oauth2/default/.well-known/openid-configuration', 'OIDC_CALLBACK=https://om.example.com/auth/callback', 'OIDC_SERVER_URL=https://other.example.com', ''].join('\n');
    const envFound = findings(env, undefined, 'openmetadata.env');
    expect(envFound.find((d) => d.field === 'OIDC_CALLBACK')?.message).toMatch(/^OIDC_CALLBACK "https:\/\/om\.example\.com\/auth\/callback" is \/auth\/callback/);
    expect(envFound.find((d) => d.field === 'OIDC_SERVER_URL')?.message).toMatch(/^OIDC_SERVER_URL .* but AUTHENTICATION_CALLBACK_URL is on/);
    const helm = HELM.replace('clientType: public', 'clientType: confidential').replace('        callbackUrl: https://openmetadata.example.com/callback', '        enabled: true\n        callbackUrl: https://other.example.com/callback');
    const helmFound = findings(helm);
    const oidcCallback = helmFound.find((d) => d.field === 'openmetadata.config.authentication.oidcConfiguration.callbackUrl');
    expect(oidcCallback?.message).toMatch(/^openmetadata\.config\.authentication\.oidcConfiguration\.callbackUrl "https:\/\/other\.example\.com\/callback"/);
    for (const d of [...envFound, ...helmFound, ...findings(HELM, AUTHCODE)]) {
      expect(d.message).not.toMatch(/\boidc(?:CallbackUrl|ServerUrl|ClientId|DiscoveryUri|ClientSecret)\b/);
      expect(d.message).not.toMatch(/\.\.$/);
    }
  });
});

describe('Use these values (inputsFromLint) and a callback lint reports wrong', () => {
  it('takes the OpenMetadata URL from the callback the finding names, never https://host/auth', () => {
    const imported = inputsFromLint(lintFile(HELM, { release }));
    expect(imported.values.omUrl).toBe('https://openmetadata.example.com');
  });

  it('skips a callback reported wrong against the reader\'s values, and says why', () => {
    const env = ['AUTHENTICATION_PROVIDER=okta', 'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9', 'AUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback', ''].join('\n');
    const imported = inputsFromLint(lintFile(env, { release, filename: 'openmetadata.env', inputs: { omUrl: 'https://om.example.com' } }));
    expect(imported.values.omUrl).toBeUndefined();
    expect(imported.skipped).toContainEqual(expect.objectContaining({ field: 'omUrl', from: 'AUTHENTICATION_CALLBACK_URL', reason: expect.stringContaining('lint reports it as wrong (OKTA-REDIR-002)') }));
  });
});

describe('om-okta lint with --inputs on the broken Helm file', () => {
  const inputsPath = join(import.meta.dirname, '../fixtures/broken/reader-flow-authcode.json');

  it('lint exits 1 with the flow conflict', async () => {
    const { code, stdout } = await run(['lint', HELM_PATH, '--release', '1.13', '--inputs', inputsPath]);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toMatch(new RegExp(`^${HELM_PATH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:15: error OKTA-FLOW-001: `, 'm'));
    expect(stdout).toContain('/v1.13/troubleshooting/#okta-flow-001)');
  });

  it('--fix prints the file set for the auth code flow, and exits 0 with nothing left', async () => {
    const { code, stdout, stderr } = await run(['lint', HELM_PATH, '--release', '1.13', '--fix', '--inputs', inputsPath]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(fixFile(HELM, { release, filename: HELM_PATH, inputs: JSON.parse(readFileSync(inputsPath, 'utf8')) }).fixed);
    expect(stdout).toContain('      clientType: confidential\n');
    expect(stdout).toContain('        enabled: true\n');
    expect(stderr).toMatch(/: \d+ change\(s\); 0 error\(s\), 0 warning\(s\) left \(helm-values, OpenMetadata 1\.13\)\n$/);
  });

  it('--diff shows clientType: public replaced, and without --inputs the conflict is left', async () => {
    const { code, stdout } = await run(['lint', HELM_PATH, '--release', '1.13', '--diff', '--inputs', inputsPath]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('\n-      clientType: public\n');
    expect(stdout).toContain('\n+      clientType: confidential\n');
    const bare = await run(['lint', HELM_PATH, '--release', '1.13', '--diff']);
    expect(bare.code).toBe(EXIT.diagnosticError);
    expect(bare.stdout).not.toContain('clientType: confidential');
    expect(bare.stdout).toContain('+      callbackUrl: https://openmetadata.example.com/callback\n');
    expect(bare.stderr).toContain('error OKTA-FLOW-001:');
  });
});
