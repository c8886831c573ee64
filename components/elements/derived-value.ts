/** <om-derived-value> wraps one `[data-derived]` value (issuer, discovery URL, ...) and computes it from the reader's values. */
import type { Derived } from '../../src/inputs/derived.ts';
import { define } from './define.ts';
import { LiveElement, type LiveValues } from '../live/values.ts';

export class OmDerivedValue extends LiveElement {
  render({ engine, inputs, release }: LiveValues): string | undefined {
    if (!inputs) return undefined;
    const value = engine.derive(inputs, release)[this.box.dataset['derived'] as keyof Derived];
    return engine.derivedValueHtml(typeof value === 'boolean' ? String(value) : value);
  }
}

define('om-derived-value', OmDerivedValue);
