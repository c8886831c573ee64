// @vitest-environment happy-dom
/**
 * <om-setup-panel>: restores the reader's values (a share link wins over storage), keeps an edit
 * made before the engine loads, saves non-secret values only, shares and resets, shows findings,
 * and marks itself ready.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/derived-value.ts';
import '../../components/elements/setup-panel.ts';
// The page's elements, as components/elements/index.ts defines them: each declares what it loads.
import '../../components/elements/snippet.ts';
import '../../components/elements/console-card.ts';
import type { OmSetupPanel } from '../../components/elements/setup-panel.ts';
import { declareParts, liveValues, type PartLoaders } from '../../components/live/values.ts';
import { LAST_RELEASE_KEY, storageKey } from '../../src/live/form.ts';
import { EXAMPLE, mount, panelMarkup, release, until } from './support/elements.ts';

const KEY = storageKey('1.12');
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const field = (name: string) => $<HTMLInputElement>(`[name="${name}"]`);
const type = (name: string, value: string) => {
  const el = field(name);
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
};
const ready = () => until(() => $('[data-setup-panel]').dataset['live'] === 'ready', 'data-live="ready"');

beforeEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  liveValues.set(undefined);
  history.replaceState(null, '', '/v1.12/deployment/docker/');
});

describe('<om-setup-panel>', () => {
  it('restores saved values at once, renders from them and marks itself ready', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...EXAMPLE, oktaDomain: 'acme.okta.com' }));
    mount(panelMarkup(release('1.12')));
    await ready();
    expect(field('oktaDomain').value).toBe('acme.okta.com');
    expect(field('clientId').value).toBe(EXAMPLE.clientId);
    expect($('[data-derived="issuer"]').textContent).toBe('https://acme.okta.com/oauth2/default');
    expect($('[data-summary-text]').textContent).toMatch(/^(No problems found in these values|0 errors, \d+ notes?: see each field below)\.$/);
    expect(liveValues.get()?.values.oktaDomain).toBe('acme.okta.com');
  });

  it('on a first visit to 0.12 with auth code values from 1.12, switches to implicit, drops the Web app client ID and says why', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...EXAMPLE, flow: 'authcode', oktaDomain: 'acme.okta.com' }));
    localStorage.setItem(LAST_RELEASE_KEY, '1.12');
    history.replaceState(null, '', '/v0.12/deployment/docker/');
    mount(panelMarkup(release('0.12')) + '<om-snippet><div data-snippet-target="kubernetes" data-snippet-flow="implicit"></div></om-snippet>');
    await ready();
    expect(field('flow').value).toBe('implicit');
    expect(field('clientId').value).toBe('');
    expect(field('oktaDomain').value).toBe('acme.okta.com');
    const notice = $('[data-setup-notice]');
    await until(() => !notice.hidden, 'the notice');
    expect(notice.textContent).toContain('Your values came from OpenMetadata 1.12 with the auth code flow.');
    expect(notice.textContent).toContain('Single-Page Application');
    // The snippet, where the reader is, says why its client ID is empty, not only that it is.
    await until(() => $('[data-snippet-why]') !== null, 'the reason in the snippet');
    expect($('[data-snippet-invalid]').textContent).toContain('Client ID');
    expect($('[data-snippet-why]').textContent).toBe(notice.textContent);
    type('clientId', '0oaSpa12345678901234');
    expect(notice.hidden).toBe(true);
    expect(document.querySelector('[data-snippet-why]')).toBeNull();
  });

  it('takes a share link over saved values, drops it from the address and saves it', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...EXAMPLE, oktaDomain: 'saved.okta.com' }));
    history.replaceState(null, '', `/v1.12/#setup?oktaDomain=shared.okta.com&clientId=${EXAMPLE.clientId}&clientSecret=leak`);
    mount(panelMarkup(release('1.12')));
    await ready();
    expect(field('oktaDomain').value).toBe('shared.okta.com');
    expect(field('clientSecret').value).toBe('');
    expect(location.hash).toBe('');
    expect(localStorage.getItem(KEY)).toContain('shared.okta.com');
  });

  it('saves what the reader types, never the client secret, and shows the secret fields for auth code only', async () => {
    mount(panelMarkup(release('1.12')));
    await $<OmSetupPanel>('om-setup-panel').load();
    expect($('[data-field="clientSecret"]').hidden).toBe(true);
    type('flow', 'authcode');
    type('oktaDomain', 'acme.okta.com');
    type('clientId', EXAMPLE.clientId as string);
    type('clientSecret', 'TopSecretValue123');
    expect($('[data-field="clientSecret"]').hidden).toBe(false);
    window.dispatchEvent(new Event('pagehide'));
    const saved = localStorage.getItem(KEY) ?? '';
    expect(saved).toContain('acme.okta.com');
    expect(saved).toContain('authcode');
    expect(saved).not.toContain('TopSecretValue123');
    expect(localStorage.getItem(LAST_RELEASE_KEY)).toBe('1.12');
    expect($('[data-setup-panel]').textContent).toContain('acme.okta.com');

    $('[data-action="share"]').click();
    const link = $<HTMLInputElement>('[data-share-url]').value;
    expect(link).toContain('#setup?');
    expect(link).toContain('oktaDomain=acme.okta.com');
    expect(link).not.toContain('TopSecretValue123');
  });

  it('keeps an edit made before the engine loaded over what was saved', async () => {
    mount(panelMarkup(release('1.12')));
    localStorage.setItem(KEY, JSON.stringify({ ...EXAMPLE, oktaDomain: 'saved.okta.com' }));
    type('oktaDomain', 'typed.okta.com');
    expect($('[data-setup-panel]').dataset['touched']).toBe('true');
    await $<OmSetupPanel>('om-setup-panel').load();
    expect(field('oktaDomain').value).toBe('typed.okta.com');
    expect(localStorage.getItem(KEY)).toContain('typed.okta.com');
  });

  it('shows findings on their field and in the summary, and resets to placeholders', async () => {
    localStorage.setItem(KEY, JSON.stringify(EXAMPLE));
    mount(panelMarkup(release('1.12')));
    await ready();
    type('oktaDomain', 'https://acme-admin.okta.com/');
    expect($('[data-field="oktaDomain"] [data-rule-id]')).not.toBeNull();
    expect(field('oktaDomain').getAttribute('aria-invalid')).toBe('true');
    expect($('[data-summary-text]').textContent).toMatch(/^\d+ errors?, \d+ notes?: see each field below\.$/);

    $('[data-action="reset"]').click();
    expect(field('oktaDomain').value, 'the first click only asks').toBe('https://acme-admin.okta.com/');
    expect($('[data-action="reset"]').textContent).toBe('Clear all values? Click again');
    $('[data-action="reset"]').dispatchEvent(new Event('blur'));
    expect($('[data-action="reset"]').textContent, 'leaving the button disarms it').toBe('Reset');
    $('[data-action="reset"]').click();
    $('[data-action="reset"]').click();
    expect(field('oktaDomain').value).toBe('');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect($('[data-summary-text]').textContent).toBe('Nothing typed yet: the pages show placeholders.');
    expect($('[data-field="oktaDomain"] [data-rule-id]')).toBeNull();
    expect($('[data-derived="issuer"]').textContent).toBe('https://OKTA_DOMAIN/oauth2/default');
    expect(liveValues.get()?.blank).toBe(true);
  });

  it('refuses a 5,000-character Okta domain and client ID on their fields, and offers nothing computed from them to copy', async () => {
    localStorage.setItem(KEY, JSON.stringify(EXAMPLE));
    mount(panelMarkup(release('1.12')));
    await ready();
    const copy = (name: string) => $(`[data-action="copy-derived"][data-copy-from="${name}"]`);
    expect(copy('issuer').hidden).toBe(false);
    type('oktaDomain', `${'a'.repeat(5000)}.okta.com`);
    type('clientId', `0oa${'b'.repeat(5000)}`);
    for (const name of ['oktaDomain', 'clientId']) {
      expect(field(name).getAttribute('aria-invalid'), name).toBe('true');
      const message = $(`[data-field="${name}"] [data-severity="error"]`).textContent!;
      expect(message).toMatch(/characters/);
      expect(message.length, 'the message quotes the value cut short').toBeLessThan(700);
    }
    expect($('[data-summary-text]').textContent).toMatch(/^2 errors?, \d+ notes?: see each field below\.$/);
    for (const name of ['issuer', 'discoveryUrl', 'oktaJwksUrl']) {
      expect(copy(name).hidden, name).toBe(true);
      expect($(`[data-derived="${name}"]`).textContent).toBe('fix Okta domain first');
    }
    expect(copy('callbackUrl').hidden, 'computed from the OpenMetadata URL only').toBe(false);
    expect($('[data-derived="callbackUrl"]').textContent).toBe('http://localhost:8585/callback');

    type('oktaDomain', 'https://dev-123456.okta.com/');
    expect(copy('issuer').hidden, 'no https://https://... to copy').toBe(true);
    type('oktaDomain', 'dev-123456.okta.com');
    expect(copy('issuer').hidden).toBe(false);
    expect($('[data-derived="issuer"]').textContent).toBe('https://dev-123456.okta.com/oauth2/default');
  });

  it('downloads inputs.json for the CLI: the values the checks use, never the client secret', async () => {
    const { checkInputs } = await import('../../src/rules/index.ts');
    localStorage.setItem(KEY, JSON.stringify({ ...EXAMPLE, flow: 'authcode', adminPrincipals: 'jane.doe, ops' }));
    mount(panelMarkup(release('1.12')));
    await ready();
    type('clientSecret', 'S3cr3t-canary-value');
    const link = $<HTMLAnchorElement>('[data-action="download-inputs"]');
    expect(link.hidden).toBe(false);
    expect(link.getAttribute('download')).toBe('inputs.json');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:inputs');
    try {
      link.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(link.href).toBe('blob:inputs');
    const text = await blobs[0]!.text();
    expect(text).not.toContain('S3cr3t');
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ flow: 'authcode', oktaDomain: EXAMPLE.oktaDomain, clientId: EXAMPLE.clientId, adminPrincipals: ['jane.doe', 'ops'] });
    expect(parsed).not.toHaveProperty('clientSecret');
    expect(parsed).not.toHaveProperty('inlineSecret');
    const checked = checkInputs(parsed, release('1.12'));
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.inputs?.adminPrincipals).toEqual(['jane.doe', 'ops']);
  });
});

describe('<om-setup-panel> loads the parts the page uses', () => {
  const live = async (extra: string) => {
    localStorage.setItem(KEY, JSON.stringify(EXAMPLE));
    mount(panelMarkup(release('1.12')) + extra);
    await ready();
    return liveValues.get()!;
  };

  it('loads neither the renderers nor the console steps on a page with neither snippets nor cards', async () => {
    const values = await live('');
    expect(values.renderers).toBeUndefined();
    expect(values.consoleStep).toBeUndefined();
  });

  it('loads the renderers for a page with a snippet, and the console steps for a page with a card', async () => {
    const withSnippet = await live('<om-snippet><div data-snippet-target="docker" data-snippet-flow="implicit"></div></om-snippet>');
    expect(Object.keys(withSnippet.renderers ?? {}).sort()).toEqual(['bare-metal', 'docker', 'ingestion', 'kubernetes', 'ui']);
    expect(withSnippet.consoleStep).toBeUndefined();
    document.body.innerHTML = '';
    liveValues.set(undefined);
    const withCard = await live('<om-console-card><section data-step="issuer"></section></om-console-card>');
    expect(withCard.renderers).toBeUndefined();
    expect(withCard.consoleStep?.('issuer', withCard.inputs!, withCard.release).title).toBeTruthy();
  });

  it('loads what a new element declares, for the page release, without the panel naming it', async () => {
    const asked: string[] = [];
    const loaders = { testView: async (r: { id: string }) => (asked.push(r.id), `view for ${r.id}`) } as unknown as PartLoaders;
    declareParts('om-test-view', loaders);
    const without = await live('');
    expect((without as unknown as Record<string, unknown>)['testView']).toBeUndefined();
    document.body.innerHTML = '';
    liveValues.set(undefined);
    const withView = await live('<om-test-view></om-test-view>');
    expect((withView as unknown as Record<string, unknown>)['testView']).toBe('view for 1.12');
    expect(asked).toEqual(['1.12']);
  });
});
