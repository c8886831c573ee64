// @vitest-environment happy-dom
/** <om-sso-form>: OpenMetadata's Settings > SSO form, field by field, filled with the reader's values for the card's own flow. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/sso-form.ts';
import { liveValues } from '../../components/live/values.ts';
import { PLACEHOLDER_INPUTS } from '../../src/inputs/fields.ts';
import { cardBodyHtml } from '../../src/live/html.ts';
import { ssoFormCard } from '../../src/targets/ui.ts';
import * as engine from '../../components/live/client.ts';
import type { FormValues } from '../../src/live/form.ts';
import { EXAMPLE, mount, release, until } from './support/elements.ts';

/** Publishes values as <om-setup-panel> does, with the part this element declares (the form's fields). */
async function publish(values: FormValues, releaseId: string): Promise<void> {
  liveValues.set({ ...engine.checkValues(values, release(releaseId)), ssoFormCard, engine });
}

const r = release('2.0');
const card = (flow: 'implicit' | 'authcode') =>
  `<om-sso-form><section class="om-card" data-sso-form data-flow="${flow}">` +
  `${cardBodyHtml(ssoFormCard({ ...PLACEHOLDER_INPUTS, flow }, r))}</section></om-sso-form>`;
const cards = () => [...document.querySelectorAll<HTMLElement>('.om-card')];
const row = (c: HTMLElement, label: string) => [...c.querySelectorAll('.om-card__row')].find((x) => x.querySelector('dt')?.textContent === label);

beforeEach(() => {
  liveValues.set(undefined);
  mount(card('implicit') + card('authcode'));
});

describe('<om-sso-form>', () => {
  it('fills every field with the reader values, each card for its client type, and puts the placeholders back when blank', async () => {
    const placeholders = cards().map((c) => c.innerHTML);
    expect(placeholders[0]).toContain('OKTA_DOMAIN');
    await publish({ ...EXAMPLE, omUrl: 'https://om.acme.example' }, '2.0');
    const [implicit, authcode] = cards();
    expect(row(implicit!, 'Callback URL')!.textContent).toContain('https://om.acme.example/callback');
    expect(row(implicit!, 'Public Key URLs')!.textContent).toContain('https://om.acme.example/api/v1/system/config/jwks');
    expect(row(implicit!, 'Client ID')!.textContent).toContain(EXAMPLE.clientId as string);
    expect(row(authcode!, 'OIDC Client ID')!.textContent).toContain(EXAMPLE.clientId as string);
    expect(row(authcode!, 'OIDC Callback URL')!.textContent).toContain('https://om.acme.example/callback');
    expect(row(authcode!, 'Client ID'), 'hidden for a confidential client').toBeUndefined();
    expect(implicit!.textContent).not.toContain('OKTA_DOMAIN');
    await publish({}, '2.0');
    expect(cards().map((c) => c.innerHTML)).toEqual(placeholders);
  });

  it('copies a value with its own button; fields left at their default have none', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    await publish({ ...EXAMPLE, omUrl: 'https://om.acme.example' }, '2.0');
    const authority = row(cards()[0]!, 'Authority')!;
    authority.querySelector<HTMLButtonElement>('[data-action="copy-value"]')!.click();
    await until(() => written.length === 1, 'the clipboard write');
    expect(written[0]).toBe(authority.querySelector('code')!.textContent);
    expect(row(cards()[0]!, 'JWT Principal Claims')!.querySelector('[data-action="copy-value"]')).toBeNull();
  });

  it('offers no value to copy while a field it comes from is refused', async () => {
    await publish({ ...EXAMPLE, omUrl: `https://${'a'.repeat(5000)}.example.com` }, '2.0');
    const callback = row(cards()[0]!, 'Callback URL')!;
    expect(callback.querySelector('[data-action="copy-value"]')).toBeNull();
    expect(callback.querySelector('dd')!.textContent).toBe('fix OpenMetadata URL first');
  });
});
