// @vitest-environment happy-dom
/** <om-derived-value>: one computed value (issuer, discovery URL, ...) from the reader's values. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/derived-value.ts';
import { liveValues } from '../../components/live/values.ts';
import { EXAMPLE, mount, publish } from './support/elements.ts';

const text = (name: string) => document.querySelector(`[data-derived="${name}"]`)!.textContent;

beforeEach(() => {
  liveValues.set(undefined);
  mount('<p>Issuer: <om-derived-value><span class="om-value" data-derived="issuer"><code>https://OKTA_DOMAIN/oauth2/default</code></span></om-derived-value></p>' +
    '<p><om-derived-value><span class="om-value" data-derived="redirectUris"><code>placeholder</code></span></om-derived-value></p>');
});

describe('<om-derived-value>', () => {
  it('computes its value from the reader values and goes back to the placeholder when they are blank', async () => {
    await publish({ ...EXAMPLE, authServer: 'org' }, '1.12');
    expect(text('issuer')).toBe('https://dev-123456.okta.com');
    expect(text('redirectUris')).toContain('http://localhost:8585/');
    await publish({ ...EXAMPLE, oktaDomain: 'acme.okta.com' }, '1.12');
    expect(text('issuer')).toBe('https://acme.okta.com/oauth2/default');
    await publish({}, '1.12');
    expect(text('issuer')).toBe('https://OKTA_DOMAIN/oauth2/default');
    expect(text('redirectUris')).toBe('placeholder');
  });

  it('while a field it is computed from is refused, shows which to fix and no value', async () => {
    await publish({ ...EXAMPLE, oktaDomain: 'https://dev-123456.okta.com/' }, '1.12');
    const issuer = document.querySelector<HTMLElement>('[data-derived="issuer"]')!;
    expect(issuer.dataset['state']).toBe('invalid');
    expect(issuer.querySelector('code')).toBeNull();
    expect(text('issuer')).toBe('fix Okta domain first');
    expect(text('redirectUris'), 'a value from other fields still shows').toContain('http://localhost:8585/');
    await publish({ ...EXAMPLE, oktaDomain: `${'a'.repeat(5000)}.okta.com` }, '1.12');
    expect(text('issuer')).toBe('fix Okta domain first');
    await publish(EXAMPLE, '1.12');
    expect(issuer.dataset['state']).toBe('live');
    expect(text('issuer')).toBe('https://dev-123456.okta.com/oauth2/default');
    await publish({}, '1.12');
    expect(issuer.dataset['state']).toBeUndefined();
  });
});
