/**
 * The reader's checked values, as the setup panel publishes them, and the base of the elements
 * that follow them (<om-snippet>, <om-console-card>, <om-derived-value>). Light: the engine's
 * code comes with the values, so nothing here loads it.
 */
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import type { CheckedValues } from '../../src/live/state.ts';
import { createStore } from '../../src/live/store.ts';

export type Engine = typeof import('./client.ts');

/**
 * What only some elements use (a release line's renderers, the Okta console steps), loaded on the
 * pages that hold those elements. Empty here: an element that needs a part adds its key to this
 * interface from its own module (`declare module`) and says how to load it (declareParts), so the
 * setup panel loads what the page's elements ask for without knowing any of them.
 */
export interface PageParts {}

/** How to load each part an element uses, for the page's release and what the page holds. */
export type PartLoaders = { [K in keyof PageParts]?: (release: ReleaseFacts, root: ParentNode) => Promise<PageParts[K]> };

const declaredParts = new Map<string, PartLoaders>();

/** Says which parts the element named `tag` needs: the panel loads them on pages that hold one. */
export function declareParts(tag: string, loaders: PartLoaders): void {
  declaredParts.set(tag, loaders);
}

/**
 * Loads, side by side, the parts that the elements present in `root` declared, each once. Asked
 * once the page after the panel has been parsed, so elements below the panel count.
 */
export async function loadPageParts(release: ReleaseFacts, root: ParentNode): Promise<Partial<PageParts>> {
  const loading = new Map<string, Promise<unknown>>();
  for (const [tag, loaders] of declaredParts) {
    if (!root.querySelector(tag)) continue;
    for (const [key, load] of Object.entries(loaders) as [string, (release: ReleaseFacts, root: ParentNode) => Promise<unknown>][]) {
      if (!loading.has(key)) loading.set(key, load(release, root));
    }
  }
  const keys = [...loading.keys()];
  const parts = await Promise.all(loading.values());
  return Object.fromEntries(keys.map((key, i) => [key, parts[i]]));
}

export interface LiveValues extends CheckedValues, Partial<PageParts> {
  engine: Engine;
  /** What the panel changed in values brought from another release, until the reader edits the field it emptied. */
  carriedOver?: string;
}

/** Undefined until the engine has loaded: the page keeps the build's placeholders. */
export const liveValues = createStore<LiveValues | undefined>(undefined);

/** What <om-flow-tabs> dispatches on a flow's section when it shows it. */
export const FLOW_SHOWN = 'om-flow-shown';

/** Elements in a hidden flow section, with the values they will render once shown. */
const deferred = new Map<LiveElement, LiveValues>();

/** Every live element on the page, for rehearse(). */
const connected = new Set<LiveElement>();

/**
 * Runs what a keystroke makes the elements the reader sees compute, for these values, and shows
 * nothing of it (src/live/rehearsal.ts says why).
 */
export function rehearse(live: LiveValues): void {
  for (const element of connected) if (!element.hiddenInFlow) element.rehearse(live);
}

/** Brings every element in a hidden section up to the values it was last given (before the page is copied). */
export function renderDeferred(): void {
  for (const element of [...deferred.keys()]) element.renderDeferred();
}

/**
 * An element that wraps the build's markup (its first child, which keeps the classes and data-*
 * hooks) and re-renders it from the reader's values; blank values put the build's placeholders back.
 * Inside a flow section the tabs hide (the other flow's files), it renders when the section is
 * shown: a keystroke renders, and checks, only the flow the reader sees.
 */
export abstract class LiveElement extends HTMLElement {
  #off: (() => void) | undefined;
  #placeholder: string | undefined;
  #shown: string | undefined;
  #section: HTMLElement | null = null;
  readonly #onShown = (): void => this.renderDeferred();

  get box(): HTMLElement {
    return this.firstElementChild as HTMLElement;
  }

  connectedCallback(): void {
    this.#shown = this.#placeholder ??= this.box.innerHTML;
    this.#section = this.closest<HTMLElement>('[data-flow-panel]');
    this.#section?.addEventListener(FLOW_SHOWN, this.#onShown);
    connected.add(this);
    this.#off = liveValues.subscribe((live) => {
      if (live && !live.blank && this.hiddenInFlow) {
        deferred.set(this, live);
        return;
      }
      deferred.delete(this);
      if (!live || live.blank) {
        this.show(this.#placeholder!);
        this.placeholders();
      } else this.update(live);
    });
  }

  /** In the section of a flow the reader does not see (a closed tab). */
  get hiddenInFlow(): boolean {
    return this.#section?.hidden === true;
  }

  /** Renders the values given while the element's section was hidden, if any. */
  renderDeferred(): void {
    const live = deferred.get(this);
    if (!live) return;
    deferred.delete(this);
    this.update(live);
  }

  /** Brings the markup up to these values: by default, all of it from render(). */
  update(live: LiveValues): void {
    const html = this.render(live);
    if (html !== undefined) this.show(html);
  }

  /** The markup was changed in place (not through show()): the next show() writes what it is given. */
  protected changedInPlace(): void {
    this.#shown = undefined;
  }

  disconnectedCallback(): void {
    this.#off?.();
    this.#section?.removeEventListener(FLOW_SHOWN, this.#onShown);
    deferred.delete(this);
    connected.delete(this);
  }

  /** Computes what update() would for these values, and neither shows nor keeps it. */
  rehearse(live: LiveValues): void {
    this.render(live);
  }

  /** HTML for these values, or undefined to keep what is shown (values parseInputs refused). */
  abstract render(live: LiveValues): string | undefined;

  /** Called after the placeholders are back. */
  placeholders(): void {}

  /** Writes only HTML that differs from what is shown, so unchanged parts keep their DOM (and focus). */
  show(html: string): void {
    if (html === this.#shown) return;
    this.#shown = html;
    this.box.innerHTML = html;
  }
}
