/**
 * The token judge: an ID or access token from Okta, read offline against the reader's settings
 * for one release. It says what OpenMetadata's server will do with the token (accept it, or which
 * 401 it answers), what the browser's Okta library checks before that, and which user
 * OpenMetadata makes of it. Nothing is stored or sent: the token and its claims live only in the
 * returned value. WebCrypto (`globalThis.crypto.subtle`) verifies the signature when a key set is
 * given.
 *
 * What OpenMetadata checks, read in its JwtFilter (OM 1.12.6 source as copied in
 * meiyang1990/OpenMetadata@92ae2f9c, pom.xml 1.12.6, not an upstream tag:
 * openmetadata-service/src/main/java/org/openmetadata/service/security/JwtFilter.java,
 * validateJwtAndGetClaims; the same in the main-branch snapshot 00d5d7d6, decodeAndVerify):
 * - `exp` against the server's UTC clock with no leeway: `exp` before now is "Expired token!";
 *   a token without `exp` never expires there;
 * - the key by `kid` across every publicKeyUrls entry, then the signature, RS256 unless
 *   tokenValidationAlgorithm says otherwise ("Invalid token. Token verification failed. Public
 *   key mismatch.");
 * - nothing else of the token: not `iss`, not `aud`, not `nbf`, not `iat` (OM PR #26781, which
 *   proposed checking them, was closed unmerged).
 * The user comes from SecurityUtil.findUserNameFromClaims / findEmailFromClaims and the domain
 * check from validateDomainEnforcement (same file set), over claims looked up case-insensitively.
 * 2.0 reads them the same way: the email-claim settings of OM PR #25538 are not in 2.0
 * (src/releases/v2-0.ts).
 *
 * The browser (public client) runs okta-auth-js first, which compares `iss` with the issuer and
 * `aud` with the client ID exactly and allows 300 seconds of clock skew by default
 * (okta/okta-auth-js lib/oidc/util/validateClaims.ts; failure modes FM-01, FM-24, FM-25 of
 * docs/design.md).
 */
import { originOf, type Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { diagnostic } from '../rules/diagnostic.ts';
import type { RuleId } from '../rules/table.ts';
import type { Diagnostic, Severity } from '../rules/types.ts';
import { resolveSettings, type Settings } from '../settings/index.ts';
import { show } from '../text/quote.ts';
import { decodeToken, TokenFormatError, type DecodedToken } from './jwt.ts';

export { base64UrlToBytes, bytesToBase64Url, decodeToken, TokenFormatError, type DecodedToken } from './jwt.ts';

/** Seconds of clock skew OpenMetadata's JwtFilter allows on `exp`: none (see the top of this file). */
export const OPENMETADATA_CLOCK_SKEW_SECONDS = 0;
/** okta-auth-js's default maxClockSkew, which the browser applies to `iat` and `exp` (public client). */
export const OKTA_AUTH_JS_CLOCK_SKEW_SECONDS = 300;
/** The audience of Okta's default custom authorization server, as Okta creates it. */
export const DEFAULT_AUTH_SERVER_AUDIENCE = 'api://default';
/** jwtPrincipalClaims when a setting does not say (OpenMetadata's conf/openmetadata.yaml default). */
const DEFAULT_PRINCIPAL_CLAIMS = ['email', 'preferred_username', 'sub'];

export interface Jwk {
  kty?: string;
  kid?: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
  [key: string]: unknown;
}

export interface Jwks {
  keys: Jwk[];
}

export interface JudgeOptions {
  release: ReleaseFacts;
  /** The settings OpenMetadata runs with; resolved from `inputs` when absent. */
  settings?: Settings;
  inputs?: Inputs;
  /** A JWKS object (`{ keys: [...] }`): with it, the key is looked up by kid and the signature verified. */
  jwks?: unknown;
  now?: Date;
}

export interface TokenUser {
  /** The user name OpenMetadata makes (lower case, the part before @); absent when it cannot make one. */
  name?: string;
  email?: string;
  /** The claim the user name comes from. */
  from?: string;
  /** The claim the email comes from (the same as `from` unless jwtPrincipalClaimsMapping names another). */
  emailFrom?: string;
  /** Whether the email's domain passes enforcePrincipalDomain (true when it is not enforced). */
  domainOk: boolean;
  /** Whether the user name is one of adminPrincipals. */
  admin: boolean;
}

export interface TokenJudgement {
  /** The decoded header and claims: shown to the reader, never stored. Empty when the text is not a JWT. */
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  kind: 'id' | 'access';
  findings: Diagnostic[];
  user: TokenUser;
}

type Emit = (id: RuleId, severity: Severity, message: string, field?: string) => void;

/**
 * A token OpenMetadata signed itself (a bot's, a personal access token, or 2.0's session token
 * after an auth code sign-in): JWTTokenGenerator sets isBot and tokenType on every one (OM 1.12.6
 * copy, openmetadata-service/.../security/jwt/JWTTokenGenerator.java); Okta sets neither.
 */
export function isOpenMetadataToken(claims: Record<string, unknown>): boolean {
  return typeof claims['tokenType'] === 'string' || typeof claims['isBot'] === 'boolean';
}

/** Okta's access tokens carry scp and cid (and a jti starting AT.); its ID tokens carry neither. OpenMetadata's own tokens are access tokens. */
export function tokenKind(claims: Record<string, unknown>): 'id' | 'access' {
  const jti = claims['jti'];
  return 'scp' in claims || 'cid' in claims || (typeof jti === 'string' && jti.startsWith('AT.')) || isOpenMetadataToken(claims) ? 'access' : 'id';
}

const quoted = (value: unknown): string => show(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

const when = (seconds: number): string => {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z');
};

function span(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} second${s === 1 ? '' : 's'}`;
  if (s < 7200) return `${Math.round(s / 60)} minutes`;
  if (s < 172800) return `${Math.round(s / 3600)} hours`;
  return `${Math.round(s / 86400)} days`;
}

export async function judgeToken(token: string, options: JudgeOptions): Promise<TokenJudgement> {
  const { release } = options;
  const findings: Diagnostic[] = [];
  const emit: Emit = (id, severity, message, field) => findings.push(diagnostic(id, severity, field, message, release));
  const user: TokenUser = { domainOk: false, admin: false };

  let decoded: DecodedToken;
  try {
    decoded = decodeToken(token);
  } catch (error) {
    if (!(error instanceof TokenFormatError)) throw error;
    emit('OKTA-TOKEN-002', 'error', `This is not a signed token: ${error.message}. Paste the whole ID or access token, three base64url parts joined by dots (it starts with "eyJ").`);
    return { header: {}, claims: {}, kind: 'id', findings, user };
  }
  const { header, claims } = decoded;
  const kind = tokenKind(claims);
  const settings = options.settings ?? (options.inputs ? resolveSettings(options.inputs, release) : {});
  const flow = settings.clientType === 'confidential' ? 'authcode' : 'implicit';

  const ownToken = isOpenMetadataToken(claims);
  const signatureOk = await checkSignature(decoded, options.jwks, emit, ownToken);
  // OpenMetadata's own tokens carry its issuer (jwtTokenConfiguration.jwtissuer) and no Okta audience.
  if (!ownToken) {
    checkIssuer(claims, kind, settings, emit);
    checkAudience(claims, kind, settings, emit);
  }
  checkTimes(claims, options.now ?? new Date(), flow, emit);
  Object.assign(user, findUser(claims, kind, settings, release, emit));
  if (user.name !== undefined) {
    const pieces = [
      `OpenMetadata signs this token in as the user ${show(user.name)} (from the ${show(user.from ?? '')} claim) with the email ${show(user.email ?? '')}`,
      user.admin ? 'an admin: the name is in adminPrincipals' : 'not an admin: the name is not in adminPrincipals',
    ];
    if (!signatureOk) pieces.push('provided it accepts the token at all (see the errors above)');
    let note = '';
    if (ownToken) {
      note = ` This token was issued by OpenMetadata itself (${typeof claims['tokenType'] === 'string' ? `tokenType ${show(claims['tokenType'])}` : 'isBot'}), not by Okta: a bot's token, a personal access token${release.callbackToken?.kind === 'openmetadata-jwt' ? ", or the token 2.0 hands the browser after an auth code sign-in" : ''}. It is verified with OpenMetadata's own key set (its /config/jwks URL in publicKeyUrls), and its issuer and audience are not Okta's.`;
    } else if (kind === 'id' && flow === 'authcode' && release.callbackToken?.kind === 'openmetadata-jwt') {
      note = " In 2.0's auth code flow, OpenMetadata reads this ID token once, at sign-in, and then hands the browser a token of its own, whose claims are OpenMetadata's (a custom jwtPrincipalClaimsMapping fails there: OKTA-UPG-001).";
    }
    emit('OKTA-TOKEN-007', 'info', `${pieces.join('; ')}.${note}`);
  }
  return { header, claims, kind, findings, user };
}

/** alg, kid and (with a key set) the signature. True when the signature was verified. */
async function checkSignature(decoded: DecodedToken, jwks: unknown, emit: Emit, ownToken: boolean): Promise<boolean> {
  const alg = decoded.header['alg'];
  if (alg !== 'RS256') {
    const why =
      alg === undefined || alg === 'none' || alg === 'None' || alg === 'NONE'
        ? 'It is not signed at all (alg "none"): anyone could have written it, and OpenMetadata refuses it.'
        : typeof alg === 'string' && /^HS/i.test(alg)
          ? `It is signed with a shared secret (alg ${show(alg)}). OpenMetadata checks signatures only with the public keys at publicKeyUrls, so it refuses it; Okta never signs ID or access tokens this way.`
          : `Its alg is ${quoted(alg)}. OpenMetadata verifies with RS256 (its tokenValidationAlgorithm default), as Okta signs its tokens.`;
    emit('OKTA-TOKEN-003', 'error', `${why} Get a token from Okta's sign-in (the ID token the browser holds after signing in), not one made by hand or by another service.`);
    return false;
  }
  const kid = decoded.header['kid'];
  if (typeof kid !== 'string' || kid === '') {
    emit('OKTA-TOKEN-004', 'error', 'The token names no key (no kid in its header). OpenMetadata looks up the signing key by kid in publicKeyUrls, so it cannot verify it. Okta always sets kid: this token was not issued by Okta.');
    return false;
  }
  if (jwks === undefined) {
    emit('OKTA-TOKEN-005', 'info', `The signature was not checked: no key set was given. Fetch Okta's keys (the jwks_uri of the discovery document) to check that kid ${show(kid)} is there and that the signature verifies.`);
    return false;
  }
  const keys = jwksKeys(jwks);
  if (keys === undefined) {
    emit('OKTA-TOKEN-004', 'error', 'The key set is not a JWKS (a JSON object with a "keys" list), so the key could not be looked up. Use the jwks_uri of your authorization server\u2019s discovery document.');
    return false;
  }
  const key = keys.find((k) => k.kid === kid);
  if (!key) {
    const kids = keys.map((k) => k.kid).filter((k): k is string => typeof k === 'string');
    const held = kids.length === 0 ? 'no key with a kid' : kids.map((k) => show(k)).join(', ');
    emit(
      'OKTA-TOKEN-004',
      ownToken ? 'warning' : 'error',
      ownToken
        ? `No key in the key set has kid ${show(kid)} (it holds ${held}). This token was issued by OpenMetadata itself: check it against OpenMetadata's own key set (its /config/jwks URL, in publicKeyUrls), not Okta's.`
        : `No key in the key set has kid ${show(kid)} (it holds ${held}). OpenMetadata would answer "No key found ... with kid". The token comes from another authorization server than this key set (compare its iss with the authority), or Okta has rotated its keys: fetch the key set again, and check that publicKeyUrls lists the key URL of the authorization server that issued the token.`,
    );
    return false;
  }
  let publicKey: CryptoKey;
  try {
    if (key.kty !== 'RSA' || typeof key.n !== 'string' || typeof key.e !== 'string') throw new Error('not an RSA key');
    publicKey = await globalThis.crypto.subtle.importKey('jwk', { kty: 'RSA', n: key.n, e: key.e, alg: 'RS256', ext: true }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  } catch {
    emit('OKTA-TOKEN-005', 'error', `The key with kid ${show(kid)} is not a usable RSA public key (kty RSA with n and e), so the signature cannot be verified. Use Okta's key set as it is served.`);
    return false;
  }
  const ok = await globalThis.crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, decoded.signature, new TextEncoder().encode(decoded.signingInput));
  if (!ok) {
    emit(
      'OKTA-TOKEN-005',
      'error',
      `The signature does not verify with the key kid ${show(kid)}: OpenMetadata would answer "Invalid token. Token verification failed. Public key mismatch." The token was changed after Okta signed it (paste it again, whole), or it is an org authorization server access token, which Okta does not sign for others to verify.`,
    );
  }
  return ok;
}

function jwksKeys(jwks: unknown): Jwk[] | undefined {
  if (typeof jwks !== 'object' || jwks === null) return undefined;
  const keys = (jwks as { keys?: unknown }).keys;
  return Array.isArray(keys) ? keys.filter((k): k is Jwk => typeof k === 'object' && k !== null) : undefined;
}

/** `https://x.okta.com` (org) or `https://x.okta.com/oauth2/<id>` (custom): the server part of an issuer. */
function authServerOf(issuer: string): { origin: string; path: string } {
  const origin = originOf(issuer);
  return { origin, path: issuer.slice(origin.length).replace(/\/+$/, '') };
}

const describeServer = (path: string): string =>
  path === '' ? 'the org authorization server' : /^\/oauth2\/default$/.test(path) ? 'the default custom authorization server' : `the custom authorization server ${show(path.replace(/^\/oauth2\//, ''))}`;

function checkIssuer(claims: Record<string, unknown>, kind: 'id' | 'access', settings: Settings, emit: Emit): void {
  const authority = settings.authority;
  if (authority === undefined || authority === '') return;
  const iss = claims['iss'];
  if (typeof iss !== 'string') {
    emit('OKTA-ISS-001', 'error', `The token has no iss (issuer) claim, so it cannot be matched with the authority ${show(authority)}. Okta always sets it: this token was not issued by Okta.`);
    return;
  }
  if (iss === authority) return;
  const tokenServer = authServerOf(iss);
  const configured = authServerOf(authority);
  const fix = `The browser's Okta library refuses a token whose iss is not exactly the authority ("The issuer ... does not match"), and OpenMetadata finds no key for it unless publicKeyUrls lists that server's keys.`;
  if (iss.replace(/\/+$/, '') === authority.replace(/\/+$/, '')) {
    const withSlash = authority.endsWith('/') ? 'the authority' : 'the token\u2019s iss';
    emit('OKTA-ISS-001', 'error', `The token's iss ${show(iss)} and the authority ${show(authority)} differ only by a trailing slash (${withSlash} ends with /). The comparison is exact: set the authority to ${show(iss.replace(/\/+$/, ''))}, without the trailing slash, as Okta writes its issuer. ${fix}`, 'authority');
    return;
  }
  if (tokenServer.origin.toLowerCase() === configured.origin.toLowerCase() && tokenServer.path !== configured.path) {
    const orgToken = kind === 'access' && tokenServer.path === '';
    emit(
      'OKTA-ISS-001',
      'error',
      `The token was issued by ${describeServer(tokenServer.path)} (${show(iss)}), but the authority is ${describeServer(configured.path)} (${show(authority)}): the org authorization server (https://{domain}) and a custom one (https://{domain}/oauth2/{id}) are different issuers with different keys. Use one of them everywhere: the authorization server input, the authority, the discovery URL and the Okta key URL${orgToken ? '' : ', and in Okta, the app\u2019s sign-in'}. ${fix}`,
      'authServer',
    );
    return;
  }
  emit(
    'OKTA-ISS-001',
    'error',
    `The token's iss ${show(iss)} is not the authority ${show(authority)}: it comes from another Okta org or domain. If your authorization server's Issuer is set to a custom URL (or "Dynamic"), set it to the Okta URL in Okta (Security > API > Authorization Servers > Settings), or make the Okta domain input the domain the token names. ${fix}`,
    'oktaDomain',
  );
}

function checkAudience(claims: Record<string, unknown>, kind: 'id' | 'access', settings: Settings, emit: Emit): void {
  const aud = claims['aud'];
  const auds = Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : typeof aud === 'string' ? [aud] : [];
  const iss = typeof claims['iss'] === 'string' ? claims['iss'] : '';
  const clientId = settings.clientId ?? '';
  if (kind === 'id') {
    if (clientId === '') return;
    if (!auds.includes(clientId)) {
      emit(
        'OKTA-TOKEN-006',
        'error',
        `This ID token's aud is ${aud === undefined ? 'missing' : quoted(aud)}, not the client ID ${show(clientId)}: it was issued to another Okta app. The browser's Okta library refuses it ("The audience ... does not match"). OpenMetadata's server does not check aud itself, so the mistake is in the client ID: use the Client ID of the Okta app readers sign in with, in the client ID input (authentication clientId${settings.oidcClientId !== undefined ? ' and oidcConfiguration id' : ''}).`,
        'clientId',
      );
    }
    return;
  }
  // An access token: what the audience says about who it was issued for.
  if (iss !== '' && authServerOf(iss).path === '') {
    emit(
      'OKTA-TOKEN-001',
      'error',
      `This is an access token of the org authorization server (iss ${show(iss)}, aud ${quoted(aud)}). Okta issues those for its own APIs and does not publish keys to verify them, so OpenMetadata refuses it ("Invalid token. Token verification failed. Public key mismatch." or no key for its kid). Call OpenMetadata with a bot or personal access token, or with an access token of a custom authorization server whose key URL is in publicKeyUrls.`,
    );
    return;
  }
  if (/\/oauth2\/default$/.test(iss) && !auds.includes(DEFAULT_AUTH_SERVER_AUDIENCE)) {
    emit(
      'OKTA-TOKEN-006',
      'warning',
      `This access token of the default custom authorization server has aud ${quoted(aud)}, not ${DEFAULT_AUTH_SERVER_AUDIENCE}, the audience Okta gives that server (the API its access tokens are for). Someone changed the server's Audience, or the token was asked for another API. OpenMetadata does not check aud (its JwtFilter checks only the signature and exp), so this alone does not make it refuse the token; other services that check the audience will.`,
    );
  }
  const cid = claims['cid'];
  if (clientId !== '' && typeof cid === 'string' && cid !== clientId) {
    emit('OKTA-TOKEN-006', 'warning', `This access token was issued to the Okta app ${show(cid)} (cid), not to the client ID ${show(clientId)}. OpenMetadata does not check this, but it means the token was not issued to OpenMetadata's app: check which app the script or service signs in with.`, 'clientId');
  }
}

function checkTimes(claims: Record<string, unknown>, now: Date, flow: 'implicit' | 'authcode', emit: Emit): void {
  const nowSeconds = now.getTime() / 1000;
  const num = (name: string): number | undefined => (typeof claims[name] === 'number' && Number.isFinite(claims[name]) ? (claims[name] as number) : undefined);
  const exp = num('exp');
  const iat = num('iat');
  const nbf = num('nbf');
  if (exp !== undefined && exp + OPENMETADATA_CLOCK_SKEW_SECONDS < nowSeconds) {
    const lifetime = iat !== undefined && exp > iat ? ` It was valid for ${span(exp - iat)} from ${when(iat)}.` : '';
    emit(
      'OKTA-CLOCK-001',
      'error',
      `The token expired at ${when(exp)}, ${span(nowSeconds - exp)} before ${when(Math.floor(nowSeconds))} (the time it was checked against). OpenMetadata allows no clock skew on exp and answers 401 "Expired token!".${lifetime} Sign in again for a fresh token. If fresh tokens are refused as expired too, the OpenMetadata server's clock is ahead: sync it (NTP).`,
    );
  }
  if (iat !== undefined && iat > nowSeconds) {
    const ahead = iat - nowSeconds;
    const refused = flow === 'implicit' && ahead > OKTA_AUTH_JS_CLOCK_SKEW_SECONDS;
    emit(
      'OKTA-CLOCK-001',
      refused ? 'error' : 'warning',
      `The token was issued at ${when(iat)}, ${span(ahead)} after ${when(Math.floor(nowSeconds))}: the clock of the machine checking it is behind Okta's. ${refused ? `The browser's Okta library allows ${OKTA_AUTH_JS_CLOCK_SKEW_SECONDS} seconds and refuses it ("The JWT was issued in the future")` : `The browser's Okta library allows ${OKTA_AUTH_JS_CLOCK_SKEW_SECONDS} seconds; OpenMetadata does not read iat`}. Sync the clocks of the readers' machines and the server (NTP).`,
    );
  }
  if (nbf !== undefined && nbf > nowSeconds) {
    emit(
      'OKTA-CLOCK-001',
      'warning',
      `The token is not valid before ${when(nbf)}, ${span(nbf - nowSeconds)} from ${when(Math.floor(nowSeconds))}. OpenMetadata's JwtFilter does not read nbf, but libraries that do refuse the token until then: a clock is behind the issuer's. Sync the clocks (NTP).`,
    );
  }
}

const claimText = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The user OpenMetadata makes: findUserNameFromClaims, findEmailFromClaims, validateDomainEnforcement, adminPrincipals. */
function findUser(claims: Record<string, unknown>, kind: 'id' | 'access', settings: Settings, release: ReleaseFacts, emit: Emit): TokenUser {
  // OpenMetadata reads claims case-insensitively (a TreeMap with CASE_INSENSITIVE_ORDER).
  const byName = new Map<string, { name: string; value: unknown }>();
  for (const [name, value] of Object.entries(claims)) byName.set(name.toLowerCase(), { name, value });
  const has = (name: string) => byName.has(name.toLowerCase());
  const get = (name: string) => byName.get(name.toLowerCase());

  const order = settings.jwtPrincipalClaims ?? (release.settings.jwtPrincipalClaims?.default as readonly string[] | undefined) ?? DEFAULT_PRINCIPAL_CLAIMS;
  const mapping = new Map<string, string>();
  for (const entry of settings.jwtPrincipalClaimsMapping ?? []) {
    const at = entry.indexOf(':');
    if (at > 0) mapping.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  const principalDomain = settings.principalDomain ?? '';
  const enforce = settings.enforcePrincipalDomain === true;
  const isBot = claims['isBot'] === true;

  let name: string | undefined;
  let email: string | undefined;
  let from: string | undefined;
  let emailFrom: string | undefined;
  let domain = '';
  if (mapping.size > 0 && !isBot) {
    const userClaim = mapping.get('username') ?? '';
    const emailClaim = mapping.get('email') ?? '';
    const userValue = claimText(get(userClaim)?.value);
    const emailValue = claimText(get(emailClaim)?.value);
    if (!userValue) {
      emit('OKTA-CLAIM-001', 'error', `The token has no ${show(userClaim)} claim, which jwtPrincipalClaimsMapping names for the user name: OpenMetadata answers "Invalid JWT token, 'username' claim is not present" on every request. Add the claim to the token in Okta (the authorization server's Claims, for ID tokens too), or map username to a claim the token has.`, 'jwtPrincipalClaimsMapping');
    } else {
      name = (userValue.includes('@') ? userValue.split('@')[0]! : userValue).toLowerCase();
      from = get(userClaim)!.name;
    }
    if (!emailValue || !emailValue.includes('@')) {
      emit('OKTA-CLAIM-001', 'error', `The token's ${show(emailClaim)} claim, which jwtPrincipalClaimsMapping names for the email, is ${emailValue ? `${show(emailValue)}, not an email address` : 'missing'}: OpenMetadata answers "Invalid JWT token, 'email' claim is not present or invalid". Request the email scope, or map email to a claim that holds the address.`, 'jwtPrincipalClaimsMapping');
      name = undefined;
    } else {
      email = emailValue.toLowerCase();
      emailFrom = get(emailClaim)!.name;
      domain = emailValue.split('@')[1] ?? '';
    }
  } else {
    const first = order.find((claim) => has(claim));
    if (first === undefined) {
      emit('OKTA-CLAIM-001', 'error', `None of the claims OpenMetadata takes the user from (jwtPrincipalClaims ${order.join(', ')}) is in the token: it answers "Invalid JWT token, none of the following claims are present [${order.join(', ')}]" on every request. Request the email and profile scopes, or list a claim the token has.`, 'jwtPrincipalClaims');
    } else {
      const value = claimText(get(first)!.value) ?? '';
      from = get(first)!.name;
      emailFrom = from;
      name = (value.includes('@') ? value.split('@')[0]! : value).toLowerCase();
      email = (value.includes('@') ? value : `${value}@${principalDomain}`).toLowerCase();
      if (value.includes('@')) domain = value.split('@')[1] ?? '';
      if (first.toLowerCase() !== order[0]?.toLowerCase()) {
        const missing = order.slice(0, order.indexOf(first)).join(', ');
        emit(
          'OKTA-CLAIM-001',
          'warning',
          `The token has no ${missing} claim, so OpenMetadata takes the user from ${show(first)} (${show(value)}): user name ${show(name)}, email ${show(email)}.${value.includes('@') ? '' : ` The email is made from the user name and the principal domain.`} If that is not the user's email address, the user is created under the wrong name or "Account already exists" follows. ${kind === 'access' && missing.includes('email') ? "Okta's access tokens carry no email claim unless the authorization server adds one (Security > API > Authorization Servers > Claims, an email claim for access tokens)." : missing.includes('email') ? 'Request the email scope (openid profile email) for the Okta app, and allow it on the authorization server.' : 'Add the claim to the token in Okta.'}`,
          'jwtPrincipalClaims',
        );
      }
    }
  }

  // validateDomainEnforcement: the domain of the claim the email comes from, compared exactly in
  // OM 1.12.6 (OM PR #30285 made the comparison ignore case later).
  let domainOk = true;
  if (enforce && !isBot && (email !== undefined || from !== undefined)) {
    if (domain !== principalDomain) {
      domainOk = false;
      const caseOnly = domain.toLowerCase() === principalDomain.toLowerCase() && domain !== '';
      emit(
        'OKTA-DOM-001',
        caseOnly ? 'warning' : 'error',
        caseOnly
          ? `The email domain ${show(domain)} differs from the principal domain ${show(principalDomain)} only in case. Releases that compare the domains exactly refuse the user ("Email does not match the principal domain"); later ones ignore case. Make Okta's email addresses lower case, or match their case in principalDomain.`
          : `${domain === '' ? `The claim OpenMetadata takes the user from (${show(emailFrom ?? from ?? '')}) holds no email address, so it has no domain` : `The email domain ${show(domain)} is not the principal domain ${show(principalDomain)}`}, and enforcePrincipalDomain is on: OpenMetadata answers 401 "Not Authorized! Email does not match the principal domain ${principalDomain}". Set principalDomain to the users' email domain, or turn enforcement off.`,
        'principalDomain',
      );
    }
  }

  const admins = (settings.adminPrincipals ?? []).map((a) => a.trim());
  const admin = name !== undefined && admins.some((a) => a.toLowerCase() === name);
  if (name !== undefined && !admin) {
    const near = admins.find((a) => a.includes('@') && a.split('@')[0]!.toLowerCase() === name);
    if (near !== undefined) {
      emit('OKTA-ADMIN-001', 'warning', `adminPrincipals lists ${show(near)}, an email address; OpenMetadata compares user names, so this user (${show(name)}) is not made an admin. List ${show(name)} instead.`, 'adminPrincipals');
    }
  }
  const user: TokenUser = { domainOk: domainOk && (email !== undefined || from !== undefined), admin };
  if (name !== undefined) user.name = name;
  if (email !== undefined) user.email = email;
  if (from !== undefined) user.from = from;
  if (emailFrom !== undefined) user.emailFrom = emailFrom;
  return user;
}
