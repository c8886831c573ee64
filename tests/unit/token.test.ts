/**
 * The token judge (src/token) on tokens signed here with RSA keys made by WebCrypto: one case per
 * check, each naming its rule id, first through judgeToken, then through `om-okta token`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { readInputs } from '../../src/inputs/index.ts';
import { findRelease } from '../../src/releases/index.ts';
import { RULES, isRuleId } from '../../src/rules/table.ts';
import { resolveSettings } from '../../src/settings/index.ts';
import { decodeToken, judgeToken, tokenKind } from '../../src/token/index.ts';
import { idClaims, inputsFor, ISSUER, KID, signingKeys, signToken, TOKEN_CASES, TOKEN_INPUTS, tokenFor, type SigningKeys } from '../support/tokens.ts';
import { runCliCaptured } from './support/cli.ts';

const release = findRelease('1.13')!;
let keys: SigningKeys;
beforeAll(async () => {
  keys = await signingKeys();
});

const judge = async (token: string, inputs: Record<string, unknown> = TOKEN_INPUTS, jwks: unknown = keys.jwks, now?: Date) =>
  judgeToken(token, { release, inputs: readInputs(inputs), jwks, ...(now ? { now } : {}) });

const idsOf = (findings: readonly { id: string }[]) => [...new Set(findings.map((f) => f.id))].sort();

describe('judgeToken', () => {
  it.each(TOKEN_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const token = await tokenFor(c, keys);
    const judged = await judge(token, inputsFor(c));
    expect(idsOf(judged.findings)).toEqual(c.ids);
    const about = judged.findings.filter((f) => f.id === c.about);
    expect(about.map((f) => f.severity)).toContain(c.severity);
    if (c.says) expect(about.map((f) => f.message).join('\n')).toMatch(c.says);
    for (const f of judged.findings) {
      expect(isRuleId(f.id)).toBe(true);
      expect(f.docs).toBe(`/v1.13/troubleshooting/#${f.id.toLowerCase()}`);
      expect(RULES[f.id as keyof typeof RULES].stage as readonly string[]).toContain('token');
    }
    if (c.user) expect(judged.user).toMatchObject(c.user);
    expect(judged.kind).toBe('id');
    expect(judged.header['alg']).toBe(c.header?.['alg'] ?? 'RS256');
  });

  it('returns the decoded header and claims, and a verified token has no error', async () => {
    const token = await tokenFor(TOKEN_CASES[0]!, keys);
    const judged = await judge(token);
    expect(judged.header).toEqual({ alg: 'RS256', kid: KID });
    expect(judged.claims['iss']).toBe(ISSUER);
    expect(judged.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('without a key set it says the signature was not checked', async () => {
    const token = await tokenFor(TOKEN_CASES[0]!, keys);
    const judged = await judgeToken(token, { release, inputs: readInputs(TOKEN_INPUTS) });
    expect(judged.findings.find((f) => f.id === 'OKTA-TOKEN-005')).toMatchObject({ severity: 'info', message: expect.stringMatching(/not checked/) });
  });

  it('refuses an HS256 token', async () => {
    const claims = idClaims(Math.floor(Date.now() / 1000));
    const token = `${(await signToken({ alg: 'HS256', typ: 'JWT' }, claims, undefined)).slice(0, -1)}.c2lnbmF0dXJl`;
    const judged = await judge(token);
    expect(judged.findings.find((f) => f.id === 'OKTA-TOKEN-003')?.message).toMatch(/shared secret \(alg "HS256"\)/);
  });

  it('names text that is not a JWT, and an encrypted one', async () => {
    for (const [text, says] of [
      ['hello', /1 part separated by dots/],
      ['a.b.c.d.e', /encrypted token \(JWE\)/],
      ['eyJhbGciOiJSUzI1NiJ9.!!!.sig', /not base64url/],
      ['', /empty/],
    ] as const) {
      const judged = await judge(text);
      expect(judged.findings.map((f) => f.id)).toEqual(['OKTA-TOKEN-002']);
      expect(judged.findings[0]!.message).toMatch(says);
      expect(judged.header).toEqual({});
    }
  });

  it('reads a pasted Authorization header value', async () => {
    const token = await tokenFor(TOKEN_CASES[0]!, keys);
    expect(decodeToken(`Bearer ${token}\n`).header['kid']).toBe(KID);
  });

  it('an org authorization server access token is OKTA-TOKEN-001', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { ver: 1, jti: 'AT.x', iss: 'https://dev-123456.okta.com', aud: 'https://dev-123456.okta.com', cid: TOKEN_INPUTS.clientId, uid: '00u1', scp: ['openid', 'email'], sub: 'jane.doe@example.com', iat: now, exp: now + 3600 };
    const token = await signToken({ alg: 'RS256', kid: KID }, claims, keys.privateKey);
    const judged = await judge(token, { ...TOKEN_INPUTS, authServer: 'org' });
    expect(judged.kind).toBe('access');
    // Okta's access tokens carry no email claim: the user comes from sub (OKTA-CLAIM-001 warns).
    expect(idsOf(judged.findings)).toEqual(['OKTA-CLAIM-001', 'OKTA-TOKEN-001', 'OKTA-TOKEN-007']);
  });

  it('an access token of the default server: api://default passes, another audience is a warning', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { ver: 1, jti: 'AT.x', iss: ISSUER, aud: 'api://default', cid: TOKEN_INPUTS.clientId, scp: ['openid'], sub: 'jane.doe@example.com', iat: now, exp: now + 3600 };
    const good = await judge(await signToken({ alg: 'RS256', kid: KID }, claims, keys.privateKey));
    expect(tokenKind(claims)).toBe('access');
    expect(idsOf(good.findings)).toEqual(['OKTA-CLAIM-001', 'OKTA-TOKEN-007']);
    expect(good.user).toMatchObject({ name: 'jane.doe', from: 'sub' });
    const other = await judge(await signToken({ alg: 'RS256', kid: KID }, { ...claims, aud: 'api://reports' }, keys.privateKey));
    expect(other.findings.find((f) => f.id === 'OKTA-TOKEN-006')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/not api:\/\/default/) });
  });

  it('an admin listed by email is OKTA-ADMIN-001', async () => {
    const judged = await judge(await tokenFor(TOKEN_CASES[0]!, keys), { ...TOKEN_INPUTS, adminPrincipals: ['jane.doe@example.com'] });
    expect(judged.user.admin).toBe(false);
    expect(judged.findings.find((f) => f.id === 'OKTA-ADMIN-001')?.message).toMatch(/List "jane\.doe" instead/);
  });

  it('a token issued in the future beyond the browser library\u2019s 300 s is an error for the public client', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await tokenFor({ ...TOKEN_CASES[0]!, claims: () => ({ iat: now + 600 }) }, keys);
    const judged = await judge(token);
    expect(judged.findings.find((f) => f.id === 'OKTA-CLOCK-001')).toMatchObject({ severity: 'error', message: expect.stringMatching(/issued in the future/) });
  });

  it("OpenMetadata's own token (tokenType, isBot) is not held to Okta's issuer and audience", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'open-metadata.org', sub: 'jane.doe', email: 'jane.doe@example.com', isBot: false, tokenType: 'PERSONAL_ACCESS', username: 'jane.doe', preferred_username: 'jane.doe', iat: now, exp: now + 3600 };
    const token = await signToken({ alg: 'RS256', kid: 'om-key', typ: 'JWT' }, claims, keys.privateKey);
    const judged = await judge(token);
    expect(judged.kind).toBe('access');
    expect(idsOf(judged.findings)).toEqual(['OKTA-TOKEN-004', 'OKTA-TOKEN-007']);
    expect(judged.findings.find((f) => f.id === 'OKTA-TOKEN-004')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/issued by OpenMetadata itself/) });
    expect(judged.findings.find((f) => f.id === 'OKTA-TOKEN-007')!.message).toMatch(/tokenType "PERSONAL_ACCESS"/);
  });

  it("2.0's auth code flow: the ID token is read once at sign-in, then OpenMetadata's own token is used", async () => {
    const token = await tokenFor(TOKEN_CASES[0]!, keys);
    const inputs = readInputs({ ...TOKEN_INPUTS, flow: 'authcode' });
    const v20 = await judgeToken(token, { release: findRelease('2.0')!, inputs, jwks: keys.jwks });
    expect(v20.findings.find((f) => f.id === 'OKTA-TOKEN-007')!.message).toMatch(/hands the browser a token of its own, .*OKTA-UPG-001/);
    const v113 = await judgeToken(token, { release, inputs, jwks: keys.jwks });
    expect(v113.findings.find((f) => f.id === 'OKTA-TOKEN-007')!.message).not.toMatch(/token of its own/);
  });

  it('jwtPrincipalClaimsMapping names the claims, and a missing one is OKTA-CLAIM-001', async () => {
    const settings = { ...resolveSettings(readInputs(TOKEN_INPUTS), release), jwtPrincipalClaimsMapping: ['username:login', 'email:email'] };
    const token = await tokenFor({ ...TOKEN_CASES[0]!, claims: () => ({ Login: 'J.Doe' }) }, keys);
    const judged = await judgeToken(token, { release, settings, jwks: keys.jwks });
    expect(judged.user).toMatchObject({ name: 'j.doe', from: 'Login', email: 'jane.doe@example.com', emailFrom: 'email' });
    const missing = await judgeToken(await tokenFor(TOKEN_CASES[0]!, keys), { release, settings, jwks: keys.jwks });
    expect(missing.findings.find((f) => f.id === 'OKTA-CLAIM-001')?.message).toMatch(/'username' claim is not present/);
  });
});

describe('om-okta token', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'om-okta-token-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify(keys.jwks));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(TOKEN_CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const inputs = join(dir, `inputs-${i}.json`);
    writeFileSync(inputs, JSON.stringify(inputsFor(c)));
    const token = await tokenFor(c, keys);
    const { code, stdout } = await runCliCaptured(['token', '-', '--inputs', inputs, '--release', '1.13', '--jwks', join(dir, 'jwks.json'), '--format', 'json'], token);
    const json = JSON.parse(stdout);
    expect(idsOf(json.diagnostics)).toEqual(c.ids);
    expect(code).toBe(json.diagnostics.some((d: { severity: string }) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok);
    expect(code).toBe(c.severity === 'error' ? EXIT.diagnosticError : EXIT.ok);
    expect(Object.keys(json).sort()).toEqual(['claims', 'diagnostics', 'header', 'kind', 'release', 'user']);
    // Header and claims, never the token or its signature.
    expect(stdout).not.toContain(token);
    expect(stdout).not.toContain(token.split('.')[2] || '\u0000');
  });

  it('text output: kind, header, claims, the user, one line per finding; the token is not printed', async () => {
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify(TOKEN_INPUTS));
    const token = await tokenFor(TOKEN_CASES.find((c) => c.name === 'other domain')!, keys);
    const { code, stdout } = await runCliCaptured(['token', token, '--inputs', inputs, '--jwks', join(dir, 'jwks.json')]);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toMatch(/^ID token \(OpenMetadata 2\.0\)\nHeader: \{ "alg": "RS256", "kid": "test-key-1" \}\nClaims: \{/);
    expect(stdout).toContain('User: jane.doe (from email), email jane.doe@other.example, not an admin, domain refused');
    expect(stdout).toMatch(/^error OKTA-DOM-001 principalDomain: .*\(https?:\/\/.*\/v2\.0\/troubleshooting\/#okta-dom-001\)$/m);
    expect(stdout).not.toContain(token.split('.')[2]!);
  });

  it('fetches an https key set once with --jwks URL', async () => {
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify(TOKEN_INPUTS));
    const token = await tokenFor(TOKEN_CASES[0]!, keys);
    const requested: string[] = [];
    const { runCli } = await import('../../src/cli/index.ts');
    let stdout = '';
    const code = await runCli(['token', '--inputs', inputs, '--jwks', 'https://dev-123456.okta.com/oauth2/default/v1/keys', '--format', 'json'], {
      readInput: async (path) => (path === '-' ? token : (await import('node:fs/promises')).readFile(path, 'utf8')),
      stdout: (t) => (stdout += t),
      stderr: () => {},
      fetch: (async (url: string | URL | Request, init?: RequestInit) => {
        requested.push(String(url));
        expect(JSON.stringify(init ?? {})).not.toContain(token);
        return new Response(JSON.stringify(keys.jwks), { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch,
    } as Parameters<typeof runCli>[1]);
    expect(code).toBe(EXIT.ok);
    expect(requested).toEqual(['https://dev-123456.okta.com/oauth2/default/v1/keys']);
    expect(idsOf(JSON.parse(stdout).diagnostics)).toEqual(['OKTA-TOKEN-007']);
  });

  it('usage: --inputs is required, http key sets are refused, both from standard input is refused (exit 2)', async () => {
    expect((await runCliCaptured(['token', 'x'])).code).toBe(EXIT.usage);
    expect((await runCliCaptured(['token', 'x', '--inputs', 'f.json', '--jwks', 'http://example.com/keys'])).stderr).toMatch(/must be https/);
    expect((await runCliCaptured(['token', '-', '--inputs', '-'])).code).toBe(EXIT.usage);
    expect((await runCliCaptured(['token', '--help'])).stdout).toMatch(/the only network request this command makes/);
  });

  it('a text that is not a token exits 1 with OKTA-TOKEN-002', async () => {
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify(TOKEN_INPUTS));
    const { code, stdout } = await runCliCaptured(['token', '--inputs', inputs, '--format', 'json'], 'not-a-token');
    expect(code).toBe(EXIT.diagnosticError);
    expect(JSON.parse(stdout).diagnostics.map((d: { id: string }) => d.id)).toEqual(['OKTA-TOKEN-002']);
  });
});
