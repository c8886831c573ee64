/**
 * The offline error explainer: given text pasted from a log, a browser console or an Okta error
 * page, which failure modes of shared/reference/okta-failure-modes.md it points to, with the cause
 * and the fix in short words. The patterns are the catalogue's section H ("Error string -> failure
 * mode lookup"), matched case-sensitively as the messages appear; a pattern of several parts
 * matches when the parts appear in that order on one line. Pure: no I/O, no network.
 */
import { latestRelease } from '../releases/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { isExplainedFor, type RuleId } from './table.ts';

export interface Explanation {
  /** Failure mode number (FM-nn in the catalogue). */
  fm: number;
  title: string;
  cause: string;
  fix: string;
  /** The text that matched, as it appears in the input (one line at most, cut at 300 characters). */
  match: string;
  /** Rule ids of this failure mode (the catalogue's, then the related ones of src/rules/table.ts). */
  ruleIds: RuleId[];
  /** The troubleshooting heading of the first rule id this release's page has, else the page. */
  docs: string;
}

interface FailureMode {
  title: string;
  cause: string;
  fix: string;
  ruleIds: readonly RuleId[];
}

/** The failure modes section H points to, in our words. */
export const FAILURE_MODES: Readonly<Record<number, FailureMode>> = {
  1: {
    title: "Okta's issuer does not match the configured authority",
    cause: 'The iss claim of the token differs from authority. Usually the authorization server (or the app\'s ID token) has its Issuer set to Dynamic or a custom URL, or the authority names another authorization server.',
    fix: 'In Okta set the Issuer to the Okta URL, then make authority exactly that issuer (no trailing slash), as the discovery document\'s "issuer" shows.',
    ruleIds: ['OKTA-ISS-001'],
  },
  2: {
    title: 'The key URL belongs to another authorization server than the token',
    cause: 'Each Okta authorization server signs with its own keys. publicKeyUrls lists the keys of one server while the tokens come from another (org server keys at /oauth2/v1/keys, custom servers at {issuer}/v1/keys).',
    fix: 'Put the key URL of the authority\'s own server in publicKeyUrls: {issuer}/v1/keys for a custom server, https://{your-org}.okta.com/oauth2/v1/keys for the org server.',
    ruleIds: ['OKTA-JWKS-001'],
  },
  3: {
    title: 'OpenMetadata 1.10+ refuses to save a working Okta configuration from the UI',
    cause: 'The save-time check of Settings > SSO builds {authority}/v1/keys by string, requires a provider name and validates the client ID by introspection; it rejects org authorization servers and some valid hosts.',
    fix: 'Deliver the configuration by env, openmetadata.yaml or Helm and do not save the SSO page, or use a custom authorization server and fill in every field the check asks for (provider name, matching key URL).',
    ruleIds: ['OKTA-OMV-001'],
  },
  4: {
    title: 'The OpenMetadata server cannot download a key set',
    cause: 'The server fetches every publicKeyUrls entry itself. A key URL on localhost, a host the pod cannot resolve, a proxy the JVM does not use, or a failing endpoint leaves it without keys.',
    fix: 'Use the Okta key URL over https on your Okta domain, and for OpenMetadata\'s own keys a host the server reaches (the Service name in Kubernetes). Test with curl from inside the container.',
    ruleIds: ['OKTA-JWKS-002'],
  },
  5: {
    title: "OpenMetadata's own key URL is missing or wrong",
    cause: 'Bots, ingestion and personal access tokens are signed by OpenMetadata and checked against publicKeyUrls too. Without OpenMetadata\'s JWKS URL there, or with the wrong path, those tokens are refused.',
    fix: 'Add {your OpenMetadata URL}/api/v1/system/config/jwks (0.x: /api/v1/config/jwks) next to the Okta key URL, spelled exactly.',
    ruleIds: ['OKTA-JWKS-003'],
  },
  6: {
    title: 'A placeholder from the docs is still in the configuration',
    cause: 'A value still holds {ISSUER_URL}, {your domain}, {Client ID} or braces around a real value, or a URL got its scheme twice (http://https://...).',
    fix: 'Replace every placeholder with your value, without braces, and write each URL with one https:// scheme.',
    ruleIds: ['OKTA-TPL-001'],
  },
  7: {
    title: 'The authority has the wrong shape',
    cause: 'The issuer was copied from the Admin Console host ({org}-admin.okta.com), pasted as a full endpoint (/v1/..., /.well-known/...), or has a trailing slash.',
    fix: 'Use https://{org}.okta.com for the org server or https://{org}.okta.com/oauth2/{server id} for a custom server, with no trailing slash and no -admin.',
    ruleIds: ['OKTA-URL-001'],
  },
  8: {
    title: 'Custom authorization servers are not available in this Okta org',
    cause: 'Custom authorization servers, default included, need Okta API Access Management; without it Okta answers E0000015.',
    fix: 'Use the org authorization server (authority https://{org}.okta.com, keys at /oauth2/v1/keys), or enable API Access Management.',
    ruleIds: ['OKTA-AS-001'],
  },
  9: {
    title: "No access policy rule matches OpenMetadata's request",
    cause: 'A custom authorization server only issues tokens when a policy assigned to the app has a rule allowing the grant type and all requested scopes.',
    fix: 'Add an access policy for the OpenMetadata app with a rule that allows Authorization Code (and Refresh Token) and the scopes openid, email, profile, offline_access.',
    ruleIds: ['OKTA-AS-002'],
  },
  10: {
    title: 'The confidential client has no discovery URI',
    cause: 'With clientType confidential, the server finds Okta through oidcConfiguration.discoveryUri (OIDC_DISCOVERY_URI), which is empty.',
    fix: 'Set the discovery URI to {issuer}/.well-known/openid-configuration.',
    ruleIds: ['OKTA-CONF-001'],
  },
  11: {
    title: 'An Okta Single-Page App is used with the confidential client',
    cause: 'A SPA app is a public client that requires PKCE and has no secret, but the confidential flow sends a secret and disables PKCE by default.',
    fix: 'Use an Okta Web Application for clientType confidential, or keep the SPA app with clientType public.',
    ruleIds: ['OKTA-APP-001'],
  },
  12: {
    title: 'An Okta Web app is used with the public client',
    cause: 'A Web app requires client authentication, but the public flow runs in the browser with no secret.',
    fix: 'Use an Okta Single-Page Application for clientType public, or switch to clientType confidential with the Web app\'s secret.',
    ruleIds: ['OKTA-APP-001'],
  },
  13: {
    title: 'Client secret or PKCE settings do not match the Okta Web app',
    cause: 'The confidential client has an empty or wrong secret, or the Okta app requires PKCE while OpenMetadata sends none (OIDC_DISABLE_PKCE defaults to true).',
    fix: 'Set the Web app\'s client secret (no quotes or spaces). If the app has "Require PKCE" on, set disablePkce to false or turn that option off.',
    ruleIds: ['OKTA-CONF-002'],
  },
  14: {
    title: 'The redirect URI is not registered in the Okta app',
    cause: 'Okta compares redirect_uri letter for letter with the app\'s Sign-in redirect URIs: scheme, host, port, path and trailing slash.',
    fix: 'Add the exact callback URL ({origin}/callback, plus /silent-callback for the implicit flow) to the app\'s Sign-in redirect URIs.',
    ruleIds: ['OKTA-REDIR-001'],
  },
  15: {
    title: "The callback is not OpenMetadata's /callback route",
    cause: 'OpenMetadata handles the sign-in at /callback only; another path, or a stale localhost URL on a remote install, leaves the page spinning or the redirect refused.',
    fix: 'Set callbackUrl to {the URL users browse to}/callback and register exactly that in Okta.',
    ruleIds: ['OKTA-REDIR-002'],
  },
  16: {
    title: 'Confidential flow: the callback or the server URL does not match',
    cause: 'The confidential flow sends oidcConfiguration.callbackUrl to Okta and then sends the browser to {serverUrl}/auth/callback; a callbackUrl or serverUrl left at http://localhost:8585 behind an ingress, or a lost session cookie, break it.',
    fix: 'Set oidcConfiguration.serverUrl and callbackUrl to the public origin, register {origin}/callback in Okta, and serve over https.',
    ruleIds: ['OKTA-REDIR-003', 'OKTA-REDIR-004', 'OKTA-REDIR-001'],
  },
  17: {
    title: 'PKCE sign-in on a plain http page',
    cause: 'The public client always uses PKCE, which needs WebCrypto: browsers offer it only on https pages or on localhost.',
    fix: 'Serve OpenMetadata over https (or use http://localhost for a local trial) and use the https callback URL.',
    ruleIds: ['OKTA-TLS-001'],
  },
  18: {
    title: "OpenMetadata's origin is not an Okta Trusted Origin",
    cause: 'The browser calls Okta\'s discovery, token and key endpoints directly; Okta only answers with CORS headers for Trusted Origins.',
    fix: 'In Okta, Security > API > Trusted Origins, add the OpenMetadata origin (no path) with CORS and Redirect ticked.',
    ruleIds: ['OKTA-CORS-001'],
  },
  19: {
    title: 'The user is not assigned to the Okta app',
    cause: 'Okta refuses sign-in to apps the user (or one of their groups) is not assigned to.',
    fix: 'Assign the users or groups in the app\'s Assignments tab, or allow everyone in the organization.',
    ruleIds: ['OKTA-ASSIGN-001'],
  },
  20: {
    title: 'http and https are mixed behind a TLS-terminating proxy',
    cause: 'TLS ends at a load balancer, so OpenMetadata builds http:// redirect URIs while Okta has https:// ones.',
    fix: 'Use https:// in callbackUrl and serverUrl, enable forwarded headers (SERVER_USE_FORWARDED_HEADERS), and register the https URIs in Okta.',
    ruleIds: ['OKTA-TLS-002', 'OKTA-REDIR-001'],
  },
  21: {
    title: 'A requested scope is not allowed',
    cause: 'A scope is not supported by the authorization server, not allowed for the app\'s grant types, or not allowed by the policy rule; the org server refuses custom scopes.',
    fix: 'Request openid email profile (plus offline_access only with the Refresh Token grant), and allow them in the policy rule of the custom server.',
    ruleIds: ['OKTA-SCOPE-001'],
  },
  22: {
    title: 'Token renewal fails',
    cause: 'The refresh token is expired, rotated away by another tab, or the app has no Refresh Token grant; /silent-callback may be missing.',
    fix: 'Enable the Refresh Token grant with a rotation grace period, register {origin}/silent-callback, and sign in again.',
    ruleIds: ['OKTA-RENEW-001'],
  },
  23: {
    title: 'A token is used after logout',
    cause: 'OpenMetadata revoked this session\'s token at logout, but a tab or client still sends it; the Okta session may also outlive the OpenMetadata one.',
    fix: 'Reload and sign in again; close old tabs. For a full sign-out, end the Okta session too.',
    ruleIds: ['OKTA-SESS-001'],
  },
  24: {
    title: 'A clock is out of sync',
    cause: 'The browser or the OpenMetadata host clock differs from Okta\'s, so tokens look issued in the future or already expired; the server allows no leeway.',
    fix: 'Sync the clocks with NTP on the user\'s machine and the OpenMetadata host.',
    ruleIds: ['OKTA-CLOCK-001'],
  },
  25: {
    title: 'The client ID does not match',
    cause: 'The token\'s audience is another client ID than the configured one: clientId, OIDC_CLIENT_ID and the Okta app\'s Client ID differ.',
    fix: 'Copy the Client ID of the OpenMetadata app in Okta into clientId (and oidcConfiguration.id for the confidential flow).',
    ruleIds: ['OKTA-CLIENT-001'],
  },
  26: {
    title: "The user's email domain is not the principal domain",
    cause: 'With enforcePrincipalDomain on, the email domain from the token must be principalDomain (or in allowedDomains); several domains typed into principalDomain also break.',
    fix: 'Set principalDomain to your users\' email domain, one domain only; list further domains in allowedDomains.',
    ruleIds: ['OKTA-DOM-001'],
  },
  28: {
    title: 'The principal claim is missing from the token',
    cause: 'jwtPrincipalClaims names claims the Okta token does not carry (email without the email scope, claims from another IdP).',
    fix: 'Use jwtPrincipalClaims [email, preferred_username, sub] and request the email and profile scopes.',
    ruleIds: ['OKTA-CLAIM-001'],
  },
  30: {
    title: 'jwtPrincipalClaimsMapping is malformed',
    cause: 'The mapping must have exactly a username and an email entry (username:claim, email:claim) and nothing else.',
    fix: 'Write jwtPrincipalClaimsMapping as [username:preferred_username, email:email], or leave it empty.',
    ruleIds: ['OKTA-CLAIM-003'],
  },
  31: {
    title: 'A bot or ingestion token is stale',
    cause: 'The bot token was regenerated, or the signing keys or JWT key id changed, while pipelines still use the old token.',
    fix: 'Copy the current token from Settings > Bots > ingestion-bot into the workflow (or its env var) and redeploy the pipelines.',
    ruleIds: ['OKTA-BOT-001', 'OKTA-WF-001'],
  },
  32: {
    title: 'The 0.12 Okta service application for ingestion is misconfigured',
    cause: 'Ingestion signs in with the SPA client ID, an orgURL that is not {issuer}/v1/token, a private key that is not the JWK, a service app missing from the bot principals, or JSON in an env var that YAML reads as a map.',
    fix: 'Use the service application\'s client ID, orgURL {issuer}/v1/token, the private JWK (single-quoted in env vars), and add the client ID to the bot principals.',
    ruleIds: ['OKTA-LEGACY-001', 'OKTA-WF-001'],
  },
  33: {
    title: 'A list-valued env var is not valid YAML',
    cause: 'OpenMetadata pastes AUTHENTICATION_PUBLIC_KEYS, AUTHORIZER_ADMIN_PRINCIPALS and similar into openmetadata.yaml as raw text, so they must be a YAML list on one line.',
    fix: 'Write the value as ["https://...","https://..."]: square brackets, straight double quotes around each entry, no empty entries. om-okta lint checks the file.',
    ruleIds: ['OKTA-ENV-001'],
  },
  35: {
    title: 'customParams is not a map',
    cause: 'customParams (OIDC_CUSTOM_PARAMS) must be a map; an empty string, as the old Helm default had, makes the server fail at start-up.',
    fix: "Leave customParams out, or set it to {} (in Helm values: customParams: '{}').",
    ruleIds: ['OKTA-ENV-003'],
  },
  37: {
    title: 'The Kubernetes Secret the chart reads does not exist or has other keys',
    cause: 'The Helm values point to a Secret (secretRef) and key (secretKey) that are not in the release\'s namespace.',
    fix: 'Create the Secret in the same namespace with exactly those names (kubectl create secret generic ...), or point the values at the Secret you have.',
    ruleIds: ['OKTA-HELM-002'],
  },
  39: {
    title: 'enableSecureSocketConnection is on',
    cause: 'With AUTHORIZER_ENABLE_SECURE_SOCKET true the websocket requires a token the UI does not send, so requests fail with "Token not present".',
    fix: 'Set enableSecureSocketConnection (AUTHORIZER_ENABLE_SECURE_SOCKET) to false.',
    ruleIds: ['OKTA-MISC-001'],
  },
  40: {
    title: 'An Okta org access token is used to call OpenMetadata',
    cause: 'Access tokens of the org authorization server are meant for Okta\'s own APIs and cannot be verified by OpenMetadata.',
    fix: 'Call the API with an OpenMetadata bot or personal access token; if Okta tokens are needed, use a custom authorization server and list its keys.',
    ruleIds: ['OKTA-TOKEN-001'],
  },
  // Not in shared/reference/okta-failure-modes.md (written before 2.0): numbered after its last.
  41: {
    title: "2.0: the token after sign-in is OpenMetadata's own, without the custom claims a mapping names",
    cause: "Since 2.0 the auth code flow hands the browser a token OpenMetadata signs itself (OM PR #26314). A jwtPrincipalClaimsMapping that names a custom Okta claim finds nothing in it (OM#32000).",
    fix: 'Remove jwtPrincipalClaimsMapping and let jwtPrincipalClaims [email, preferred_username, sub] name the user, or stay on 1.13 until a fix ships.',
    ruleIds: ['OKTA-UPG-001'],
  },
};

interface Pattern {
  /** Substrings that must appear in this order on one line. */
  parts: readonly string[];
  /** Only where the catalogue says the text was reported in another case. */
  ignoreCase?: boolean;
}

export interface LookupRow {
  patterns: readonly Pattern[];
  where: string;
  fms: readonly number[];
  /** Reorders the row's failure modes from what matched, its line and the whole text. */
  order?: (match: string, line: string, text: string, release: ReleaseFacts | undefined) => readonly number[];
  /** A row the catalogue (written before 2.0) lacks: where the error text comes from. */
  beyondCatalogue?: string;
}

const p = (...parts: string[]): Pattern => ({ parts });

/** OpenMetadata's default JWT key id (FM-05, FM-31): a token of OpenMetadata, not of Okta. */
const OM_DEFAULT_KID = 'Gb389a-9f76-gdjs-a92j-0242bk94356';

/** Section H of the catalogue, row by row. */
export const LOOKUP: readonly LookupRow[] = [
  {
    patterns: [p('No key found in', 'with kid')],
    where: 'OM server',
    fms: [2, 4, 5, 31],
    order: (match, line, text) => {
      if (line.includes(OM_DEFAULT_KID)) return [5, 31, 2, 4];
      const between = match.slice('No key found in'.length, match.lastIndexOf('with kid'));
      if (between.trim() === '' || /NetworkException|UnknownHostException|Cannot obtain jwks/.test(text)) return [4, 31, 5, 2];
      return [2, 5, 4, 31];
    },
  },
  { patterns: [p("JWT Token keyID doesn't match the configured keyID")], where: 'OM server', fms: [2, 5] },
  {
    patterns: [p('Cannot obtain jwks from url')],
    where: 'OM server',
    fms: [4, 5],
    order: (_match, line) => (/\/config\/jwks/.test(line) ? [5, 4] : [4, 5]),
  },
  { patterns: [p('Invalid token. Token verification failed. Public key mismatch.')], where: 'OM server', fms: [2, 40] },
  { patterns: [p('Expired token!')], where: 'OM server', fms: [22, 24] },
  { patterns: [p('Invalid token, used after logout!')], where: 'OM server', fms: [23] },
  { patterns: [p('Not Authorized! Token not present')], where: 'OM server', fms: [39] },
  { patterns: [p('Not Authorized! Email does not match the principal domain')], where: 'OM server', fms: [26] },
  { patterns: [p('[email must match')], where: 'OM server', fms: [26] },
  { patterns: [p('Invalid JWT token, none of the following claims are present'), p("'email' claim is not present")], where: 'OM server', fms: [28] },
  { patterns: [p('Invalid JWT Principal Claims Mapping')], where: 'OM server', fms: [30] },
  { patterns: [p("Invalid JWT token, 'username' claim is not present")], where: 'OM 2.0', fms: [41, 30], beyondCatalogue: 'OM#32000' },
  { patterns: [p("The given token does not match the current bot's token!")], where: 'OM server', fms: [31] },
  { patterns: [p('At least one public key URL must be the Okta JWKS endpoint')], where: 'OM save validator', fms: [3] },
  {
    patterns: [p('Client ID validation failed. HTTP response:')],
    where: 'OM save validator',
    fms: [3, 12, 25],
    order: (_match, line) => {
      const status = /Client ID validation failed\. HTTP response:\s*(\d{3})/.exec(line)?.[1];
      if (status === '401') return [12, 25, 3];
      if (status === '404') return [25, 3, 12];
      return [3, 12, 25];
    },
  },
  { patterns: [p('Invalid or unsafe URL')], where: 'OM save validator', fms: [3] },
  { patterns: [p('Provider name is required')], where: 'OM save validator', fms: [3] },
  { patterns: [p('The following scopes are not supported by the IdP')], where: 'OM save validator', fms: [21] },
  { patterns: [p('You must define either the discovery URL')], where: 'pac4j', fms: [10] },
  { patterns: [p('secret cannot be blank')], where: 'pac4j', fms: [13] },
  { patterns: [p('Redirect URI is required')], where: 'pac4j', fms: [16] },
  { patterns: [p('Redirect URI must exactly match a trusted redirect URI')], where: 'OM 2.0', fms: [16, 20] },
  { patterns: [p('No session found for callback')], where: 'OM server', fms: [16] },
  { patterns: [p("The 'redirect_uri' parameter must be a Login redirect URI")], where: 'Okta', fms: [14, 15, 20] },
  { patterns: [p('The issuer [', '] does not match [')], where: 'okta-auth-js', fms: [1] },
  { patterns: [p('The audience [', '] does not match [')], where: 'okta-auth-js', fms: [25] },
  { patterns: [p('The JWT was issued in the future'), p('The JWT expired and is no longer valid')], where: 'okta-auth-js', fms: [24] },
  { patterns: [p('contains "-admin" in subdomain')], where: 'okta-auth-js', fms: [7] },
  { patterns: [p('PKCE requires a modern browser with encryption support running in a secure context')], where: 'okta-auth-js', fms: [17] },
  // The catalogue notes that this one was reported in lower case (FM-11).
  { patterns: [{ parts: ['PKCE code challenge is required when the token endpoint authentication method is'], ignoreCase: true }], where: 'Okta', fms: [11] },
  { patterns: [p('PKCE code challenge is required by the application')], where: 'Okta', fms: [13] },
  { patterns: [p('Policy evaluation failed for this request')], where: 'Okta', fms: [9] },
  { patterns: [p('User is not assigned to the client application')], where: 'Okta', fms: [19] },
  { patterns: [p('One or more scopes are not configured for the authorization server resource'), p('Custom scopes are not allowed for this request')], where: 'Okta', fms: [21] },
  { patterns: [p('E0000015')], where: 'Okta', fms: [8] },
  { patterns: [p('The refresh token is invalid or expired')], where: 'Okta', fms: [22] },
  { patterns: [p("No 'Access-Control-Allow-Origin' header")], where: 'browser', fms: [18] },
  { patterns: [p('Cannot coerce empty String ("") to element of')], where: 'OM startup', fms: [35] },
  { patterns: [p('Illegal character in path at index')], where: 'OM startup', fms: [6] },
  {
    patterns: [p("expected <block end>, but found '}'")],
    where: 'Compose/YAML',
    fms: [32, 33],
    order: (_match, _line, text, release) => (/PRIVATE_KEY|privateKey|"kty"/.test(text) || release?.ingestion.kind === 'okta-service-app' ? [32, 33] : [33, 32]),
  },
  {
    patterns: [p('Could not fetch the access token please validate the orgURL & clientId'), p('RSA key format is not supported'), p('user instance for')],
    where: 'legacy ingestion',
    fms: [32],
  },
  { patterns: [p('CreateContainerConfigError: secret')], where: 'Kubernetes', fms: [37] },
];

const MAX_MATCH = 300;

/** The first place the pattern matches: its parts in order, on one line. */
function find(text: string, lower: () => string, pattern: Pattern): { match: string; line: string } | undefined {
  const hay = pattern.ignoreCase ? lower() : text;
  const parts = pattern.ignoreCase ? pattern.parts.map((s) => s.toLowerCase()) : pattern.parts;
  const first = parts[0]!;
  let from = 0;
  for (;;) {
    const start = hay.indexOf(first, from);
    if (start < 0) return undefined;
    const lineEnd = hay.indexOf('\n', start);
    const rest = hay.slice(start, lineEnd < 0 ? hay.length : lineEnd);
    let at = first.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const next = rest.indexOf(part, at);
      if (next < 0) {
        ok = false;
        break;
      }
      at = next + part.length;
    }
    if (ok) {
      const match = text.slice(start, start + at);
      const lineStart = text.lastIndexOf('\n', start) + 1;
      return { match: match.length > MAX_MATCH ? `${match.slice(0, MAX_MATCH)}\u2026` : match, line: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd) };
    }
    if (lineEnd < 0) return undefined;
    from = lineEnd + 1;
  }
}

/** Whether a troubleshooting page of `release` has a heading for `id` (checked by tests/unit/explain.test.ts). */
export function docsForFailureMode(fm: number, release: ReleaseFacts): string {
  const page = `/${release.contentDir}/troubleshooting/`;
  const id = FAILURE_MODES[fm]?.ruleIds.find((r) => isExplainedFor(r, release));
  return id ? `${page}#${id.toLowerCase()}` : page;
}

/**
 * The failure modes a pasted error points to, most specific first. A longer matched text and a
 * row naming fewer failure modes count as more specific; several rows pointing to the same
 * failure mode add up. Unrelated text yields an empty list.
 */
export function explainError(text: string, release?: ReleaseFacts): Explanation[] {
  if (typeof text !== 'string' || text === '') return [];
  const target = release ?? latestRelease;
  let lowered: string | undefined;
  const lower = (): string => (lowered ??= text.toLowerCase());
  const found = new Map<number, { score: number; match: string; best: number }>();
  for (const row of LOOKUP) {
    let hit: { match: string; line: string } | undefined;
    let length = 0;
    for (const pattern of row.patterns) {
      hit = find(text, lower, pattern);
      if (hit) {
        length = pattern.parts.join('').length;
        break;
      }
    }
    if (!hit) continue;
    const match = hit.match;
    const order = row.order?.(match, hit.line, text, release) ?? row.fms;
    const base = length / Math.sqrt(row.fms.length);
    order.forEach((fm, position) => {
      const score = base * (1 - 0.1 * position);
      const seen = found.get(fm);
      if (!seen) found.set(fm, { score, match, best: score });
      else {
        seen.score += score;
        if (score > seen.best) {
          seen.best = score;
          seen.match = match;
        }
      }
    });
  }
  return [...found]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .map(([fm, { match }]) => {
      const mode = FAILURE_MODES[fm]!;
      return { fm, title: mode.title, cause: mode.cause, fix: mode.fix, match, ruleIds: [...mode.ruleIds], docs: docsForFailureMode(fm, target) };
    });
}
