/** Defines a custom element once (a module may be evaluated by more than one page script). */
export const define = (name: string, element: CustomElementConstructor): void => {
  if (!customElements.get(name)) customElements.define(name, element);
};
