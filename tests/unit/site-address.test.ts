/** Where a build is published (OM_OKTA_SITE, OM_OKTA_BASE) and links under its base path (src/site.ts). */
import { describe, expect, it, test } from 'vitest';
import { DEFAULT_SITE, siteAddress, withBase, withoutBase } from '../../src/site.ts';

describe('siteAddress', () => {
  test.each([
    [{}, { site: DEFAULT_SITE, base: '/', url: `${DEFAULT_SITE}/` }],
    [{ OM_OKTA_SITE: '', OM_OKTA_BASE: '' }, { site: DEFAULT_SITE, base: '/', url: `${DEFAULT_SITE}/` }],
    [{ OM_OKTA_SITE: 'https://docs.example.org', OM_OKTA_BASE: '/okta-sso/' }, { site: 'https://docs.example.org', base: '/okta-sso/', url: 'https://docs.example.org/okta-sso/' }],
    [{ OM_OKTA_SITE: 'https://docs.example.org/', OM_OKTA_BASE: '/okta-sso' }, { site: 'https://docs.example.org', base: '/okta-sso/', url: 'https://docs.example.org/okta-sso/' }],
    [{ OM_OKTA_SITE: 'https://acme.github.io/okta-sso/' }, { site: 'https://acme.github.io', base: '/okta-sso/', url: 'https://acme.github.io/okta-sso/' }],
    [{ OM_OKTA_SITE: 'https://acme.github.io', OM_OKTA_BASE: '/' }, { site: 'https://acme.github.io', base: '/', url: 'https://acme.github.io/' }],
    [{ OM_OKTA_SITE: 'HTTPS://Docs.Example.org:8443', OM_OKTA_BASE: '/a/b-c_d.e~f/' }, { site: 'https://docs.example.org:8443', base: '/a/b-c_d.e~f/', url: 'https://docs.example.org:8443/a/b-c_d.e~f/' }],
  ])('%j', (env, expected) => {
    expect(siteAddress(env)).toEqual(expected);
  });

  test.each([
    [{ OM_OKTA_SITE: 'docs.example.org' }, /OM_OKTA_SITE must be an absolute URL/],
    [{ OM_OKTA_SITE: '/okta-sso/' }, /OM_OKTA_SITE must be an absolute URL/],
    [{ OM_OKTA_SITE: 'ftp://docs.example.org' }, /OM_OKTA_SITE must be an http or https URL/],
    [{ OM_OKTA_SITE: 'https://docs.example.org/?x=1' }, /OM_OKTA_SITE must not have a query string/],
    [{ OM_OKTA_SITE: 'https://docs.example.org/#top' }, /OM_OKTA_SITE must not have a query string/],
    [{ OM_OKTA_SITE: 'https://me:pw@docs.example.org' }, /OM_OKTA_SITE must not hold a user name/],
    [{ OM_OKTA_SITE: 'https://docs.example.org/docs/', OM_OKTA_BASE: '/okta-sso/' }, /OM_OKTA_SITE has a path \(\/docs\) that is not OM_OKTA_BASE/],
    [{ OM_OKTA_BASE: 'okta-sso/' }, /OM_OKTA_BASE must be a path that starts with a slash/],
    [{ OM_OKTA_BASE: '/okta-sso/?x=1' }, /OM_OKTA_BASE must be a plain path/],
    [{ OM_OKTA_BASE: '/okta-sso/#x' }, /OM_OKTA_BASE must be a plain path/],
    [{ OM_OKTA_BASE: '//evil.example/' }, /OM_OKTA_BASE must be a plain path/],
    [{ OM_OKTA_BASE: '/a/../b/' }, /OM_OKTA_BASE must be a plain path/],
    [{ OM_OKTA_BASE: '/a b/' }, /OM_OKTA_BASE must be a plain path/],
    [{ OM_OKTA_BASE: '/a"b/' }, /OM_OKTA_BASE must be a plain path/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => siteAddress(env)).toThrow(message);
  });
});

describe('withBase and withoutBase', () => {
  it('puts root paths of the guide under the base, and takes them out again', () => {
    for (const path of ['/', '/v2.0/', '/v2.0/troubleshooting/#okta-iss-001', '/og-image.png', '/llms.txt']) {
      const under = withBase(path, '/okta-sso/');
      expect(under.startsWith('/okta-sso/')).toBe(true);
      expect(withoutBase(under, '/okta-sso/')).toBe(path);
      expect(withBase(path, '/')).toBe(path);
      expect(withoutBase(path, '/')).toBe(path);
    }
    expect(withBase('/v2.0/', '/okta-sso/')).toBe('/okta-sso/v2.0/');
  });

  it('leaves fragments, relative links, other hosts and paths already under the base as they are', () => {
    for (const link of ['#your-values', '../deployment/docker/', 'https://example.okta.com/', '//cdn.example/x.js', 'data:,', '/okta-sso/v2.0/', '/okta-sso']) {
      expect(withBase(link, '/okta-sso/')).toBe(link);
    }
  });

  it('finds no path of the guide outside the base', () => {
    expect(withoutBase('/v2.0/', '/okta-sso/')).toBeUndefined();
    expect(withoutBase('/okta-ssox/v2.0/', '/okta-sso/')).toBeUndefined();
    expect(withoutBase('/okta-sso', '/okta-sso/')).toBe('/');
  });
});
