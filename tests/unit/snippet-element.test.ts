// @vitest-environment happy-dom
/**
 * <om-snippet>: shows the build's placeholder files with working buttons, re-renders from the
 * reader's values as they change (through the real setup panel), shows findings for values the
 * renderer refuses, and puts the placeholders back when the form is emptied.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../components/elements/setup-panel.ts';
import '../../components/elements/snippet.ts';
import '../../components/elements/flow-tabs.ts';
import type { OmSetupPanel } from '../../components/elements/setup-panel.ts';
import { OmSnippet } from '../../components/elements/snippet.ts';
import { REHEARSALS } from '../../src/live/rehearsal.ts';
import { liveValues, renderDeferred } from '../../components/live/values.ts';
import { snippetBodyHtml } from '../../src/live/html.ts';
import { snippetInputs, storageKey, toRawInputs } from '../../src/live/form.ts';
import { renderPlaceholders, renderTarget } from '../../src/render/index.ts';
import { EXAMPLE, mount, panelMarkup, publish, release, until } from './support/elements.ts';

const r = release('1.12');
const placeholder = snippetBodyHtml(renderPlaceholders('docker', 'implicit', r), { target: 'docker', release: '1.12', flow: 'implicit' }, 'placeholder');
const snippetMarkup =
  `<om-snippet><div class="om-snippet" data-snippet-target="docker" data-snippet-flow="implicit" data-release="1.12" data-state="placeholder">` +
  `${placeholder}</div></om-snippet>`;
const placeholderCode = (() => {
  const template = document.createElement('template');
  template.innerHTML = placeholder;
  return [...template.content.querySelectorAll('code')].map((c) => c.textContent).join('\n');
})();
const box = () => document.querySelector<HTMLElement>('.om-snippet')!;
const code = () => [...box().querySelectorAll('code')].map((c) => c.textContent).join('\n');
const type = (name: string, value: string) => {
  const el = document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  liveValues.set(undefined);
});

describe('<om-snippet>', () => {
  it('keeps the placeholders until values come, and shows their download links', () => {
    mount(snippetMarkup);
    expect(code()).toContain('OKTA_DOMAIN');
    expect(box().dataset['state']).toBe('placeholder');
    const downloads = box().querySelectorAll<HTMLElement>('[data-action="download"]');
    expect(downloads.length).toBeGreaterThan(0);
    for (const link of downloads) expect(link.hidden).toBe(false);
  });

  it('re-renders when the values change and shows findings for values it refuses', async () => {
    mount(snippetMarkup);
    await publish(EXAMPLE, '1.12');
    expect(box().dataset['state']).toBe('live');
    expect(code()).toContain('dev-123456.okta.com');
    expect(code()).not.toContain('OKTA_DOMAIN');
    expect(box().querySelector('figure[data-target="docker"][data-release="1.12"][data-flow="implicit"]')).not.toBeNull();
    await publish({ ...EXAMPLE, oktaDomain: 'acme.okta.com' }, '1.12');
    expect(code()).toContain('acme.okta.com');
    expect(code()).not.toContain('dev-123456');
    await publish({ ...EXAMPLE, oktaDomain: '' }, '1.12');
    expect(box().dataset['state']).toBe('invalid');
    expect(box().querySelector('[data-snippet-invalid]')!.textContent).toContain('Okta domain');
    expect(box().querySelector('figure')).toBeNull();
  });

  it('rehearses keystrokes while the page is idle, and shows, saves and publishes none of them', async () => {
    const rehearsed = vi.spyOn(OmSnippet.prototype, 'rehearse');
    try {
      mount(panelMarkup(r) + snippetMarkup);
      await document.querySelector<OmSetupPanel>('om-setup-panel')!.load();
      type('oktaDomain', 'typed.okta.com');
      type('clientId', EXAMPLE.clientId as string);
      const page = document.body.innerHTML;
      const published = liveValues.get();
      const rehearsedIds = new Set<string>();
      await until(() => rehearsed.mock.calls.length >= REHEARSALS, 'the rehearsals', 10_000);
      for (const [live] of rehearsed.mock.calls) rehearsedIds.add(live.values.clientId as string);
      // The reader's values with a client ID typed on, one key more each time.
      expect(rehearsedIds.size).toBe(REHEARSALS);
      for (const id of rehearsedIds) expect(id).toMatch(new RegExp(`^${EXAMPLE.clientId}[a-p]+$`));
      expect(rehearsed.mock.calls.every(([live]) => live.values.oktaDomain === 'typed.okta.com')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rehearsed.mock.calls.length).toBe(REHEARSALS);
      expect(document.body.innerHTML).toBe(page);
      expect(liveValues.get()).toBe(published);
      expect(JSON.parse(localStorage.getItem(storageKey('1.12'))!)).toMatchObject({ oktaDomain: 'typed.okta.com', clientId: EXAMPLE.clientId });
      // And the reader's next key is shown as usual.
      type('clientId', `${EXAMPLE.clientId}Z`);
      expect(code()).toContain(`${EXAMPLE.clientId}Z`);
    } finally {
      rehearsed.mockRestore();
    }
  });

  it('follows the panel as the reader types, and shows placeholders again when the form is emptied', async () => {
    mount(panelMarkup(r) + snippetMarkup);
    await document.querySelector<OmSetupPanel>('om-setup-panel')!.load();
    type('oktaDomain', 'typed.okta.com');
    type('clientId', EXAMPLE.clientId as string);
    expect(code()).toContain('typed.okta.com');
    type('oktaDomain', 'typed-again.okta.com');
    expect(code()).toContain('typed-again.okta.com');
    document.querySelector<HTMLElement>('[data-action="reset"]')!.click();
    document.querySelector<HTMLElement>('[data-action="reset"]')!.click(); // the second click confirms
    expect(box().dataset['state']).toBe('placeholder');
    expect(code()).toBe(placeholderCode);
    for (const link of box().querySelectorAll<HTMLElement>('[data-action="download"]')) expect(link.hidden).toBe(false);
  });

  it('on a keystroke writes only what changed: the same figures and code elements, the exact files, and the same highlighting as a full render', async () => {
    mount(panelMarkup(r) + snippetMarkup);
    await document.querySelector<OmSetupPanel>('om-setup-panel')!.load();
    for (const [name, value] of Object.entries(EXAMPLE)) if (typeof value === 'string' && name !== 'flow') type(name, value);
    const figures = [...box().querySelectorAll('figure')];
    const codes = [...box().querySelectorAll('code')];
    expect(figures.length).toBeGreaterThan(1);
    for (const key of ['x', 'y', 'z']) {
      type('clientId', `${document.querySelector<HTMLInputElement>('[name="clientId"]')!.value}${key}`);
      const values = { ...EXAMPLE, clientId: document.querySelector<HTMLInputElement>('[name="clientId"]')!.value };
      const expected = renderTarget({ release: r, target: 'docker', inputs: snippetInputs(toRawInputs(values), 'implicit') }).files;
      expect(box().dataset['state']).toBe('live');
      expect([...box().querySelectorAll('figure')]).toEqual(figures);
      expect([...box().querySelectorAll('code')]).toEqual(codes);
      expect(codes.map((c) => c.textContent)).toEqual(expected.map((f) => f.text));
      // The same tokens as the build and a full render write, whatever text nodes hold them.
      const template = document.createElement('template');
      template.innerHTML = snippetBodyHtml(expected, { target: 'docker', release: '1.12', flow: 'implicit' }, 'live');
      const tokens = (root: ParentNode) => [...root.querySelectorAll('code')].map((c) => [...c.querySelectorAll('span')].map((s) => `${s.className}:${s.textContent}`));
      expect(tokens(box())).toEqual(tokens(template.content));
    }
  });

  it('copies a file exactly', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount(snippetMarkup);
    await publish(EXAMPLE, '1.12');
    const figure = box().querySelector('figure')!;
    figure.querySelector<HTMLElement>('[data-action="copy"]')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(figure.querySelector('code')!.textContent));
  });
});

describe('<om-snippet> in a flow section the tabs hide', () => {
  const flowSnippet = (flow: string) =>
    `<om-snippet><div class="om-snippet" data-snippet-target="docker" data-snippet-flow="${flow}" data-release="1.12" data-state="placeholder">${placeholder}</div></om-snippet>`;
  const tabsMarkup =
    '<om-flow-tabs><div class="om-flow-tabs" data-flow-tabs>' +
    `<section id="implicit-files" data-flow-panel="implicit"><h3 class="om-flow-panel__title">Implicit</h3>${flowSnippet('implicit')}</section>` +
    `<section id="authcode-files" data-flow-panel="authcode"><h3 class="om-flow-panel__title">Auth code</h3>${flowSnippet('authcode')}</section>` +
    '</div></om-flow-tabs>';
  const snippet = (flow: string) => document.querySelector<HTMLElement>(`.om-snippet[data-snippet-flow="${flow}"]`)!;
  const codeOf = (flow: string) => [...snippet(flow).querySelectorAll('code')].map((c) => c.textContent).join('\n');
  const expected = (flow: 'implicit' | 'authcode', values: typeof EXAMPLE) =>
    renderTarget({ release: r, target: 'docker', inputs: snippetInputs(toRawInputs(values), flow) }).files.map((f) => f.text).join('\n');

  it('renders the hidden flow only when its tab opens, with the values of that moment, and checks that flow only then', async () => {
    mount(tabsMarkup);
    await publish({ ...EXAMPLE, flow: 'implicit' }, '1.12');
    const live = liveValues.get()!;
    const forFlow = vi.spyOn(live, 'forFlow');
    liveValues.set({ ...live });
    expect(codeOf('implicit')).toBe(expected('implicit', EXAMPLE));
    expect(snippet('authcode').dataset['state']).toBe('placeholder');
    expect(forFlow.mock.calls.map(([flow]) => flow)).toEqual(['implicit']);
    const typed = { ...EXAMPLE, flow: 'implicit', clientId: '0oaTyped1234567890ab' };
    await publish(typed, '1.12');
    expect(codeOf('authcode')).toContain('OKTA_CLIENT_ID');
    document.querySelector<HTMLButtonElement>('[role="tab"][data-flow="authcode"]')!.click();
    expect(snippet('authcode').dataset['state']).toBe('live');
    expect(codeOf('authcode')).toBe(expected('authcode', typed));
  });

  it('brings hidden snippets up to the values when asked (the page is copied as Markdown)', async () => {
    mount(tabsMarkup);
    await publish({ ...EXAMPLE, flow: 'implicit' }, '1.12');
    expect(snippet('authcode').dataset['state']).toBe('placeholder');
    renderDeferred();
    expect(document.querySelector<HTMLElement>('[data-flow-panel="authcode"]')!.hidden).toBe(true);
    expect(codeOf('authcode')).toBe(expected('authcode', EXAMPLE));
  });
});

describe('<om-snippet> the reader asks for (collapsed)', () => {
  const okta = snippetBodyHtml(renderPlaceholders('okta', 'implicit', r), { target: 'okta', release: '1.12', flow: 'implicit' }, 'placeholder');
  const collapsed =
    `<details data-snippet-reveal><summary>okta.tf, with your values</summary><om-snippet>` +
    `<div class="om-snippet" data-snippet-target="okta" data-snippet-flow="implicit" data-release="1.12" data-state="placeholder">${okta}</div></om-snippet></details>`;

  it('loads its renderer only when opened, then shows the reader values', async () => {
    localStorage.setItem(storageKey('1.12'), JSON.stringify(EXAMPLE));
    mount(panelMarkup(r) + snippetMarkup + collapsed);
    await until(() => document.querySelector('[data-setup-panel]')?.getAttribute('data-live') === 'ready', 'the panel');
    expect(Object.keys(liveValues.get()?.renderers ?? {})).toEqual(['docker']);
    const oktaBox = document.querySelector<HTMLElement>('[data-snippet-target="okta"]')!;
    expect(oktaBox.dataset['state']).toBe('placeholder');

    const details = document.querySelector<HTMLDetailsElement>('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => oktaBox.dataset['state'] === 'live', 'the Terraform snippet live');
    expect(Object.keys(liveValues.get()?.renderers ?? {}).sort()).toEqual(['docker', 'okta']);
    expect(oktaBox.textContent).toContain(String(EXAMPLE['oktaDomain']).split('.')[0]);
    // The next keystroke keeps it: the panel's renderers are the ones the snippet added to.
    type('clientId', '0oaAnother1234567890');
    await until(() => oktaBox.dataset['state'] === 'live' && liveValues.get()?.values.clientId === '0oaAnother1234567890', 'the next keystroke');
    expect(liveValues.get()?.renderers?.okta).toBeDefined();
  });
});
