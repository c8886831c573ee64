/** Reads the setup panel's form into FormValues (shared by the panel binding and the runbook checks). */
import { FIELD_NAMES, type FieldName } from '../../src/inputs/fields.ts';
import type { FormValues } from '../../src/live/form.ts';

export function readFormValues(form: HTMLFormElement, names: readonly FieldName[] = FIELD_NAMES): FormValues {
  const values: FormValues = {};
  for (const name of names) {
    const el = form.elements.namedItem(name);
    if (el instanceof HTMLInputElement && el.type === 'checkbox') values[name] = el.checked;
    else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) values[name] = el.value;
  }
  return values;
}
