import { describe, expect, it } from 'vitest';
import { SEARCH_TERMS, searchTermsAttribute, withoutSearchTerms } from '../../src/rules/search-terms.ts';
import { RULE_IDS } from '../../src/rules/table.ts';

describe('search terms', () => {
  it('every rule with terms is a rule of the table', () => {
    for (const rule of Object.keys(SEARCH_TERMS)) expect(RULE_IDS).toContain(rule);
  });

  it('mark the id, its short form and the words readers use', () => {
    const attribute = searchTermsAttribute('OKTA-ISS-001');
    expect(attribute).toMatch(/^\u27E6OKTA-ISS-001, ISS-001, issuer mismatch, .*\u27E7$/);
  });

  it('leave excerpts, whole or cut at either end, with the section text only', () => {
    const terms = searchTermsAttribute('OKTA-ISS-001').replace('mismatch', '<mark>mismatch</mark>');
    const text = 'OKTA-ISS-001: the issuer in OpenMetadata does not match the <mark>issuer</mark> Okta signs.';
    expect(withoutSearchTerms(`${terms} ${text}`)).toBe(text);
    expect(withoutSearchTerms(`<mark>mismatch</mark>, wrong issuer, AuthSdkError issuer\u27E7 ${text}`)).toBe(text);
    expect(withoutSearchTerms(`Before it. \u27E6OKTA-ISS-001, ISS-001, issuer <mark>mis`)).toBe('Before it.');
    expect(withoutSearchTerms(text)).toBe(text);
  });

  it('drop highlights a cut left open', () => {
    expect(withoutSearchTerms('<mark>issuer\u27E7 the issuer</mark> differs')).toBe('the issuer differs');
  });
});
