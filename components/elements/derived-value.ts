/** <om-derived-value> wraps one `[data-derived]` value (issuer, discovery URL, ...) and computes it from the reader's values. */
import type { Derived } from '../../src/inputs/derived.ts';
import { define } from './define.ts';
import { LiveElement, type LiveValues } from '../live/values.ts';

/** The values derived once per set of the reader's values, however many elements show one. */
const derivedOf = new WeakMap<LiveValues, Derived>();

export class OmDerivedValue extends LiveElement {
  render(live: LiveValues): string | undefined {
    const { engine, inputs, release } = live;
    if (!inputs) return undefined;
    let derived = derivedOf.get(live);
    if (!derived) derivedOf.set(live, (derived = engine.derive(inputs, release)));
    const value = derived[this.box.dataset['derived'] as keyof Derived];
    return engine.derivedValueHtml(typeof value === 'boolean' ? String(value) : value);
  }
}

define('om-derived-value', OmDerivedValue);
