/**
 * <om-derived-value> wraps one `[data-derived]` value (issuer, discovery URL, ...) and computes it
 * from the reader's values. While a field it is computed from holds an error, it shows which field
 * to fix instead, as an invalid snippet does (`data-state="invalid"`): nothing to read or copy.
 */
import type { Derived } from '../../src/inputs/derived.ts';
import { define } from './define.ts';
import { LiveElement, type LiveValues } from '../live/values.ts';

/** The values derived once per set of the reader's values, however many elements show one. */
const derivedOf = new WeakMap<LiveValues, Derived>();

export class OmDerivedValue extends LiveElement {
  get #name(): keyof Derived {
    return this.box.dataset['derived'] as keyof Derived;
  }

  render(live: LiveValues): string {
    const { engine, inputs, release } = live;
    const blockers = engine.derivedBlockers(this.#name, live);
    if (blockers || !inputs) return engine.blockedValueHtml(blockers ?? []);
    let derived = derivedOf.get(live);
    if (!derived) derivedOf.set(live, (derived = engine.derive(inputs, release)));
    const value = derived[this.#name];
    return engine.derivedValueHtml(typeof value === 'boolean' ? String(value) : value);
  }

  override update(live: LiveValues): void {
    this.box.dataset['state'] = live.inputs && !live.engine.derivedBlockers(this.#name, live) ? 'live' : 'invalid';
    super.update(live);
  }

  override placeholders(): void {
    delete this.box.dataset['state'];
  }
}

define('om-derived-value', OmDerivedValue);
