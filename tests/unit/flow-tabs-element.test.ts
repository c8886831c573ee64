// @vitest-environment happy-dom
/**
 * <om-flow-tabs>: the build's one section per flow becomes tabs; the tab of the panel's flow
 * opens when values come and whenever the flow changes (not on other edits); a tab the reader
 * clicks or reaches with the arrow keys shows its panel only, with the ARIA tabs wiring.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/flow-tabs.ts';
import { liveValues } from '../../components/live/values.ts';
import { EXAMPLE, mount, publish } from './support/elements.ts';

const markup =
  '<om-flow-tabs><div class="om-flow-tabs" data-flow-tabs>' +
  '<section class="om-flow-panel" id="implicit-files" data-flow-panel="implicit"><h3 class="om-flow-panel__title">Implicit flow (public)</h3><p>SPA files</p></section>' +
  '<section class="om-flow-panel" id="authcode-files" data-flow-panel="authcode"><h3 class="om-flow-panel__title">Auth code flow (confidential)</h3><p>Web app files</p></section>' +
  '</div></om-flow-tabs>';

const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tab = (flow: string) => tabs().find((t) => t.dataset['flow'] === flow)!;
const panel = (flow: string) => document.querySelector<HTMLElement>(`[data-flow-panel="${flow}"]`)!;
const shown = () => ['implicit', 'authcode'].filter((flow) => !panel(flow).hidden);
const key = (name: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

beforeEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  liveValues.set(undefined);
});

describe('<om-flow-tabs>', () => {
  it('turns the sections into a tab list labelled with their headings, first flow open', () => {
    mount(markup);
    expect(tabs().map((t) => t.textContent)).toEqual(['Implicit flow (public)', 'Auth code flow (confidential)']);
    expect(document.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Flow');
    for (const flow of ['implicit', 'authcode']) {
      expect(tab(flow).getAttribute('aria-controls')).toBe(panel(flow).id);
      expect(panel(flow).getAttribute('role')).toBe('tabpanel');
      expect(panel(flow).getAttribute('aria-labelledby')).toBe(tab(flow).id);
      expect(panel(flow).querySelector<HTMLElement>('.om-flow-panel__title')!.hidden).toBe(true);
    }
    expect(shown()).toEqual(['implicit']);
    expect(tabs().map((t) => [t.getAttribute('aria-selected'), t.tabIndex])).toEqual([['true', 0], ['false', -1]]);
  });

  it('opens the tab of the flow in the panel, and follows it when it changes', async () => {
    mount(markup);
    await publish({ ...EXAMPLE, flow: 'authcode', clientSecret: 'not-a-real-secret' }, '1.12');
    expect(shown()).toEqual(['authcode']);
    expect(tab('authcode').getAttribute('aria-selected')).toBe('true');
    await publish({ ...EXAMPLE, flow: 'implicit' }, '1.12');
    expect(shown()).toEqual(['implicit']);
  });

  it('keeps the tab the reader chose while they edit other values; a new flow wins again', async () => {
    mount(markup);
    await publish({ ...EXAMPLE, flow: 'implicit' }, '1.12');
    tab('authcode').click();
    expect(shown()).toEqual(['authcode']);
    await publish({ ...EXAMPLE, flow: 'implicit', oktaDomain: 'acme.okta.com' }, '1.12');
    expect(shown(), 'a keystroke in another field').toEqual(['authcode']);
    await publish({ ...EXAMPLE, flow: 'authcode', clientSecret: 'not-a-real-secret' }, '1.12');
    await publish({ ...EXAMPLE, flow: 'implicit' }, '1.12');
    expect(shown()).toEqual(['implicit']);
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping around', () => {
    mount(markup);
    tab('implicit').focus();
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('authcode'));
    expect(shown()).toEqual(['authcode']);
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('implicit'));
    key('End');
    expect(shown()).toEqual(['authcode']);
    key('Home');
    expect(shown()).toEqual(['implicit']);
    key('ArrowLeft');
    expect(shown()).toEqual(['authcode']);
  });

  it('leaves a single section as it is; moved in the page, builds its tabs once and still follows the flow', async () => {
    mount('<om-flow-tabs><div data-flow-tabs><section id="implicit-files" data-flow-panel="implicit"><h3 class="om-flow-panel__title">Implicit</h3></section></div></om-flow-tabs>');
    expect(tabs()).toEqual([]);
    mount(markup);
    const element = document.querySelector('om-flow-tabs')!;
    element.remove();
    document.body.append(element);
    expect(tabs()).toHaveLength(2);
    await publish({ ...EXAMPLE, flow: 'authcode', clientSecret: 'not-a-real-secret' }, '1.12');
    expect(shown()).toEqual(['authcode']);
  });
});
