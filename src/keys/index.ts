/**
 * The RSA key pair of the legacy (0.12) Okta service application, made with WebCrypto only
 * (`globalThis.crypto.subtle`, the same in Node 24 and in browsers): nothing leaves the machine
 * that runs it, and nothing here stores or logs a key.
 *
 * Okta gets the public key set (`jwks` of the service app, POST /oauth2/v1/clients); the ingestion
 * side keeps the private JWK. Its shape is what the 0.12.1 ingestion reads: `securityConfig.privateKey`
 * goes to `okta.jwt.JWT.get_PEM_JWK` (OM@0.12.1-release:ingestion/src/metadata/ingestion/ometa/
 * auth_provider.py, OktaAuthenticationProvider.auth_token; okta-sdk-python@v2.3.0:okta/jwt.py, the
 * version `okta~=2.3.0` pinned in OM@0.12.1-release:ingestion/setup.py). That function takes a
 * string starting with `{` as one JWK, reads it with Python's `ast.literal_eval` and builds the key
 * with `jose.jwk.construct(..., "RS256")`. So the private key is a single JWK (not a `{ keys: [...] }`
 * set), on one line, starting with `{`, and every value is a string: WebCrypto's `ext: true` and
 * `key_ops` are dropped, because `true` is not a Python literal.
 */

export const KEY_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;


export interface RsaPublicJwk {
  kty: 'RSA';
  kid: string;
  use: 'sig';
  alg: 'RS256';
  n: string;
  e: string;
}

export interface RsaPrivateJwk extends RsaPublicJwk {
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}

export interface KeyPairSet {
  kid: string;
  publicJwks: { keys: [RsaPublicJwk] };
  privateJwk: RsaPrivateJwk;
}

/** The members of an RSA JWK that are private: none of them may reach Okta. */
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

export { isValidKid, KEY_FILES, KID_PATTERN } from './kid.ts';
import { isValidKid, KEY_FILES } from './kid.ts';

/** A fresh key id: a random UUID. */
export function randomKid(): string {
  subtle();
  return globalThis.crypto.randomUUID();
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available here: use a current browser over https or localhost, or Node 24.');
  return s;
}

/** A new extractable RSA 2048 key pair for RS256 (RSASSA-PKCS1-v1_5 with SHA-256). */
export async function generateRsaKeyPair(): Promise<CryptoKeyPair> {
  return (await subtle().generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** Exports a generated pair as the public key set and the private JWK, both carrying `kid`. */
export async function exportKeyPairSet(pair: CryptoKeyPair, kid: string): Promise<KeyPairSet> {
  if (!isValidKid(kid)) throw new Error('The key id must be 1 to 64 letters, digits, dots, dashes or underscores.');
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  const need = (name: keyof JsonWebKey): string => {
    const value = jwk[name];
    if (typeof value !== 'string' || value === '') throw new Error(`the exported key has no ${name}`);
    return value;
  };
  if (jwk.kty !== 'RSA') throw new Error('the exported key is not an RSA key');
  const publicJwk: RsaPublicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: need('n'), e: need('e') };
  const privateJwk: RsaPrivateJwk = {
    ...publicJwk,
    d: need('d'),
    p: need('p'),
    q: need('q'),
    dp: need('dp'),
    dq: need('dq'),
    qi: need('qi'),
  };
  return { kid, publicJwks: { keys: [publicJwk] }, privateJwk };
}

/** Generates a key pair and returns it as `{ kid, publicJwks, privateJwk }`. */
export async function keyPairSet(kid: string = randomKid()): Promise<KeyPairSet> {
  return exportKeyPairSet(await generateRsaKeyPair(), kid);
}

/** The public key set file: one line of JSON (no private member, checked). */
export function publicJwksFileText(set: Pick<KeyPairSet, 'publicJwks'>): string {
  for (const key of set.publicJwks.keys) {
    for (const member of PRIVATE_MEMBERS) {
      if (member in key) throw new Error('refusing to write a private key member into the public key set');
    }
  }
  return `${JSON.stringify(set.publicJwks)}\n`;
}

/** The private JWK file: one line of JSON starting with `{`, as the 0.12 ingestion reads it. */
export function privateJwkFileText(set: Pick<KeyPairSet, 'privateJwk'>): string {
  return `${JSON.stringify(set.privateJwk)}\n`;
}

/** Imports a public JWK for RS256 verification (tests, and a check the browser may run). */
export async function importPublicJwk(jwk: RsaPublicJwk): Promise<CryptoKey> {
  return subtle().importKey('jwk', jwk, { name: KEY_ALGORITHM.name, hash: KEY_ALGORITHM.hash }, false, ['verify']);
}

/** Imports a private JWK for RS256 signing. */
export async function importPrivateJwk(jwk: RsaPrivateJwk): Promise<CryptoKey> {
  return subtle().importKey('jwk', jwk, { name: KEY_ALGORITHM.name, hash: KEY_ALGORITHM.hash }, false, ['sign']);
}

/** The two files of a key pair, as the key step offers them for download (the private one is secret). */
export function keyPairFiles(set: KeyPairSet): { filename: string; text: string; secret: boolean }[] {
  return [
    { filename: KEY_FILES.publicJwks, text: publicJwksFileText(set), secret: false },
    { filename: KEY_FILES.privateJwk, text: privateJwkFileText(set), secret: true },
  ];
}
