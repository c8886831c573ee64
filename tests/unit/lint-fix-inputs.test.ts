import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/index.ts';
import { inputsFromLint, NEVER_KEPT } from '../../src/lint/to-inputs.ts';
import { findRelease } from '../../src/releases/index.ts';

const r = (id: string) => findRelease(id)!;

describe('inputsFromLint', () => {
  it('reads an env file back into the form values, with where each came from', () => {
    const text = [
      'AUTHENTICATION_PROVIDER=okta',
      'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/aus1a2b3c4',
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'AUTHENTICATION_CLIENT_TYPE=confidential',
      'AUTHENTICATION_CALLBACK_URL=https://om.example.com/callback',
      "AUTHORIZER_ADMIN_PRINCIPALS='[\"jane.doe\",\"max\"]'",
      'AUTHORIZER_PRINCIPAL_DOMAIN=example.com',
      'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN=true',
      'OIDC_CLIENT_SECRET=s3cr3t-value-that-is-long-enough',
      '',
    ].join('\n');
    const imported = inputsFromLint(lintFile(text, { release: r('1.13') }));
    expect(imported.values).toEqual({
      oktaDomain: 'acme.okta.com',
      authServer: 'aus1a2b3c4',
      flow: 'authcode',
      clientId: '0oa1b2c3d4e5f6g7h8i9',
      omUrl: 'https://om.example.com',
      adminPrincipals: 'jane.doe\nmax',
      principalDomain: 'example.com',
      enforcePrincipalDomain: true,
    });
    expect(imported.taken.find((t) => t.field === 'omUrl')).toEqual({ field: 'omUrl', value: 'https://om.example.com', from: 'AUTHENTICATION_CALLBACK_URL', line: 5 });
    expect(imported.taken.find((t) => t.field === 'oktaDomain')).toMatchObject({ from: 'AUTHENTICATION_AUTHORITY', line: 2 });
    expect(imported.skipped).toEqual([{ field: 'clientSecret', from: 'OIDC_CLIENT_SECRET', line: 9, reason: NEVER_KEPT }]);
    expect(JSON.stringify(imported)).not.toContain('s3cr3t');
  });

  it('the org authorization server, and the OpenMetadata URL from its own key URL', () => {
    const text = [
      'authenticationConfiguration:',
      '  provider: okta',
      '  authority: https://acme-admin.okta.com',
      '  publicKeyUrls:',
      '    - https://acme.okta.com/oauth2/v1/keys',
      '    - https://om.example.com:8585/api/v1/system/config/jwks',
      '',
    ].join('\n');
    const imported = inputsFromLint(lintFile(text, { release: r('1.13') }));
    expect(imported.values).toMatchObject({ oktaDomain: 'acme.okta.com', authServer: 'org', omUrl: 'https://om.example.com:8585' });
    expect(imported.taken.find((t) => t.field === 'omUrl')).toMatchObject({ from: 'authenticationConfiguration.publicKeyUrls', line: 6 });
  });

  it('leaves placeholders and environment references out, saying why', () => {
    const text = [
      'AUTHENTICATION_AUTHORITY={ISSUER_URL}',
      'AUTHENTICATION_CLIENT_ID=OKTA_CLIENT_ID',
      "AUTHENTICATION_CALLBACK_URL='${OM_URL}'",
      'AUTHORIZER_PRINCIPAL_DOMAIN=example.com',
      '',
    ].join('\n');
    const imported = inputsFromLint(lintFile(text, { release: r('1.13') }));
    expect(imported.values).toEqual({ principalDomain: 'example.com' });
    expect(imported.skipped.map((s) => [s.field, s.from, s.line])).toEqual([
      ['oktaDomain', 'AUTHENTICATION_AUTHORITY', 1],
      ['clientId', 'AUTHENTICATION_CLIENT_ID', 2],
      ['omUrl', 'AUTHENTICATION_CALLBACK_URL', 3],
    ]);
    expect(imported.skipped[0]!.reason).toMatch(/placeholder/);
    expect(imported.skipped[2]!.reason).toMatch(/OM_URL/);
  });

  it('0.12: the service application settings the panel has fields for; the private key is never kept', () => {
    const text = [
      'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default',
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'OM_AUTH_AIRFLOW_OKTA_CLIENT_ID=0oa9s8r7q6p5o4n3m2l1',
      'OM_AUTH_AIRFLOW_OKTA_SA_EMAIL=ingestion-bot@example.com',
      'OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY="\'{\\"kty\\":\\"RSA\\"}\'"',
      '',
    ].join('\n');
    const imported = inputsFromLint(lintFile(text, { release: r('0.12') }));
    expect(imported.values).toMatchObject({ serviceClientId: '0oa9s8r7q6p5o4n3m2l1', serviceEmail: 'ingestion-bot@example.com', clientId: '0oa1b2c3d4e5f6g7h8i9' });
    expect(imported.skipped).toContainEqual({ from: 'OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY', line: 5, reason: NEVER_KEPT });
  });

  it('values the inputs checks refuse are not taken', () => {
    const text = 'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default\nAUTHENTICATION_CLIENT_ID=not a client id\n';
    const imported = inputsFromLint(lintFile(text, { release: r('1.13') }));
    expect(imported.values.clientId).toBeUndefined();
    expect(imported.skipped.find((s) => s.field === 'clientId')?.reason.length).toBeGreaterThan(10);
  });
});
