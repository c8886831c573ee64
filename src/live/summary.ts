/**
 * The words the setup panel shows about the reader's values: the summary above the form and the
 * one-line status in the collapsed panel's header. Pure, so both are unit-tested.
 */
import type { Flow } from '../inputs/fields.ts';
import { clip } from '../text/quote.ts';

interface Finding {
  severity: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const errorCount = (diagnostics: readonly Finding[]) => diagnostics.filter((d) => d.severity === 'error').length;

export const BLANK_SUMMARY = 'Nothing typed yet: the pages show placeholders.';
export const BLANK_STATUS = 'not filled in yet: snippets show placeholders';

/** The panel's summary line: nothing typed, no problem, or how many errors and notes. */
export function summaryText(diagnostics: readonly Finding[], blank: boolean): string {
  if (diagnostics.length === 0) return blank ? BLANK_SUMMARY : 'No problems found in these values.';
  const errors = errorCount(diagnostics);
  return `${plural(errors, 'error', 'errors')}, ${plural(diagnostics.length - errors, 'note', 'notes')}: see each field below.`;
}

/** Characters of the Okta domain the one-line status shows at most (a real one is far shorter). */
export const STATUS_DOMAIN_CHARS = 60;

/** The collapsed panel's status: the Okta domain (cut short), the flow and the number of errors if any. */
export function statusText(oktaDomain: string | undefined, flow: Flow | undefined, diagnostics: readonly Finding[]): string {
  const errors = errorCount(diagnostics);
  return `${oktaDomain ? clip(oktaDomain, STATUS_DOMAIN_CHARS) : 'no Okta domain'} · ${flow === 'authcode' ? 'auth code flow' : 'implicit flow'}${errors === 0 ? '' : ` · ${plural(errors, 'error', 'errors')}`}`;
}
