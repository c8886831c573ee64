/**
 * <om-flow-tabs> turns the build's flow sections (components/FlowTabs.astro: one
 * `[data-flow-panel]` section per flow, each with its heading) into tabs, and opens the tab of
 * the flow the setup panel holds: when the page starts and whenever the reader changes the flow.
 * Choosing a tab only changes what is shown; the panel's flow stays as it is. Keyboard as in the
 * ARIA tabs pattern: arrows, Home and End move between tabs, the open tab is the one in the Tab order.
 */
import { define } from './define.ts';
import { FLOW_SHOWN, liveValues } from '../live/values.ts';

export class OmFlowTabs extends HTMLElement {
  #off: (() => void) | undefined;
  /** The panel's flow when the tabs last followed it: a later keystroke must not undo a tab the reader chose. */
  #followed: string | undefined;

  get panels(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-flow-tabs] > [data-flow-panel]')];
  }
  get tabs(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>(':scope > [data-flow-tabs] > [role="tablist"] > [role="tab"]')];
  }

  connectedCallback(): void {
    if (this.tabs.length === 0 && !this.#build()) return;
    this.#off = liveValues.subscribe((live) => {
      const flow = live?.values.flow;
      if (typeof flow !== 'string' || flow === this.#followed) return;
      this.#followed = flow;
      this.select(flow);
    });
  }

  disconnectedCallback(): void {
    this.#off?.();
  }

  /** Builds the tab list from the sections; false when there is nothing to choose between. */
  #build(): boolean {
    const box = this.querySelector<HTMLElement>(':scope > [data-flow-tabs]');
    if (!box || this.panels.length < 2) return false;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', 'Flow');
    list.className = 'om-flow-tabs__list';
    for (const panel of this.panels) {
      const title = panel.querySelector<HTMLElement>(':scope > .om-flow-panel__title');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.className = 'om-flow-tabs__tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.dataset['flow'] = panel.dataset['flowPanel'];
      tab.textContent = title?.textContent ?? panel.dataset['flowPanel'] ?? '';
      if (title) title.hidden = true;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      list.append(tab);
    }
    box.prepend(list);
    box.dataset['tabs'] = 'on';
    list.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
      if (tab?.dataset['flow']) this.select(tab.dataset['flow']);
    });
    list.addEventListener('keydown', (event) => this.#onKey(event));
    this.select(this.panels[0]!.dataset['flowPanel']!);
    return true;
  }

  /** Opens the tab of `flow` (a flow the tabs do not have leaves them as they are). */
  select(flow: string, focus = false): void {
    const tabs = this.tabs;
    const chosen = tabs.find((tab) => tab.dataset['flow'] === flow);
    if (!chosen) return;
    for (const tab of tabs) {
      const open = tab === chosen;
      tab.setAttribute('aria-selected', String(open));
      tab.tabIndex = open ? 0 : -1;
      const panel = this.querySelector<HTMLElement>(`#${CSS.escape(tab.getAttribute('aria-controls') ?? '')}`);
      if (!panel || panel.hidden === !open) continue;
      panel.hidden = !open;
      // Its snippets render the values they were given while hidden (components/live/values.ts).
      if (open) panel.dispatchEvent(new Event(FLOW_SHOWN));
    }
    if (focus) chosen.focus();
  }

  #onKey(event: KeyboardEvent): void {
    const tabs = this.tabs;
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    this.select(next.dataset['flow']!, true);
  }
}

define('om-flow-tabs', OmFlowTabs);
