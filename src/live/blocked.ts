/**
 * Values the page must not show or offer to copy: those computed from a field that holds an error.
 * Pure and light; the engine (components/live/client.ts) carries it to <om-derived-value> and the
 * setup panel's Copy buttons.
 */
import { DERIVED_FROM, type Derived } from '../inputs/derived.ts';
import { FIELD_NAMES, type FieldName } from '../inputs/fields.ts';

interface Checked {
  inputs?: unknown;
  diagnostics: readonly { field?: string; severity: string }[];
}

/** The fields holding an error, in the form's order. */
export function fieldsInError(checked: Checked): FieldName[] {
  const invalid = new Set(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.field));
  return FIELD_NAMES.filter((name) => invalid.has(name));
}

/**
 * The fields in error a derived value is computed from, or undefined when it can be shown. Values
 * the inputs could not even be read from are all blocked (by every field in error, if any).
 */
export function derivedBlockers(name: keyof Derived, checked: Checked): FieldName[] | undefined {
  const invalid = fieldsInError(checked);
  if (checked.inputs === undefined) return invalid;
  const mine = invalid.filter((field) => DERIVED_FROM[name].includes(field));
  return mine.length > 0 ? mine : undefined;
}
