/**
 * Values no one could have (issue 22, item 3): a host name longer than DNS allows, ids far longer
 * than Okta's, refused on their field by the inputs check, by `om-okta render` and `lint`, and by
 * the panel's checked values; what is computed from a refused field is not offered; and a message
 * quoting an emoji shows the whole character.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { derivedBlockers } from '../../src/live/blocked.ts';
import { checkValues } from '../../src/live/state.ts';
import { STATUS_DOMAIN_CHARS, statusText } from '../../src/live/summary.ts';
import { findRelease } from '../../src/releases/index.ts';
import { checkInputs, type Diagnostic } from '../../src/rules/index.ts';
import { MAX_CLIENT_ID_CHARS } from '../../src/rules/client-id.ts';
import { MAX_AUTH_SERVER_ID_CHARS, MAX_HOST_CHARS, MAX_LABEL_CHARS } from '../../src/rules/hosts.ts';
import { MAX_USER_NAME_CHARS } from '../../src/rules/principals.ts';
import { MAX_SECRET_CHARS } from '../../src/rules/secret.ts';
import { boundMessage, clip, cut, escapeUnsafe, show } from '../../src/text/quote.ts';
import { runCliCaptured as run } from './support/cli.ts';

const r20 = findRelease('2.0')!;
const r012 = findRelease('0.12')!;
const BASE = { oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' };
const LONG = 'a'.repeat(5000);
/** A host of `n` characters in labels of 63 or fewer, ending in okta.com. */
const hostOf = (n: number): string => {
  let host = 'okta.com';
  while (host.length < n) host = `${'b'.repeat(Math.min(MAX_LABEL_CHARS, n - host.length - 1))}.${host}`;
  return host;
};
const LONE_HALF = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const errorsOn = (diagnostics: readonly Diagnostic[], field: string) => diagnostics.filter((d) => d.field === field && d.severity === 'error');

/** What each refusal concerns: the field, the raw inputs and words its message says. */
const REFUSED: [string, string, Record<string, unknown>, RegExp, typeof r20][] = [
  ['a 5,000-character Okta domain', 'oktaDomain', { ...BASE, oktaDomain: `${LONG}.okta.com` }, /host name of 5009 characters, and DNS allows at most 253/, r20],
  ['an Okta domain over 253 characters in short labels', 'oktaDomain', { ...BASE, oktaDomain: hostOf(MAX_HOST_CHARS + 1) }, /host name of 254 characters/, r20],
  ['an Okta domain with a 64-character label', 'oktaDomain', { ...BASE, oktaDomain: `${'d'.repeat(64)}.okta.com` }, /part between dots of 64 characters, and DNS allows at most 63/, r20],
  ['an Okta domain pasted as a URL with a long host', 'oktaDomain', { ...BASE, oktaDomain: `https://${LONG}.okta.com/` }, /host name of 5009 characters/, r20],
  ['an OpenMetadata URL with a 5,000-character host', 'omUrl', { ...BASE, omUrl: `https://${LONG}.example.com` }, /host name of 5012 characters/, r20],
  ['an OpenMetadata URL with a 64-character label', 'omUrl', { ...BASE, omUrl: `https://${'o'.repeat(64)}.example.com` }, /part between dots of 64 characters/, r20],
  ['a 5,000-character client ID', 'clientId', { ...BASE, clientId: `0oa${LONG}` }, /is 5003 characters long; Okta client IDs are 20 characters \(starting with 0oa\), and none is longer than 100/, r20],
  ['a 5,000-character authorization server id', 'authServer', { ...BASE, authServer: `aus${LONG}` }, /is 5003 characters long; Okta's authorization server ids are 20 characters/, r20],
  ['a 5,000-character principal domain', 'principalDomain', { ...BASE, principalDomain: `${LONG}.com` }, /host name of 5004 characters/, r20],
  ['a 5,000-character admin user name', 'adminPrincipals', { ...BASE, adminPrincipals: [LONG] }, /is 5000 characters long; Okta logins are at most 100/, r20],
  ['a 5,000-character client secret, never quoted', 'clientSecret', { ...BASE, flow: 'authcode', clientSecret: LONG }, /is 5000 characters long; Okta client secrets are at most 100/, r20],
  ['a 5,000-character service app client ID (0.12)', 'serviceClientId', { ...BASE, serviceClientId: `0oa${LONG}`, serviceEmail: 'bot@example.com' }, /is 5003 characters long/, r012],
  ['a 5,000-character service account email (0.12)', 'serviceEmail', { ...BASE, serviceClientId: '0oa9s8r7q6p5o4n3m2l1', serviceEmail: `${LONG}@example.com` }, /is 5012 characters long, and an email address holds at most 254/, r012],
  ['a service account email on a 64-character label (0.12)', 'serviceEmail', { ...BASE, serviceClientId: '0oa9s8r7q6p5o4n3m2l1', serviceEmail: `bot@${'e'.repeat(64)}.com` }, /is not an email address/, r012],
];

describe('the inputs check refuses what Okta and DNS cannot hold, on its field', () => {
  it.each(REFUSED)('%s', (_name, field, raw, words, release) => {
    const { diagnostics } = checkInputs(raw, release);
    const mine = errorsOn(diagnostics, field);
    expect(mine, JSON.stringify(diagnostics.map((d) => [d.field, d.message.slice(0, 100)]))).toHaveLength(1);
    expect(mine[0]!.message).toMatch(words);
    // The message quotes the value cut short: a few hundred characters, never the 5,000.
    expect(mine[0]!.message.length).toBeLessThan(600);
    if (field === 'clientSecret') expect(mine[0]!.message).not.toContain('aaaaaaaaaa');
  });

  it('takes the longest a field may be: a 253-character host of 63-character labels, 100-character ids and user names', () => {
    const host = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(52)}.okta.com`;
    expect(host).toHaveLength(MAX_HOST_CHARS);
    const raw = {
      ...BASE,
      oktaDomain: host,
      clientId: `0oa${'k7'.repeat((MAX_CLIENT_ID_CHARS - 3 - 1) / 2)}q`,
      authServer: `aus${'y'.repeat(MAX_AUTH_SERVER_ID_CHARS - 3)}`,
      adminPrincipals: ['z'.repeat(MAX_USER_NAME_CHARS)],
      flow: 'authcode',
      clientSecret: 's'.repeat(MAX_SECRET_CHARS),
    };
    const { diagnostics } = checkInputs(raw, r20);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a custom authorization server named in a pasted issuer only up to its length', () => {
    const { diagnostics } = checkInputs({ ...BASE, oktaDomain: `https://dev-1.okta.com/oauth2/aus${LONG}` }, r20);
    const [message] = errorsOn(diagnostics, 'oktaDomain').map((d) => d.message);
    // No suggestion to set the authorization server to a 5,000-character id.
    expect(message).not.toContain('set Authorization server');
    expect(message!.length).toBeLessThan(600);
  });
});

describe('a message quoting an emoji shows the whole character', () => {
  it('names the emoji in a client ID, never half of its surrogate pair', () => {
    const { diagnostics } = checkInputs({ ...BASE, clientId: '0oa1b2c3d4e5f6g7h8i9\u{1f600}x' }, r20);
    const [message] = errorsOn(diagnostics, 'clientId').map((d) => d.message);
    expect(message).toContain('the character "\u{1f600}"');
    expect(message).not.toMatch(LONE_HALF);
  });

  it('cuts text before an emoji that does not fit, and shows a lone half as an escape', () => {
    const text = `${'a'.repeat(79)}\u{1f600}${'b'.repeat(100)}`;
    expect(cut(text)).toBe(`${'a'.repeat(79)}\u2026(181 characters)`);
    expect(show(text)).not.toMatch(LONE_HALF);
    expect(clip(text, 80)).toBe(`${'a'.repeat(79)}\u2026`);
    expect(clip(text, 81)).toBe(`${'a'.repeat(79)}\u{1f600}\u2026`);
    expect(boundMessage(`${'m'.repeat(974)}\u{1f600}${'n'.repeat(100)}`)).not.toMatch(LONE_HALF);
    expect(escapeUnsafe('a\ud83db\ude00c\u{1f600}')).toBe('a\\ud83db\\ude00c\u{1f600}');
    const quoted = checkInputs({ ...BASE, oktaDomain: `${'e'.repeat(79)}\u{1f600}.okta.com` }, r20).diagnostics;
    for (const d of quoted) expect(d.message).not.toMatch(LONE_HALF);
  });
});

describe('om-okta refuses them too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'om-okta-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inputsFile = (name: string, raw: Record<string, unknown>): string => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(raw));
    return path;
  };

  it.each(REFUSED)('render with an inputs file holding %s: exit 1, no files, the message on its field', async (name, field, raw, words, release) => {
    const file = inputsFile(name.replace(/\W+/g, '-'), raw);
    const json = await run(['render', '--release', release.id, '--target', 'docker', '--inputs', file, '--format', 'json']);
    expect(json.code).toBe(EXIT.diagnosticError);
    const out = JSON.parse(json.stdout) as { files: unknown[]; diagnostics: Diagnostic[] };
    expect(out.files).toEqual([]);
    expect(errorsOn(out.diagnostics, field).some((d) => words.test(d.message))).toBe(true);
    const text = await run(['render', '--release', release.id, '--target', 'docker', '--inputs', file]);
    expect(text.code).toBe(EXIT.diagnosticError);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(new RegExp(`^error \\S+ ${field}: .*${words.source}`, 'm'));
  });

  const envFile = (authority: string, clientId: string): string =>
    `AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_PUBLIC_KEYS=[http://localhost:8585/api/v1/system/config/jwks,https://dev-1.okta.com/oauth2/default/v1/keys]\n` +
    `AUTHENTICATION_AUTHORITY=${authority}\nAUTHENTICATION_CLIENT_ID=${clientId}\nAUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback\n`;

  it.each([
    ['a 5,000-character host in the authority', envFile(`https://${LONG}.okta.com/oauth2/default`, BASE.clientId), 'AUTHENTICATION_AUTHORITY', /host name of 5009 characters/],
    ['a 64-character label in the authority', envFile(`https://${'f'.repeat(64)}.okta.com`, BASE.clientId), 'AUTHENTICATION_AUTHORITY', /part between dots of 64 characters/],
    ['a 5,000-character authorization server in the authority', envFile(`https://dev-1.okta.com/oauth2/aus${LONG}`, BASE.clientId), 'AUTHENTICATION_AUTHORITY', /authorization server id of 5003 characters/],
    ['a 5,000-character client ID', envFile('https://dev-1.okta.com/oauth2/default', `0oa${LONG}`), 'AUTHENTICATION_CLIENT_ID', /is 5003 characters long; Okta client IDs/],
  ])('lint of an env file with %s: exit 1 and the message on the setting', async (_name, text, setting, words) => {
    const file = join(dir, `${setting}-${Math.random().toString(36).slice(2)}.env`);
    writeFileSync(file, text);
    const { code, stdout } = await run(['lint', file, '--release', '2.0', '--format', 'json']);
    expect(code).toBe(EXIT.diagnosticError);
    const out = JSON.parse(stdout) as { diagnostics: Diagnostic[] };
    const found = out.diagnostics.filter((d) => d.severity === 'error' && words.test(d.message));
    expect(found.length, JSON.stringify(out.diagnostics.map((d) => [d.field, d.message.slice(0, 120)]))).toBeGreaterThan(0);
    expect(found[0]!.field).toBe(setting);
  });
});

describe('the panel: refused on the field, and nothing computed from it to copy', () => {
  it.each(REFUSED.filter(([, field]) => field !== 'clientSecret'))('%s', (_name, field, raw, words, release) => {
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : v])) as Record<string, string>;
    const checked = checkValues(values, release);
    expect(errorsOn(checked.diagnostics, field).some((d) => words.test(d.message))).toBe(true);
  });

  it('blocks the values computed from a field in error, and only those', () => {
    const checked = checkValues({ ...BASE, oktaDomain: `${LONG}.okta.com` }, r20);
    for (const name of ['issuer', 'discoveryUrl', 'oktaJwksUrl'] as const) expect(derivedBlockers(name, checked)).toEqual(['oktaDomain']);
    for (const name of ['callbackUrl', 'redirectUris', 'origin', 'omJwksUrl'] as const) expect(derivedBlockers(name, checked)).toBeUndefined();
    const typedUrl = checkValues({ ...BASE, oktaDomain: 'https://dev-1.okta.com/' }, r20);
    expect(derivedBlockers('issuer', typedUrl), 'no https://https://... to copy').toEqual(['oktaDomain']);
    const server = checkValues({ ...BASE, authServer: `aus${LONG}` }, r20);
    expect(derivedBlockers('discoveryUrl', server)).toEqual(['authServer']);
    const om = checkValues({ ...BASE, omUrl: `https://${LONG}.example.com` }, r20);
    expect(derivedBlockers('redirectUris', om)).toEqual(['omUrl']);
    expect(derivedBlockers('issuer', om)).toBeUndefined();
    expect(derivedBlockers('issuer', checkValues(BASE, r20))).toBeUndefined();
  });

  it('the collapsed panel\'s status line shows the Okta domain cut short', () => {
    const status = statusText(`${LONG}.okta.com`, 'implicit', [{ severity: 'error' }]);
    expect(status).toBe(`${'a'.repeat(STATUS_DOMAIN_CHARS)}\u2026 · implicit flow · 1 error`);
  });
});
