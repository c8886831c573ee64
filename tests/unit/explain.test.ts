import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRelease, latestRelease, releases } from '../../src/releases/index.ts';
import type { ReleaseProfile } from '../../src/releases/types.ts';
import { FAILURE_MODES } from '../../src/rules/failure-modes.ts';
import { LOOKUP } from '../../src/rules/error-messages.ts';
import { explainError } from '../../src/rules/explain.ts';

/**
 * The facts of the failure-mode catalogue the explainer follows: section H (each row's patterns,
 * alternatives of ordered parts, and failure modes) and the rule ids each failure mode names
 * (written by scripts/extract-upstream.ts; see reference/upstream/README.md).
 */
const CATALOGUE: { lookup: { patterns: string[][]; fms: number[] }[]; ruleIds: Record<string, string[]> } = JSON.parse(
  readFileSync(new URL('../../reference/failure-modes.json', import.meta.url), 'utf8'),
);

/**
 * One realistic line per pattern of section H, from the catalogue's symptoms, with the failure
 * mode that should come first.
 */
const SAMPLES: { line: string; first: number }[] = [
  { line: 'ERROR [2025-03-02 10:11:12] o.o.s.s.JwtFilter - An exception with message [No key found in https://dev-123456.okta.com/oauth2/default/v1/keys with kid 9A8b7C] was thrown while processing request.', first: 2 },
  { line: 'com.auth0.jwk.SigningKeyNotFoundException: No key found in http://localhost:8585/api/v1/system/config/jwks with kid Gb389a-9f76-gdjs-a92j-0242bk94356', first: 5 },
  { line: 'com.auth0.jwk.SigningKeyNotFoundException: No key found in  with kid 7f3c', first: 4 },
  { line: "com.auth0.jwk.SigningKeyNotFoundException: JWT Token keyID doesn't match the configured keyID. This usually happens if you didn't configure proper publicKeyUrls under authentication configuration.", first: 2 },
  { line: 'Suppressed: com.auth0.jwk.NetworkException: Cannot obtain jwks from url https://open-metadata.example.com/api/v1/system/config/jwks', first: 5 },
  { line: 'Suppressed: com.auth0.jwk.NetworkException: Cannot obtain jwks from url https://dev-123456.okta.com/oauth2/default/v1/keys', first: 4 },
  { line: '{"code":401,"message":"Not Authorized! Invalid token. Token verification failed. Public key mismatch. Please check publicKeyUrls"}', first: 2 },
  { line: '{"code":401,"message":"Expired token!"}', first: 22 },
  { line: '{"code":401,"message":"Invalid token, used after logout!"}', first: 23 },
  { line: 'Failed in filtering request: Not Authorized! Token not present', first: 39 },
  { line: '{"code":401,"message":"Not Authorized! Email does not match the principal domain example.com"}', first: 26 },
  { line: 'Email does not match the principal domain', first: 26 },
  { line: 'ERROR [UserRepository] User with given name exists but is not associated with the provided email. Matching User Found By Name [username:email] : [jane:jane@acme.example], Provided User: [jane:jane@acme.io]', first: 29 },
  { line: '{"code":400,"message":"Account already exists. Please contact administrator."}', first: 29 },
  { line: 'GET /api/v1/users/loggedInUser 400 {"code":400,"message":"[email must match \\"^\\\\S+@\\\\S+\\\\.\\\\S+$\\"]"}', first: 26 },
  { line: 'AuthenticationException: Invalid JWT token, none of the following claims are present [email]', first: 28 },
  { line: "AuthenticationException: Invalid JWT token, 'email' claim is not present", first: 28 },
  { line: 'IllegalArgumentException: Invalid JWT Principal Claims Mapping. Both username and email should be present', first: 30 },
  { line: "{\"code\":401,\"message\":\"The given token does not match the current bot's token!\"}", first: 31 },
  { line: 'Security configuration validation failed: authenticationConfiguration.publicKeyUrls: Public key URL validation failed: At least one public key URL must be the Okta JWKS endpoint: https://xxxxxxxxxx.okta.com/v1/keys', first: 3 },
  { line: 'authenticationConfiguration.oidcConfiguration.id: Client ID validation failed. HTTP response: 404', first: 25 },
  { line: 'authenticationConfiguration.clientId: Client ID validation failed. HTTP response: 401', first: 12 },
  { line: 'Domain validation failed: Invalid or unsafe URL: https://fdxxx.okta.com/.well-known/openid-configuration', first: 3 },
  { line: 'authenticationConfiguration.providerName: Provider name is required', first: 3 },
  { line: 'oidcConfiguration.scope: The following scopes are not supported by the IdP: offline_access', first: 21 },
  { line: 'org.pac4j.core.exception.TechnicalException: You must define either the discovery URL or directly the provider metadata', first: 10 },
  { line: 'java.lang.IllegalArgumentException: secret cannot be blank', first: 13 },
  { line: 'org.pac4j.core.exception.TechnicalException: Redirect URI is required', first: 16 },
  { line: 'HTTP/1.1 400 Bad Request {"error":"Redirect URI must exactly match a trusted redirect URI"}', first: 16 },
  { line: 'WARN AuthenticationCodeFlowHandler - No session found for callback, redirecting to login', first: 42 },
  { line: 'org.pac4j.core.exception.TechnicalException: No session found for callback', first: 16 },
  { line: "400 Bad Request. Your request resulted in an error. The 'redirect_uri' parameter must be a Login redirect URI in the client app settings: https://dev-123456-admin.okta.com/admin/app/oidc_client/instance/0oa1b2c3d4e5f6g7h8i9#tab-general", first: 14 },
  { line: 'AuthSdkError: The issuer [https://dev-123456.okta.com] does not match [https://dev-123456.okta.com/oauth2/default]', first: 1 },
  { line: 'AuthSdkError: The audience [0oaOTHERAPP0000000000] does not match [0oa1b2c3d4e5f6g7h8i9]', first: 25 },
  { line: 'AuthSdkError: The JWT was issued in the future', first: 24 },
  { line: 'AuthSdkError: The JWT expired and is no longer valid', first: 24 },
  { line: 'AuthSdkError: Issuer URL passed to constructor contains "-admin" in subdomain.', first: 7 },
  { line: 'AuthSdkError: PKCE requires a modern browser with encryption support running in a secure context. The current page is not being served with HTTPS protocol.', first: 17 },
  { line: "error=invalid_request&error_description=pkce+code challenge is required when the token endpoint authentication method is 'none'".replace('+', ' '), first: 11 },
  { line: "error_description: PKCE code challenge is required when the token endpoint authentication method is 'NONE'.", first: 11 },
  { line: 'error_description=PKCE code challenge is required by the application.', first: 13 },
  { line: 'error=access_denied&error_description=Policy evaluation failed for this request, please check the policy configurations.', first: 9 },
  { line: 'https://om.example.com/callback?error=access_denied&error_description=User is not assigned to the client application.', first: 19 },
  { line: 'error=invalid_scope&error_description=One or more scopes are not configured for the authorization server resource.', first: 21 },
  { line: 'error=invalid_scope&error_description=Custom scopes are not allowed for this request.', first: 21 },
  { line: 'Okta HTTP 401 E0000015 You do not have permission to access the feature you are requesting.', first: 8 },
  { line: '{"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}', first: 22 },
  { line: "Access to XMLHttpRequest at 'https://dev-123456.okta.com/oauth2/default/.well-known/openid-configuration' from origin 'https://om.example.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", first: 18 },
  { line: 'Cannot coerce empty String ("") to element of java.util.LinkedHashMap (but could if coercion was enabled using CoercionConfig)', first: 35 },
  { line: 'TechnicalException: ParseException: Illegal character in path at index 34: https://login.microsoftonline.com/{tenantid}/v2.0', first: 6 },
  { line: "while parsing a block mapping in 'reader', line 12, column 3: expected <block end>, but found '}'", first: 33 },
  { line: "AuthenticationException: Could not fetch the access token please validate the orgURL & clientId in configuration", first: 32 },
  { line: 'ValueError: RSA key format is not supported', first: 32 },
  { line: 'EntityNotFoundException: user instance for 0oa9s8r7q6p5o4n3m2l1 not found', first: 32 },
  { line: 'Warning  Failed  kubelet  Error: CreateContainerConfigError: secret "oidc-secrets" not found', first: 37 },
  // Beyond the catalogue: 2.0 (OM#32000).
  { line: "{\"code\":401,\"message\":\"Invalid JWT token, 'username' claim is not present\"}", first: 41 },
  // Error texts since August 2026 (src/rules/error-messages.ts names the source of each).
  { line: 'Security configuration validation failed: authenticationConfiguration.publicKeyUrls: publicKeyUrls must include the JWKS URI from discovery. Expected: https://dev-123456.okta.com/oauth2/default/v1/keys but found: [https://dev-123456.okta.com/oauth2/v1/keys]', first: 3 },
  { line: 'ERROR [2026-08-05 09:12:44,120] [dw-88 - GET /callback?code=x&state=y] o.o.s.s.AuthenticationCodeFlowHandler - No session found for callback, redirecting to login', first: 42 },
  { line: 'https://om.example.com/callback?error=login_required&error_description=The+client+specified+not+to+prompt%2C+but+the+user+is+not+logged+in.&state=abc', first: 43 },
  { line: 'GET /callback?error=interaction_required&state=abc 302 Location: /signin', first: 43 },
  { line: 'GET /callback?error=consent_required&state=abc 302 Location: /signin', first: 43 },
  { line: 'GET /callback?error=account_selection_required&state=abc 302 Location: /signin', first: 43 },
  { line: 'AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER=5 and users are signed out without a message', first: 44 },
  { line: 'authenticationConfiguration.maxActiveSessionsPerUser: 5', first: 44 },
  { line: 'INFO [2026-09-01 08:00:01,004] o.o.s.s.SecurityConfigurationManager - Loaded security configuration from database', first: 38 },
  { line: '{"provider":"basic","providerName":"basic","enableSelfSignup":true}', first: 38 },
  { line: '$ curl -s https://om.example.com/api/v1/system/config/auth\n{"provider": "basic", "providerName": "basic"}', first: 38 },
];

describe('explainError: section H of the catalogue', () => {
  const rows = CATALOGUE.lookup;

  it('has every row of the catalogue, with the same patterns and failure modes', () => {
    expect(rows.length).toBe(41);
    const fromCatalogue = LOOKUP.filter((r) => r.beyondCatalogue === undefined);
    expect(fromCatalogue.map((r) => ({ patterns: r.patterns.map((p) => [...p.parts]), fms: [...r.fms] }))).toEqual(rows);
    expect(LOOKUP.filter((r) => r.beyondCatalogue !== undefined).map((r) => r.beyondCatalogue)).toEqual([
      'OM#29488',
      'OM#32000',
      'OM#29304',
      'OM#30304',
      'OM#28088',
      'OM#31181',
      'OM PR #26314',
      'OM#31786',
      'OM#30882',
    ]);
  });

  it('every failure mode of the table has a title, cause, fix and rule ids', () => {
    for (const fm of new Set(rows.flatMap((r) => r.fms))) {
      const mode = FAILURE_MODES[fm];
      expect(mode, `FM-${fm}`).toBeDefined();
      expect(mode!.title.length).toBeGreaterThan(10);
      expect(mode!.cause.length).toBeGreaterThan(40);
      expect(mode!.fix.length).toBeGreaterThan(30);
      expect(mode!.ruleIds.length).toBeGreaterThan(0);
      // The catalogue names the rule id of each failure mode.
      const named = CATALOGUE.ruleIds[String(fm)] ?? [];
      expect(mode!.ruleIds.some((id) => named.includes(id)), `FM-${fm} ${mode!.ruleIds.join(', ')}`).toBe(true);
    }
  });

  it.each(SAMPLES.map((s) => [s.line.slice(0, 90), s] as const))('%s', (_label, { line, first }) => {
    const found = explainError(line);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.fm).toBe(first);
    expect(line).toContain(found[0]!.match.replace(/\u2026$/, ''));
    // Every failure mode of the matching row is offered.
    const row = LOOKUP.find((r) => r.patterns.some((p) => p.parts.every((part) => (p.ignoreCase ? line.toLowerCase().includes(part.toLowerCase()) : line.includes(part)))))!;
    for (const fm of row.fms) expect(found.map((e) => e.fm)).toContain(fm);
  });

  it('has a sample for every pattern of every row', () => {
    for (const row of LOOKUP) {
      for (const pattern of row.patterns) {
        const hit = SAMPLES.some(({ line }) => {
          const hay = pattern.ignoreCase ? line.toLowerCase() : line;
          return pattern.parts.every((part) => hay.includes(pattern.ignoreCase ? part.toLowerCase() : part));
        });
        expect(hit, pattern.parts.join(' … ')).toBe(true);
      }
    }
  });

  it('matches multi-part patterns in order, on one line', () => {
    expect(explainError('with kid abc; No key found in https://x/keys')).toEqual([]);
    expect(explainError('No key found in https://x/keys\nwith kid abc')).toEqual([]);
    expect(explainError('] does not match [ The issuer [a')).toEqual([]);
    const [first] = explainError('AuthSdkError: The issuer [https://a] does not match [https://b] and more');
    expect(first!.match).toBe('The issuer [https://a] does not match [');
  });

  it('is case-sensitive, as the messages are seen', () => {
    expect(explainError('expired token!')).toEqual([]);
    expect(explainError('NOT AUTHORIZED! TOKEN NOT PRESENT')).toEqual([]);
    expect(explainError('e0000015')).toEqual([]);
  });

  it('ranks the more specific match first, and adds up several hints', () => {
    const log = ['{"code":401,"message":"Expired token!"}', 'AuthSdkError: The JWT was issued in the future'].join('\n');
    expect(explainError(log).map((e) => e.fm).slice(0, 1)).toEqual([24]);
    const keys = ['No key found in  with kid 1', 'NetworkException: Cannot obtain jwks from url https://dev-1.okta.com/oauth2/default/v1/keys', 'java.net.UnknownHostException: dev-1.okta.com'].join('\n');
    expect(explainError(keys)[0]!.fm).toBe(4);
  });

  it('fills in the explanation and links the troubleshooting heading of the release', () => {
    const [e] = explainError('AuthSdkError: The issuer [https://a] does not match [https://b]', findRelease('1.10'));
    expect(e).toEqual({
      fm: 1,
      title: FAILURE_MODES[1]!.title,
      cause: FAILURE_MODES[1]!.cause,
      fix: FAILURE_MODES[1]!.fix,
      match: 'The issuer [https://a] does not match [',
      ruleIds: ['OKTA-ISS-001'],
      docs: '/v1.10/troubleshooting/#okta-iss-001',
    });
    expect(explainError('Expired token!')[0]!.docs).toMatch(new RegExp(`^/${latestRelease.contentDir}/troubleshooting/`));
    // A failure mode whose rule the release's page does not explain links the page (0.12 has no logout revocation).
    expect(explainError('Invalid token, used after logout!')[0]!.docs).toBe(`/${latestRelease.contentDir}/troubleshooting/#okta-sess-001`);
    expect(explainError('Invalid token, used after logout!', findRelease('0.12'))[0]!.docs).toBe('/v0.12/troubleshooting/');
    expect(explainError('RSA key format is not supported', findRelease('0.12'))[0]!.docs).toBe('/v0.12/troubleshooting/#okta-legacy-001');
  });

  it('links only headings that exist on the release\'s page', () => {
    // Every explainer id is a row of the table of ids; its link must reach a heading on the page.
    const page = (release: ReleaseProfile): string => {
      const own = readFileSync(new URL(`../../content/docs/${release.contentDir}/troubleshooting.mdoc`, import.meta.url), 'utf8');
      const partial = /\{% partial file="([^"]+)" \/%\}/.exec(own)?.[1];
      return partial ? own + readFileSync(new URL(`../../content/docs/${release.contentDir}/${partial}`, import.meta.url), 'utf8') : own;
    };
    for (const release of releases) {
      const text = page(release);
      for (const fm of Object.keys(FAILURE_MODES).map(Number)) {
        const line = SAMPLES.find((s) => explainError(s.line).some((e) => e.fm === fm))?.line;
        expect(line, `FM-${fm} has a sample`).toBeDefined();
        const docs = explainError(line!, release).find((e) => e.fm === fm)!.docs;
        expect(docs.startsWith(`/${release.contentDir}/troubleshooting/`)).toBe(true);
        const anchor = docs.split('#')[1];
        if (anchor) expect(text, `${release.id} FM-${fm} #${anchor}`).toContain(`{% #${anchor} %}`);
      }
    }
  });
});

describe('explainError: error texts since August 2026, each with its rule', () => {
  const firstRule = (text: string, release = findRelease('2.0')) => explainError(text, release)[0];
  it.each([
    ['publicKeyUrls must include the JWKS URI from discovery. Expected: https://dev-1.okta.com/oauth2/default/v1/keys but found: [https://dev-1.okta.com/oauth2/v1/keys]', 'OKTA-OMV-001'],
    ['No session found for callback, redirecting to login', 'OKTA-REDIR-003'],
    ['No session found for callback', 'OKTA-REDIR-003'],
    ['/callback?error=login_required&state=x', 'OKTA-SESS-002'],
    ['error=interaction_required', 'OKTA-SESS-002'],
    ['error=consent_required', 'OKTA-SESS-002'],
    ["{\"code\":401,\"message\":\"Invalid JWT token, 'username' claim is not present\"}", 'OKTA-UPG-001'],
    ['GET /api/v1/users/loggedInUser 400 {"code":400,"message":"Account already exists"}', 'OKTA-CLAIM-002'],
    ['maxActiveSessionsPerUser', 'OKTA-SESS-003'],
    ['{"provider":"basic"}\n{"provider":"okta"}', 'OKTA-PERSIST-001'],
    ['Loaded security configuration from database', 'OKTA-PERSIST-001'],
  ])('%s -> %s', (text, rule) => {
    const e = firstRule(text)!;
    expect(e.ruleIds).toContain(rule);
    expect(e.docs).toBe(`/v2.0/troubleshooting/#${rule.toLowerCase()}`);
  });

  it('tells several replicas out of step from a stored configuration', () => {
    expect(explainError('{"provider":"basic","providerName":"basic"}')[0]!.fm).toBe(38);
    expect(explainError('{"provider":"basic","providerName":"basic"}\n{"provider":"okta","providerName":"okta"}')[0]!.fm).toBe(45);
  });

  it('says that the 2.0 username claim issue is still open upstream', () => {
    expect(firstRule("Invalid JWT token, 'username' claim is not present")!.fix).toContain('still open upstream');
  });
});

describe('explainError: anything else', () => {
  it.each([
    '',
    'INFO  [2025-03-02 10:11:12,123] org.eclipse.jetty.server.Server: Started @5123ms',
    'Everything is fine, the login worked.',
    'No key found in the drawer',
    'token expired',
    '{"code":200,"message":"OK"}',
    '\u0000\u0001\u0002 binary junk \ufffd',
  ])('yields nothing: %j', (text) => {
    expect(explainError(text)).toEqual([]);
  });

  it('handles a long log (1 MB) and finds the one line that matters', () => {
    const noise = 'INFO  [2025-03-02 10:11:12,123] o.o.s.r.EntityRepository - listed 50 tables with kid gloves from No key found in\n';
    const filler = noise.repeat(Math.ceil(1_000_000 / noise.length));
    const log = `${filler}ERROR com.auth0.jwk.SigningKeyNotFoundException: No key found in https://dev-1.okta.com/oauth2/default/v1/keys with kid x1\n${filler}`;
    expect(log.length).toBeGreaterThan(2_000_000);
    // How long this takes is the bench's to say (npm run bench, section d), not a test's.
    const found = explainError(log);
    expect(found[0]!.fm).toBe(2);
    expect(found[0]!.match).toBe('No key found in https://dev-1.okta.com/oauth2/default/v1/keys with kid');
    // One line of 1 MB without the second part is not matched, and takes no longer.
    const oneLine = `No key found in ${'x'.repeat(1_000_000)}`;
    expect(explainError(oneLine)).toEqual([]);
  });

  it('is pure: the same text gives the same answer, and the input is not changed', () => {
    const text = 'AuthSdkError: The JWT expired and is no longer valid';
    expect(explainError(text)).toEqual(explainError(text));
    expect(explainError(text, latestRelease)).toEqual(explainError(text));
  });
});
