/**
 * The reader's checked values, as the setup panel publishes them, and the base of the elements
 * that follow them (<om-snippet>, <om-console-card>, <om-derived-value>). Light: the engine's
 * code comes with the values, so nothing here loads it.
 */
import type { CheckedValues } from '../../src/live/state.ts';
import { createStore } from '../../src/live/store.ts';
import type { consoleStep } from '../../src/okta/console-steps.ts';
import type { RendererSet } from '../../src/targets/types.ts';

export type Engine = typeof import('./client.ts');

/** What only some elements use, loaded on the pages that hold them (the setup panel decides). */
export interface PageParts {
  /** The release line's renderers, for <om-snippet>. */
  renderers: RendererSet | undefined;
  /** What to enter in each Okta console step, for <om-console-card>. */
  consoleStep: typeof consoleStep | undefined;
}

export interface LiveValues extends CheckedValues, PageParts {
  engine: Engine;
}

/** Undefined until the engine has loaded: the page keeps the build's placeholders. */
export const liveValues = createStore<LiveValues | undefined>(undefined);

/**
 * An element that wraps the build's markup (its first child, which keeps the classes and data-*
 * hooks) and re-renders it from the reader's values; blank values put the build's placeholders back.
 */
export abstract class LiveElement extends HTMLElement {
  #off: (() => void) | undefined;
  #placeholder: string | undefined;
  #shown: string | undefined;

  get box(): HTMLElement {
    return this.firstElementChild as HTMLElement;
  }

  connectedCallback(): void {
    this.#shown = this.#placeholder ??= this.box.innerHTML;
    this.#off = liveValues.subscribe((live) => {
      if (!live || live.blank) {
        this.show(this.#placeholder!);
        this.placeholders();
      } else this.update(live);
    });
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
