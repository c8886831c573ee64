/**
 * Storing one value read from a file as a setting: env references, placeholders and type
 * problems are reported here, so that checkSettings only sees values it can judge.
 */
import { splitList } from '../inputs/fields.ts';
import type { SettingId } from '../releases/types.ts';
import { withNamedValue } from '../rules/diagnostic.ts';
import { show } from '../text/quote.ts';
import type { LintContext, Place } from './context.ts';
import type { KeySpec } from './surface.ts';
import { envReference, flowElements, placeholderMessage, toSettingValue } from './values.ts';

export interface ReadValue {
  /** What YAML made of the value. */
  js: unknown;
  /** Source text of a scalar (keeps 604800 as written). */
  raw?: string;
  /** Lines of list items. */
  items?: { text: string; line: number }[];
}

/**
 * Reports placeholders in a value; true when one was found. `place.items` gives list items their
 * own lines.
 */
export function reportPlaceholders(ctx: LintContext, spec: KeySpec, place: Place, js: unknown): boolean {
  let found = false;
  const check = (text: string, line: number | undefined, what: string): void => {
    if (envReference(text)) return;
    const message = placeholderMessage(text, what, spec);
    if (message) {
      ctx.add('OKTA-TPL-001', 'error', place.field, message, line);
      found = true;
    }
  };
  if (typeof js === 'string' && spec.list) {
    // A list written as text: its entries are judged, not the text ("://" twice is two URLs).
    for (const item of flowElements(js)) if (item !== '') check(item, place.line, `${place.field} entry`);
  } else if (typeof js === 'string') check(js, place.line, place.field);
  else if (Array.isArray(js)) {
    js.forEach((item, i) => {
      if (typeof item === 'string') check(item, place.items?.[i]?.line ?? place.line, `${place.field} entry`);
    });
  }
  return found;
}

/**
 * Stores the value of a key the release reads. Keys that are not a modelled setting only have
 * their placeholders reported.
 */
export function storeValue(ctx: LintContext, spec: KeySpec, place: Place, value: ReadValue, options: { placeholdersReported?: boolean } = {}): void {
  const { js } = value;
  const id = spec.setting ?? spec.legacy;
  if (spec.customParams) return; // OKTA-ENV-003, reported by the reader of each kind
  const reference = typeof js === 'string' ? envReference(js) : undefined;
  if (reference) {
    ctx.envRefs.push({ field: place.field, variable: reference.variable });
    if (id) store(ctx, spec, js as string, place, true);
    return;
  }
  const placeholder = options.placeholdersReported === true || reportPlaceholders(ctx, spec, place, js);
  if (!id) return;
  const converted = toSettingValue(js, spec, value.raw);
  if (converted.value === undefined) {
    if (placeholder) {
      // A placeholder is the finding: the value is not judged further.
      if (spec.setting) ctx.unchecked.add(spec.setting);
      return;
    }
    if (spec.list) {
      const shown = typeof js === 'string' ? ` ${show(js)}` : '';
      // "alice,bob" names its entries: the list of them is the one right value.
      const entries = typeof js === 'string' ? splitList(js) : [];
      const named = entries.length > 0 && !entries.some((e) => /\s/.test(e)) ? entries : undefined;
      const d = ctx.add('OKTA-ENV-001', 'error', place.field, `${place.field}${shown} ${converted.problem}. Write it as a YAML list, one entry per line starting with "- ".`, place.line);
      withNamedValue(d, named);
    } else {
      const shown = spec.secret || js === null || typeof js === 'object' ? '' : ` ${show(String(js))}`;
      const expected = spec.boolean ? 'true or false' : 'a single value (quote it if it holds ": " or starts with "{", "[" or "*")';
      ctx.add('OKTA-LINT-003', 'error', place.field, `${place.field}${shown} ${converted.problem}; OpenMetadata expects ${expected} here.`, place.line);
    }
    if (spec.setting) ctx.unchecked.add(spec.setting);
    return;
  }
  store(ctx, spec, converted.value, place, placeholder);
}

function store(ctx: LintContext, spec: KeySpec, value: string | boolean | string[], place: Place, unchecked: boolean): void {
  if (spec.setting) {
    ctx.setSetting(spec.setting, value, place);
    if (unchecked) ctx.unchecked.add(spec.setting as SettingId);
  } else if (spec.legacy) {
    ctx.setLegacy(spec.legacy, value, place);
  }
}
