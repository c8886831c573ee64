import { describe, expect, it } from 'vitest';
import {
  importPrivateJwk,
  importPublicJwk,
  isValidKid,
  keyPairFiles,
  keyPairSet,
  KEY_ALGORITHM,
  PRIVATE_MEMBERS,
  privateJwkFileText,
  publicJwksFileText,
  type RsaPrivateJwk,
} from '../../src/keys/index.ts';

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const text = (value: unknown): string => b64url(new TextEncoder().encode(JSON.stringify(value)));

/** A compact JWS (RS256) signed with the private JWK, as the 0.12 ingestion signs its client assertion. */
async function signJwt(privateJwk: RsaPrivateJwk, claims: Record<string, unknown>): Promise<string> {
  const input = `${text({ alg: 'RS256', typ: 'JWT', kid: privateJwk.kid })}.${text(claims)}`;
  const key = await importPrivateJwk(privateJwk);
  const signature = new Uint8Array(await crypto.subtle.sign(KEY_ALGORITHM.name, key, new TextEncoder().encode(input)));
  return `${input}.${b64url(signature)}`;
}

async function verifyJwt(jwt: string, publicJwk: Parameters<typeof importPublicJwk>[0]): Promise<boolean> {
  const [header, payload, signature] = jwt.split('.');
  const key = await importPublicJwk(publicJwk);
  return crypto.subtle.verify(KEY_ALGORITHM.name, key, Buffer.from(signature!, 'base64url'), new TextEncoder().encode(`${header}.${payload}`));
}

describe('keyPairSet: the service application key pair (WebCrypto)', async () => {
  const set = await keyPairSet('om-ingestion-test');
  const publicJwk = set.publicJwks.keys[0];

  it('is an RSA 2048 key pair for RS256', async () => {
    expect(publicJwk.kty).toBe('RSA');
    expect(publicJwk.alg).toBe('RS256');
    expect(publicJwk.use).toBe('sig');
    expect(publicJwk.e).toBe('AQAB');
    expect(Buffer.from(publicJwk.n, 'base64url').length * 8).toBe(2048);
    const key = await importPublicJwk(publicJwk);
    const algorithm = key.algorithm as RsaHashedKeyAlgorithm;
    expect(algorithm.name).toBe('RSASSA-PKCS1-v1_5');
    expect(algorithm.modulusLength).toBe(2048);
    expect(algorithm.hash.name).toBe('SHA-256');
  });

  it('puts no private member in the public key set', () => {
    expect(set.publicJwks.keys).toHaveLength(1);
    expect(Object.keys(publicJwk).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    for (const member of PRIVATE_MEMBERS) expect(publicJwk, member).not.toHaveProperty(member);
    const file = JSON.parse(publicJwksFileText(set));
    expect(file).toEqual(set.publicJwks);
    for (const member of PRIVATE_MEMBERS) expect(file.keys[0], member).not.toHaveProperty(member);
  });

  it('refuses to write a private member into the public key set file', () => {
    const leaky = { publicJwks: { keys: [{ ...set.privateJwk }] } } as unknown as Parameters<typeof publicJwksFileText>[0];
    expect(() => publicJwksFileText(leaky)).toThrow(/private key member/);
  });

  it('signs a JWT with the private key that the public key verifies', async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = await signJwt(set.privateJwk, { sub: '0oa9s8r7q6p5o4n3m2l1', iss: '0oa9s8r7q6p5o4n3m2l1', aud: 'https://dev-123456.okta.com/oauth2/default/v1/token', iat: now, exp: now + 3600 });
    expect(await verifyJwt(jwt, publicJwk)).toBe(true);
    // Another key pair's public key does not verify it, and a changed payload does not verify.
    const other = await keyPairSet('other');
    expect(await verifyJwt(jwt, other.publicJwks.keys[0])).toBe(false);
    const [h, , s] = jwt.split('.');
    expect(await verifyJwt(`${h}.${text({ sub: 'someone-else' })}.${s}`, publicJwk)).toBe(false);
  });

  it('carries the kid into both JWKs, and picks a random UUID by default', async () => {
    expect(set.kid).toBe('om-ingestion-test');
    expect(publicJwk.kid).toBe('om-ingestion-test');
    expect(set.privateJwk.kid).toBe('om-ingestion-test');
    const a = await keyPairSet();
    const b = await keyPairSet();
    expect(a.kid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.publicJwks.keys[0].kid).toBe(a.kid);
    expect(a.kid).not.toBe(b.kid);
    expect(a.publicJwks.keys[0].n).not.toBe(b.publicJwks.keys[0].n);
  });

  it('refuses a kid that is not a simple id', async () => {
    expect(isValidKid('om-ingestion.2022_10')).toBe(true);
    for (const bad of ['', 'a b', "it's", 'a"b', 'x'.repeat(65), 'ключ']) expect(isValidKid(bad), bad).toBe(false);
    await expect(keyPairSet('a b')).rejects.toThrow(/key id/);
  });

  it('writes the private JWK the way the 0.12 ingestion reads it', () => {
    // okta-sdk-python 2.3.0 JWT.get_PEM_JWK: a string starting with "{" is read with
    // ast.literal_eval, so one line, one JWK (not a key set), and string values only (WebCrypto's
    // `ext: true` would not be a Python literal).
    const file = privateJwkFileText(set);
    expect(file.startsWith('{')).toBe(true);
    expect(file.trimEnd()).not.toContain('\n');
    expect(file).not.toContain("'");
    const jwk = JSON.parse(file);
    expect(jwk).not.toHaveProperty('keys');
    expect(jwk).not.toHaveProperty('ext');
    expect(jwk).not.toHaveProperty('key_ops');
    expect(Object.values(jwk).every((v) => typeof v === 'string')).toBe(true);
    expect(Object.keys(jwk).sort()).toEqual(['alg', 'd', 'dp', 'dq', 'e', 'kid', 'kty', 'n', 'p', 'q', 'qi', 'use']);
    expect(jwk.n).toBe(publicJwk.n);
  });

  it('offers the two files under the names the generated scripts read', () => {
    expect(keyPairFiles(set).map((f) => [f.filename, f.secret])).toEqual([
      ['okta-service-app.public.jwks.json', false],
      ['okta-service-app.private.jwk.json', true],
    ]);
    expect(keyPairFiles(set)[0]!.text).toBe(publicJwksFileText(set));
    expect(keyPairFiles(set)[1]!.text).toBe(privateJwkFileText(set));
  });
});
