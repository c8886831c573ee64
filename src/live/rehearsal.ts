/**
 * A keystroke's work (check the values, render the snippets, highlight them) runs in functions
 * the browser's JavaScript engine has not compiled yet on the reader's first keys: at a 4x CPU
 * throttle those keys took 17-34 ms where the same keys take 4-7 ms once the code is warm. So,
 * once the engine has loaded, the setup panel rehearses a few keystrokes while the page is idle,
 * on values like the reader's, and throws what they produce away: nothing is shown, stored or
 * sent. The reader's first keys then find the code compiled.
 */
import { EXAMPLE_INPUTS, FIELDS } from '../inputs/fields.ts';
import { isBlank, type FormValues } from './form.ts';

/** Keystrokes rehearsed: after about ten, keys at 4x cost what warm ones do (npm run bench). */
export const REHEARSALS = 12;

/**
 * 0.12's ingestion signs in with an Okta service application: without it there are no files to
 * render. The fields' own examples, which the 0.12 checks accept (other releases do not read them).
 */
const EXAMPLE_SERVICE_APP = { serviceClientId: FIELDS.serviceClientId.example, serviceEmail: FIELDS.serviceEmail.example };

/** Typed one more at each rehearsal, as a reader types a client ID. */
const KEYS = 'abcdefghijklmnop';

/**
 * The values of rehearsal `round`: the reader's own when they have typed any (the code their
 * keys will run), otherwise a realistic example, with the client ID one character longer each round.
 */
export function rehearsalValues(values: FormValues, round: number): FormValues {
  const base: FormValues = isBlank(values)
    ? { ...EXAMPLE_INPUTS, ...EXAMPLE_SERVICE_APP, adminPrincipals: EXAMPLE_INPUTS.adminPrincipals.join(', '), flow: values.flow ?? EXAMPLE_INPUTS.flow }
    : values;
  return { ...base, clientId: `${typeof base.clientId === 'string' ? base.clientId : ''}${KEYS.slice(0, (round % KEYS.length) + 1)}` };
}
