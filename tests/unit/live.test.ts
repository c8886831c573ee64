import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PLACEHOLDER_INPUTS, PLACEHOLDER_WORDS } from '../../src/inputs/index.ts';
import {
  decodeShare,
  encodeShare,
  fitToRelease,
  isBlank,
  LAST_RELEASE_KEY,
  parseStored,
  serializeForStorage,
  snippetInputs,
  startingValues,
  toRawInputs,
  type FormValues,
} from '../../src/live/form.ts';
import { diagnosticHtml, fileFigureHtml, invalidSnippetHtml, snippetBodyHtml } from '../../src/live/html.ts';
import { checkValues } from '../../src/live/state.ts';
import { carryOverNotice } from '../../src/live/carry-over.ts';
import { parseEnvFile } from '../../src/lint/dotenv.ts';
import { latestRelease } from '../../src/releases/index.ts';
import { renderPlaceholders, renderTarget } from '../../src/render/index.ts';
import { targetsFor } from '../../src/targets/index.ts';

const SECRET = 'S3cr3t-canary-value';
const filled: FormValues = {
  omUrl: 'https://om.acme.example',
  flow: 'authcode',
  oktaDomain: 'acme.okta.com',
  authServer: '',
  clientId: '0oaAcme1234567890abcd',
  clientSecret: SECRET,
  inlineSecret: true,
  principalDomain: 'acme.example',
  adminPrincipals: 'jane.doe\nops',
  enforcePrincipalDomain: false,
};

describe('form state', () => {
  it('never stores or shares the secret', () => {
    expect(serializeForStorage(filled)).not.toContain(SECRET);
    expect(encodeShare(filled)).not.toContain(SECRET);
    const { clientSecret: _secret, ...kept } = filled;
    expect(parseStored(serializeForStorage(filled))).toEqual(kept);
  });

  it('round-trips a share link', () => {
    const link = encodeShare(filled);
    expect(link.startsWith('#setup?')).toBe(true);
    const { clientSecret: _omitted, authServer: _empty, enforcePrincipalDomain: _off, ...expected } = filled;
    expect(decodeShare(link)).toEqual(expected);
    expect(decodeShare('#okta-url-001')).toBeUndefined();
    expect(decodeShare('#setup?clientSecret=x&bogus=1&inlineSecret=true')).toEqual({ inlineSecret: true });
  });

  it('starts a release visited for the first time from the values of the release saved last', () => {
    const store = new Map<string, string>([
      ['om-okta:inputs:1.12', serializeForStorage(filled)],
      ['om-okta:last-release', '1.12'],
    ]);
    const read = (key: string) => store.get(key) ?? null;
    const { clientSecret: _secret, ...kept } = filled;
    expect(startingValues('1.9', read).values).toEqual(kept);
    store.set('om-okta:inputs:1.9', serializeForStorage({ oktaDomain: 'other.okta.com' }));
    expect(startingValues('1.9', read).values).toEqual({ oktaDomain: 'other.okta.com' });
    expect(startingValues('1.8', () => null).values).toEqual({});
  });

  it('says which release a first visit takes its values from', () => {
    const store = new Map<string, string>([['om-okta:inputs:1.12', serializeForStorage({ oktaDomain: 'acme.okta.com' })], [LAST_RELEASE_KEY, '1.12']]);
    const read = (key: string) => store.get(key) ?? null;
    expect(startingValues('0.12', read).from).toBe('1.12');
    expect(startingValues('1.12', read).from).toBeUndefined();
    store.set('om-okta:inputs:0.12', serializeForStorage({ oktaDomain: 'own.okta.com' }));
    expect(startingValues('0.12', read).from).toBeUndefined();
  });

  it('moves auth code values to a release without a confidential client, says so, and leaves the rest alone', () => {
    const legacy = { label: 'OpenMetadata 0.12', confidentialClient: false };
    const authcode: FormValues = { flow: 'authcode', oktaDomain: 'acme.okta.com', clientId: '0oaWebApp1234567890ab', omUrl: 'https://om.acme.example' };
    const fitted = fitToRelease(authcode, legacy);
    expect(fitted).toEqual({ values: { flow: 'implicit', oktaDomain: 'acme.okta.com', omUrl: 'https://om.acme.example' }, moved: { clientIdDropped: true } });
    const notice = carryOverNotice(legacy, 'OpenMetadata 1.12', fitted.moved!);
    expect(notice).toContain('Your values came from OpenMetadata 1.12 with the auth code flow.');
    expect(notice).toContain('OpenMetadata 0.12 has no confidential client');
    expect(notice).toContain('the client ID of your Web Application was not carried over');
    expect(carryOverNotice(legacy, undefined, { clientIdDropped: false })).not.toContain('client ID of your Web Application');
    expect(fitToRelease({ ...authcode, flow: 'implicit' }, legacy)).toEqual({ values: { ...authcode, flow: 'implicit' } });
    expect(fitToRelease(authcode, { confidentialClient: true })).toEqual({ values: authcode });
  });

  it('ignores stored junk', () => {
    expect(parseStored('{not json')).toEqual({});
    expect(parseStored(null)).toEqual({});
    expect(parseStored('{"oktaDomain": 5, "clientSecret": "x", "flow": "authcode"}')).toEqual({ flow: 'authcode' });
  });

  it('is blank until something is typed (the flow choice alone does not count)', () => {
    expect(isBlank({})).toBe(true);
    expect(isBlank({ flow: 'authcode', oktaDomain: '  ', inlineSecret: false })).toBe(true);
    expect(isBlank({ oktaDomain: 'a' })).toBe(false);
  });

  it('leaves empty optional fields to their defaults and keeps empty required ones for the rules', () => {
    expect(toRawInputs({ omUrl: '', oktaDomain: '', clientId: 'x', authServer: ' ' })).toEqual({ oktaDomain: '', clientId: 'x' });
  });

  it('never turns an empty admin list into "admin": a finding on the field, the placeholder in the files', () => {
    const values = { ...filled, adminPrincipals: ' \n, ' };
    const checked = checkValues(values, latestRelease);
    expect(checked.diagnostics.filter((d) => d.field === 'adminPrincipals').map((d) => [d.id, d.severity])).toEqual([['OKTA-ADMIN-001', 'error']]);
    expect(checked.diagnostics.filter((d) => d.field !== 'adminPrincipals')).toEqual([]);
    const forSnippet = checked.forFlow('implicit');
    expect(forSnippet.diagnostics).toEqual([]);
    expect(forSnippet.inputs?.adminPrincipals).toEqual(['ADMIN_USER_NAME']);
    const text = renderTarget({ release: latestRelease, target: 'docker', inputs: snippetInputs(toRawInputs(values), 'implicit') }).files.map((f) => f.text).join('\n');
    expect(text).toContain(`AUTHORIZER_ADMIN_PRINCIPALS='["ADMIN_USER_NAME"]'`);
  });

  it('drops the secret settings from the snippet of the other flow', () => {
    const raw = toRawInputs(filled);
    expect(snippetInputs(raw, 'implicit')).not.toHaveProperty('clientSecret');
    expect(snippetInputs(raw, 'implicit')).not.toHaveProperty('inlineSecret');
    expect(snippetInputs(raw, 'authcode')).toMatchObject({ clientSecret: SECRET, inlineSecret: true, flow: 'authcode' });
    expect(renderTarget({ release: latestRelease, target: 'docker', inputs: snippetInputs(raw, 'implicit') }).files).not.toEqual([]);
  });
});

describe('placeholder render (pages before anything is typed, and without JavaScript)', () => {
  it.each(targetsFor(latestRelease).flatMap((t) => (['implicit', 'authcode'] as const).map((f) => [t, f] as const)))('%s %s shows placeholders in files that still parse', (target, flow) => {
    const files = renderPlaceholders(target, flow, latestRelease);
    const text = files.map((f) => f.text).join('\n');
    expect(text).toContain(target === 'ingestion' ? 'OPENMETADATA_HOST' : 'OKTA_DOMAIN');
    for (const f of files) {
      if (f.language === 'yaml') expect(() => parseYaml(f.text)).not.toThrow();
      if (f.language === 'dotenv') expect(parseEnvFile(f.text).problems).toEqual([]);
    }
  });

  it('uses placeholder words that no real value passes the rules with', () => {
    const { diagnostics } = renderTarget({ release: latestRelease, target: 'docker', inputs: PLACEHOLDER_INPUTS });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.field).sort()).toEqual(['clientId', 'oktaDomain', 'principalDomain']);
    expect(PLACEHOLDER_WORDS.every((w) => /^[A-Z_]+$/.test(w))).toBe(true);
  });
});

describe('HTML builders', () => {
  const attrs = { target: 'docker', release: '1.12', flow: 'implicit' };
  it('keeps the file text exact inside one <code> and escapes it', () => {
    const html = fileFigureHtml({ filename: 'a"b.env', language: 'dotenv', text: 'X=<y>&"z"\n' }, attrs, 'live');
    expect(html).toContain('data-filename="a&quot;b.env"');
    expect(html.match(/<code>/g)).toHaveLength(1);
    const code = /<code>([\s\S]*)<\/code>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
    expect(code.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')).toBe('X=<y>&"z"\n');
  });

  it('hides download links only in the build-time placeholder render', () => {
    const file = { filename: 'f', language: 'yaml', text: 'a: 1\n' };
    expect(fileFigureHtml(file, attrs, 'placeholder')).toMatch(/data-action="download"[^>]* hidden/);
    expect(fileFigureHtml(file, attrs, 'live')).not.toMatch(/ hidden/);
    expect(snippetBodyHtml([file], attrs, 'placeholder')).toContain('data-snippet-placeholder');
    expect(snippetBodyHtml([file], attrs, 'live')).not.toContain('data-snippet-placeholder');
  });

  it('says what to fix on an invalid snippet, without any secret', () => {
    const html = invalidSnippetHtml([
      { id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', message: 'Enter <only> the host.', docs: '/v1.12/troubleshooting/#okta-url-001' },
      { id: 'OKTA-REDIR-002', severity: 'info', field: 'omUrl', message: 'localhost', docs: '/x' },
    ]);
    expect(html).toContain('data-snippet-invalid');
    expect(html).toContain('<strong>Okta domain</strong>: Enter &lt;only&gt; the host.');
    expect(html).not.toContain('localhost');
  });

  it('gives each diagnostic its id, severity and docs link', () => {
    const html = diagnosticHtml({ id: 'OKTA-TLS-001', severity: 'error', field: 'omUrl', message: 'm', docs: '/v1.12/troubleshooting/#okta-tls-001' }, true);
    expect(html).toContain('data-rule-id="OKTA-TLS-001"');
    expect(html).toContain('data-severity="error"');
    expect(html).toContain('href="/v1.12/troubleshooting/#okta-tls-001"');
    expect(html).toContain('<strong>OpenMetadata URL:</strong>');
  });
});
