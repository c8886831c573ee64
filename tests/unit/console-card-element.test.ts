// @vitest-environment happy-dom
/** <om-console-card>: fills one Okta console step with the reader's values, for the card's own flow. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/console-card.ts';
import { liveValues } from '../../components/live/values.ts';
import { PLACEHOLDER_INPUTS } from '../../src/inputs/fields.ts';
import { cardBodyHtml } from '../../src/live/html.ts';
import { consoleStep } from '../../src/okta/console-steps.ts';
import { EXAMPLE, mount, publish, release, until } from './support/elements.ts';

const r = release('1.12');
const card = (flow: 'implicit' | 'authcode') =>
  `<om-console-card><section class="om-card" data-step="app-general" data-flow="${flow}">` +
  `${cardBodyHtml(consoleStep('app-general', { ...PLACEHOLDER_INPUTS, flow }, r))}</section></om-console-card>`;
const cards = () => [...document.querySelectorAll<HTMLElement>('.om-card')];

beforeEach(() => {
  liveValues.set(undefined);
  mount(card('implicit') + card('authcode'));
});

describe('<om-console-card>', () => {
  it('shows what to enter with the reader values, each card for its flow, and placeholders when blank', async () => {
    const placeholders = cards().map((c) => c.innerHTML);
    expect(placeholders[0]).toContain('OPENMETADATA_HOST');
    await publish({ ...EXAMPLE, omUrl: 'https://om.acme.example' }, '1.12');
    const [implicit, authcode] = cards();
    expect(implicit!.textContent).toContain('https://om.acme.example');
    expect(implicit!.textContent).not.toContain('OPENMETADATA_HOST');
    expect(authcode!.innerHTML).not.toBe(implicit!.innerHTML);
    await publish({}, '1.12');
    expect(cards().map((c) => c.innerHTML)).toEqual(placeholders);
  });

  it('keeps the admin placeholder while the reader has not named an admin (never "admin")', async () => {
    const assignments = `<om-console-card><section class="om-card" data-step="assignments">` +
      `${cardBodyHtml(consoleStep('assignments', PLACEHOLDER_INPUTS, r))}</section></om-console-card>`;
    mount(assignments);
    await publish({ ...EXAMPLE, principalDomain: 'acme.example', adminPrincipals: '' }, '1.12');
    expect(cards()[0]!.textContent).toContain('ADMIN_USER_NAME@acme.example');
    expect(cards()[0]!.textContent).not.toContain('admin@');
    await publish({ ...EXAMPLE, principalDomain: 'acme.example', adminPrincipals: 'jane' }, '1.12');
    expect(cards()[0]!.textContent).toContain('jane@acme.example');
  });

  it('copies each value to enter with its own button, placeholders included', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    const buttons = () => [...cards()[0]!.querySelectorAll<HTMLButtonElement>('[data-action="copy-value"]')];
    expect(buttons().length).toBeGreaterThan(0);
    const code = (b: HTMLElement) => b.closest('.om-card__value')!.querySelector('code')!.textContent;
    buttons()[0]!.click();
    await until(() => written.length === 1, 'the clipboard write');
    expect(written[0]).toBe(code(buttons()[0]!));
    expect(written[0]).toContain('OPENMETADATA_HOST');
    await publish({ ...EXAMPLE, omUrl: 'https://om.acme.example' }, '1.12');
    const labels = buttons().map((b) => b.getAttribute('aria-label'));
    expect(new Set(labels).size, 'each Copy button names its value').toBe(labels.length);
    buttons().at(-1)!.click();
    await until(() => written.length === 2, 'the second clipboard write');
    expect(written[1]).toBe(code(buttons().at(-1)!));
    await until(() => buttons().at(-1)!.textContent === 'Copied', 'the Copied feedback');
  });

  it('offers no value to copy while a field it comes from is refused', async () => {
    await publish({ ...EXAMPLE, omUrl: `https://${'a'.repeat(5000)}.example.com` }, '1.12');
    const implicit = cards()[0]!;
    const rows = [...implicit.querySelectorAll('.om-card__row')];
    const row = (label: string) => rows.find((r) => r.querySelector('dt')?.textContent === label)!;
    for (const label of ['Sign-in redirect URIs', 'Sign-out redirect URIs', 'Base URIs']) {
      expect(row(label).querySelector('[data-action="copy-value"]'), label).toBeNull();
      expect(row(label).querySelector('dd')!.textContent).toBe('fix OpenMetadata URL first');
    }
    expect(implicit.textContent).not.toContain('aaaaaaaaaa');
    await publish({ ...EXAMPLE, omUrl: 'https://om.acme.example' }, '1.12');
    expect(cards()[0]!.querySelectorAll('[data-action="copy-value"]').length).toBeGreaterThan(0);
    expect(cards()[0]!.textContent).not.toContain('first');
  });
});

