/**
 * Tokens for the token judge's tests: RSA keys generated here with WebCrypto, tokens signed with
 * them, and one table of cases (what is wrong with the token, which rule id the judge must name)
 * that the unit tests, the CLI tests and the browser tests all run.
 */
import { bytesToBase64Url } from '../../src/token/jwt.ts';

export const TOKEN_INPUTS = {
  omUrl: 'https://openmetadata.example.com',
  flow: 'implicit',
  oktaDomain: 'dev-123456.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'example.com',
  adminPrincipals: ['admin'],
  enforcePrincipalDomain: true,
} as const;

export const ISSUER = 'https://dev-123456.okta.com/oauth2/default';
export const KID = 'test-key-1';

export interface SigningKeys {
  privateKey: CryptoKey;
  /** Another key, for signatures that must not verify. */
  otherPrivateKey: CryptoKey;
  jwks: { keys: Record<string, unknown>[] };
}

const RSA = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;

export async function signingKeys(): Promise<SigningKeys> {
  const pair = await crypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const other = await crypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    privateKey: pair.privateKey,
    otherPrivateKey: other.privateKey,
    jwks: { keys: [{ kty: 'RSA', kid: KID, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e }] },
  };
}

const encode = (value: unknown): string => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(value)));

export async function signToken(header: Record<string, unknown>, claims: Record<string, unknown>, key: CryptoKey | undefined): Promise<string> {
  const input = `${encode(header)}.${encode(claims)}`;
  if (!key) return `${input}.`;
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(input)));
  return `${input}.${bytesToBase64Url(signature)}`;
}

/** An Okta-shaped ID token's claims for jane.doe@example.com, valid from a minute ago for an hour. */
export function idClaims(nowSeconds: number): Record<string, unknown> {
  return {
    ver: 1,
    sub: '00u1a2b3c4d5e6f7g8h9',
    iss: ISSUER,
    aud: TOKEN_INPUTS.clientId,
    iat: nowSeconds - 60,
    exp: nowSeconds + 3540,
    jti: 'ID.abcdefghijklmnop',
    amr: ['pwd'],
    idp: '00o1a2b3c4d5e6f7g8h9',
    auth_time: nowSeconds - 70,
    email: 'jane.doe@example.com',
    preferred_username: 'jane.doe@example.com',
    name: 'Jane Doe',
  };
}

export interface TokenCase {
  name: string;
  /** Changes to the header (alg, kid). */
  header?: Record<string, unknown>;
  /** Changes to the claims; a value of null removes the claim. */
  claims?: (now: number) => Record<string, unknown>;
  /** Which key signs: the one in the key set (default), another one, or none (alg none). */
  signer?: 'key' | 'other' | 'none';
  /** Changes to the inputs. */
  inputs?: Record<string, unknown>;
  /** Every rule id the judge names (sorted), and the one the case is about. */
  ids: string[];
  about: string;
  /** Text the finding about it says. */
  says?: RegExp;
  severity: 'error' | 'warning' | 'info';
  user?: { name?: string; email?: string; from?: string; domainOk?: boolean; admin?: boolean };
}

export const TOKEN_CASES: readonly TokenCase[] = [
  { name: 'good', ids: ['OKTA-TOKEN-007'], about: 'OKTA-TOKEN-007', severity: 'info', says: /as the user "jane\.doe" \(from the "email" claim\)/, user: { name: 'jane.doe', email: 'jane.doe@example.com', from: 'email', domainOk: true, admin: false } },
  { name: 'wrong issuer', claims: () => ({ iss: 'https://dev-999999.okta.com/oauth2/default' }), ids: ['OKTA-ISS-001', 'OKTA-TOKEN-007'], about: 'OKTA-ISS-001', severity: 'error', says: /another Okta org or domain/ },
  { name: 'org/custom mix', claims: () => ({ iss: 'https://dev-123456.okta.com' }), ids: ['OKTA-ISS-001', 'OKTA-TOKEN-007'], about: 'OKTA-ISS-001', severity: 'error', says: /issued by the org authorization server .* the authority is the default custom authorization server/ },
  { name: 'trailing slash', claims: () => ({ iss: `${ISSUER}/` }), ids: ['OKTA-ISS-001', 'OKTA-TOKEN-007'], about: 'OKTA-ISS-001', severity: 'error', says: /differ only by a trailing slash/ },
  { name: 'wrong audience', claims: () => ({ aud: '0oaZZZZZZZZZZZZZZZZZ' }), ids: ['OKTA-TOKEN-006', 'OKTA-TOKEN-007'], about: 'OKTA-TOKEN-006', severity: 'error', says: /not the client ID "0oa1b2c3d4e5f6g7h8i9"/ },
  { name: 'expired', claims: (now) => ({ iat: now - 7200, exp: now - 3600 }), ids: ['OKTA-CLOCK-001', 'OKTA-TOKEN-007'], about: 'OKTA-CLOCK-001', severity: 'error', says: /expired .* "Expired token!"/ },
  { name: 'future nbf', claims: (now) => ({ nbf: now + 900 }), ids: ['OKTA-CLOCK-001', 'OKTA-TOKEN-007'], about: 'OKTA-CLOCK-001', severity: 'warning', says: /not valid before/ },
  { name: 'unknown kid', header: { kid: 'rotated-away' }, ids: ['OKTA-TOKEN-004', 'OKTA-TOKEN-007'], about: 'OKTA-TOKEN-004', severity: 'error', says: /No key in the key set has kid "rotated-away" \(it holds "test-key-1"\)/ },
  { name: 'bad signature', signer: 'other', ids: ['OKTA-TOKEN-005', 'OKTA-TOKEN-007'], about: 'OKTA-TOKEN-005', severity: 'error', says: /Public key mismatch/ },
  { name: 'alg none', header: { alg: 'none' }, signer: 'none', ids: ['OKTA-TOKEN-003', 'OKTA-TOKEN-007'], about: 'OKTA-TOKEN-003', severity: 'error', says: /not signed at all/ },
  { name: 'missing email', claims: () => ({ email: null }), ids: ['OKTA-CLAIM-001', 'OKTA-TOKEN-007'], about: 'OKTA-CLAIM-001', severity: 'warning', says: /no email claim, so OpenMetadata takes the user from "preferred_username"/, user: { name: 'jane.doe', from: 'preferred_username' } },
  { name: 'other domain', claims: () => ({ email: 'jane.doe@other.example', preferred_username: 'jane.doe@other.example' }), ids: ['OKTA-DOM-001', 'OKTA-TOKEN-007'], about: 'OKTA-DOM-001', severity: 'error', says: /Email does not match the principal domain example\.com/, user: { domainOk: false } },
  { name: 'admin', inputs: { adminPrincipals: ['jane.doe'] }, ids: ['OKTA-TOKEN-007'], about: 'OKTA-TOKEN-007', severity: 'info', says: /an admin: the name is in adminPrincipals/, user: { name: 'jane.doe', admin: true } },
];

/** The case's token, signed now. */
export async function tokenFor(c: TokenCase, keys: SigningKeys, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  const claims: Record<string, unknown> = { ...idClaims(nowSeconds), ...(c.claims?.(nowSeconds) ?? {}) };
  for (const [name, value] of Object.entries(claims)) if (value === null) delete claims[name];
  const header = { alg: 'RS256', kid: KID, ...(c.header ?? {}) };
  const key = c.signer === 'none' ? undefined : c.signer === 'other' ? keys.otherPrivateKey : keys.privateKey;
  return signToken(header, claims, key);
}

export const inputsFor = (c: TokenCase): Record<string, unknown> => ({ ...TOKEN_INPUTS, ...(c.inputs ?? {}) });
