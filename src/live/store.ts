/**
 * The smallest observable value: the setup panel sets the reader's checked values, the page's
 * live parts (snippets, cards, derived values) subscribe and render themselves. No DOM here.
 */
export interface Store<T> {
  get(): T;
  /** Replaces the value and tells every subscriber, in the order they subscribed. */
  set(value: T): void;
  /** Calls `listener` now with the current value and on every later `set`; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(value: T): Store<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(value);
      return () => listeners.delete(listener);
    },
  };
}
