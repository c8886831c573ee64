import { describe, expect, it } from 'vitest';
import { SEARCH_TERMS, searchResultForDisplay, searchTermsAttribute, withoutSearchTerms } from '../../src/rules/search-terms.ts';
import { RULE_IDS } from '../../src/rules/table.ts';

describe('search terms', () => {
  it('every rule with terms is a rule of the table', () => {
    for (const rule of Object.keys(SEARCH_TERMS)) expect(RULE_IDS).toContain(rule);
  });

  it('mark the id, its short form and the words readers use', () => {
    const attribute = searchTermsAttribute('OKTA-ISS-001');
    expect(attribute.startsWith('\u27E6 OKTA-ISS-001 \u27E7 \u27E6 ISS-001 \u27E7 \u27E6 issuer mismatch \u27E7 ')).toBe(true);
    expect(attribute.endsWith('\u27E6 AuthSdkError issuer \u27E7')).toBe(true);
  });

  it('leave excerpts, whole or cut at either end, with the section text only', () => {
    const terms = searchTermsAttribute('OKTA-ISS-001').replace('mismatch', '<mark>mismatch</mark>');
    const text = 'OKTA-ISS-001: the issuer in OpenMetadata does not match the <mark>issuer</mark> Okta signs.';
    expect(withoutSearchTerms(`${terms} ${text}`)).toBe(text);
    expect(withoutSearchTerms(`<mark>mismatch</mark> \u27E7 \u27E6 wrong issuer \u27E7 \u27E6 AuthSdkError issuer \u27E7 ${text}`)).toBe(text);
    expect(withoutSearchTerms(`Before it. \u27E6 OKTA-ISS-001 \u27E7 \u27E6 ISS-001 \u27E7 \u27E6 issuer <mark>mis`)).toBe('Before it.');
    // A window of a dozen words inside the list still meets a mark at each term.
    expect(withoutSearchTerms('mismatch \u27E7 \u27E6 redirect uri <mark>mismatch</mark> \u27E7 \u27E6 redirect_uri <mark>mismatch</mark> \u27E7 \u27E6 wrong')).toBe('');
    expect(withoutSearchTerms(text)).toBe(text);
  });

  it('drop highlights a cut left open', () => {
    expect(withoutSearchTerms('<mark>issuer\u27E7 the issuer</mark> differs')).toBe('the issuer differs');
  });
});

describe('a search result as the dialog shows it', () => {
  const url = '/v1.12/troubleshooting/';
  const sub = (anchor: string, matches: number, excerpt = anchor) => ({ url: `${url}#${anchor}`, excerpt, locations: Array.from({ length: matches }, (_, i) => i) });

  it("puts the sections that match most first, the page's own entry staying first", () => {
    const result = { url, excerpt: 'page', sub_results: [{ url, excerpt: 'top', locations: [1] }, sub('okta-client-001', 2), sub('okta-redir-001', 5), sub('okta-redir-003', 3)] };
    expect(searchResultForDisplay(result).sub_results!.map((s) => s.url)).toEqual([url, `${url}#okta-redir-001`, `${url}#okta-redir-003`, `${url}#okta-client-001`]);
  });

  it('cleans every excerpt and keeps the rest of the result', () => {
    const marked = `${searchTermsAttribute('OKTA-REDIR-001')} The redirect URI is not registered.`;
    const shown = searchResultForDisplay({ url, excerpt: marked, sub_results: [sub('okta-redir-001', 1, marked)], meta: { title: 'Troubleshooting' } });
    expect(shown.excerpt).toBe('The redirect URI is not registered.');
    expect(shown.sub_results![0]!.excerpt).toBe('The redirect URI is not registered.');
    expect(shown.meta).toEqual({ title: 'Troubleshooting' });
  });
});
