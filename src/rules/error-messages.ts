/**
 * The error messages that point to failure modes: section H of the catalogue ("Error string ->
 * failure mode lookup"), matched case-sensitively as the messages appear; a pattern of several
 * parts matches when the parts appear in that order on one line.
 */
import type { ReleaseFacts } from '../releases/facts.ts';

export interface Pattern {
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
  // The same refusal quoted without the 401 body's "Not Authorized!" (as in OM#29488).
  { patterns: [p('Email does not match the principal domain')], where: 'OM server', fms: [26], beyondCatalogue: 'OM#29488' },
  { patterns: [p('[email must match')], where: 'OM server', fms: [26] },
  { patterns: [p('Invalid JWT token, none of the following claims are present'), p("'email' claim is not present")], where: 'OM server', fms: [28] },
  { patterns: [p('Invalid JWT Principal Claims Mapping')], where: 'OM server', fms: [30] },
  { patterns: [p("Invalid JWT token, 'username' claim is not present")], where: 'OM 2.0', fms: [41, 30], beyondCatalogue: 'OM#32000' },
  { patterns: [p("The given token does not match the current bot's token!")], where: 'OM server', fms: [31] },
  // UserRepository.getLoggedInUserByNameAndEmail (openmetadata-service/.../jdbi3/UserRepository.java)
  // logs the first text and answers the second: a user of that name exists with another email
  // (the email built from principalDomain differs from Okta's, or Okta's login is not the email).
  {
    patterns: [
      p('User with given name exists but is not associated with the provided email'),
      p('Account already exists. Please contact administrator'),
      // As the 400 of /api/v1/users/loggedInUser is quoted on 2.0 (OM PR #33725), without the second sentence.
      p('Account already exists'),
    ],
    where: 'OM server',
    fms: [29, 26],
    beyondCatalogue: 'OM#29304',
  },
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
  // Found after the catalogue (August to December 2026): each names where its text comes from.
  // The login loop the lost session starts (OM#30304; fixed for 1.13 by PR #31183, on main by #31181):
  // the whole log line of AuthenticationCodeFlowHandler.handleCallback points to it first.
  {
    patterns: [p('No session found for callback, redirecting to login'), p('No session found for callback')],
    where: 'OM server',
    fms: [42],
    beyondCatalogue: 'OM#30304',
  },
  // OidcDiscoveryValidator.validateJwksEndpoint (openmetadata-service/.../security/auth/validator/):
  // the save check compares publicKeyUrls with discovery's jwks_uri, letter for letter.
  { patterns: [p('publicKeyUrls must include the JWKS URI from discovery')], where: 'OM save validator', fms: [3, 2], beyondCatalogue: 'OM#28088' },
  // OAuth's answers to a sign-in Okta cannot finish without showing a page; since OM PR #31181 the
  // server sends the browser to /signin with them instead of answering 500.
  {
    patterns: [p('login_required'), p('interaction_required'), p('consent_required'), p('account_selection_required')],
    where: 'Okta, then OM',
    fms: [43],
    beyondCatalogue: 'OM#31181',
  },
  // The setting's names: the eviction itself logs nothing (mitodl/ol-infrastructure PR #5976).
  { patterns: [p('maxActiveSessionsPerUser'), p('MAX_ACTIVE_SESSIONS_PER_USER')], where: 'OM 2.0 configuration', fms: [44], beyondCatalogue: 'OM PR #26314' },
  // SecurityConfigurationManager.initialize logs this when a stored configuration wins (OM#31786).
  { patterns: [p('Loaded security configuration from database')], where: 'OM startup', fms: [38, 45], beyondCatalogue: 'OM#31786' },
  // What GET /api/v1/system/config/auth answers when the configuration in use is not Okta's; the
  // answer alternating between providers is several replicas out of step (OM#30882).
  {
    patterns: [p('"provider":"basic"'), p('"provider": "basic"')],
    where: 'OM /api/v1/system/config/auth',
    fms: [38, 45],
    order: (_match, _line, text) => (/"provider":\s*"(?!basic")[a-z-]+"/.test(text) ? [45, 38] : [38, 45]),
    beyondCatalogue: 'OM#30882',
  },
];
