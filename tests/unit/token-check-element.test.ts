// @vitest-environment happy-dom
/**
 * <om-token-check>: asks for values first; judges a pasted token against the panel's values and
 * shows each finding with its rule id and the user OpenMetadata makes; fetches Okta's keys from
 * the values' key URL (the request carries no part of the token), and then verifies signatures.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../components/elements/setup-panel.ts';
import '../../components/elements/token-check.ts';
import { signingKeys, TOKEN_CASES, tokenFor, type SigningKeys } from '../support/tokens.ts';
import { mount, panelMarkup, release, until } from './support/elements.ts';

const CHECK =
  '<om-token-check><section data-token-check data-release="1.13">' +
  '<textarea data-token-input autocomplete="off" spellcheck="false"></textarea>' +
  '<button type="button" data-token-run>Check</button><button type="button" data-token-keys>Fetch</button>' +
  '<div data-token-keys-result></div><div data-token-result></div></section></om-token-check>';
const result = () => document.querySelector('[data-token-result]')!;
const caseNamed = (name: string) => TOKEN_CASES.find((c) => c.name === name)!;

let keys: SigningKeys;
beforeAll(async () => {
  keys = await signingKeys();
});
beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

function type(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

async function check(token: string): Promise<Element> {
  document.querySelector<HTMLTextAreaElement>('[data-token-input]')!.value = token;
  result().innerHTML = '';
  document.querySelector<HTMLElement>('[data-token-run]')!.click();
  return until(() => result().querySelector('[data-token-kind], [data-token-needs-values]'), 'the verdict');
}

describe('<om-token-check>', () => {
  it('asks for the values first', async () => {
    mount(panelMarkup(release('1.13')) + CHECK);
    const verdict = await check(await tokenFor(caseNamed('good'), keys));
    expect(verdict.textContent).toContain('Fill in your values first');
  });

  it("shows each finding with its rule id and link, and the user OpenMetadata makes", async () => {
    mount(panelMarkup(release('1.13')) + CHECK);
    type({ oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', principalDomain: 'example.com', adminPrincipals: 'jane.doe' });
    const verdict = await check(await tokenFor(caseNamed('wrong audience'), keys));
    expect(verdict.getAttribute('data-token-kind')).toBe('id');
    const finding = result().querySelector<HTMLElement>('[data-rule-id="OKTA-TOKEN-006"]')!;
    expect(finding.dataset['severity']).toBe('error');
    expect(finding.querySelector('a')!.getAttribute('href')).toBe('/v1.13/troubleshooting/#okta-token-006');
    expect(result().querySelector('[data-token-user-name]')!.textContent).toBe('jane.doe');
    expect(result().querySelector('[data-token-user]')!.getAttribute('data-admin')).toBe('yes');
    // Without keys, the signature is not checked, and says so.
    expect(result().querySelector('[data-rule-id="OKTA-TOKEN-005"]')!.getAttribute('data-severity')).toBe('info');
  });

  it("fetches Okta's keys from the values' key URL, without the token, then verifies the signature", async () => {
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(async () => new Response(JSON.stringify(keys.jwks), { status: 200, headers: { 'content-type': 'application/json' } }));
    mount(panelMarkup(release('1.13')) + CHECK);
    type({ oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', principalDomain: 'example.com' });
    const token = await tokenFor(caseNamed('bad signature'), keys);
    document.querySelector<HTMLTextAreaElement>('[data-token-input]')!.value = token;
    document.querySelector<HTMLElement>('[data-token-keys]')!.click();
    await until(() => document.querySelector('[data-token-keys-status="fetched"]'), 'the keys');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toBe('https://dev-123456.okta.com/oauth2/default/v1/keys');
    expect(JSON.stringify(fetch.mock.calls[0]![1] ?? {})).not.toContain(token.split('.')[1]!);
    await check(token);
    expect(result().querySelector('[data-rule-id="OKTA-TOKEN-005"]')!.getAttribute('data-severity')).toBe('error');
    await check(await tokenFor(caseNamed('good'), keys));
    expect(result().querySelector('[data-rule-id="OKTA-TOKEN-005"]')).toBeNull();
    expect([...result().querySelectorAll('[data-rule-id]')].map((el) => el.getAttribute('data-rule-id'))).toEqual(['OKTA-TOKEN-007']);
  });

  it('keeps the token out of storage', async () => {
    mount(panelMarkup(release('1.13')) + CHECK);
    type({ oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' });
    const token = await tokenFor(caseNamed('good'), keys);
    await check(token);
    const stored = JSON.stringify(Object.entries(localStorage)) + JSON.stringify(Object.entries(sessionStorage));
    expect(stored).not.toContain(token.split('.')[1]!);
    expect(location.href).not.toContain(token.split('.')[1]!);
  });
});
