/**
 * Building a finding, apart from the table of rules (table.ts): the checks need an id and its
 * docs link, not the rules' titles and failure modes, so the page's live engine does not load the
 * table (2.2 KB gz) to check the reader's values.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { RuleId } from './table.ts';
import type { Diagnostic, Severity } from './types.ts';

/** Site path of the heading that explains a rule, for one release. */
export function docsFor(id: RuleId, release: Pick<ReleaseFacts, 'contentDir'>): string {
  return `/${release.contentDir}/troubleshooting/#${id.toLowerCase()}`;
}

/**
 * The one right value a finding names, by finding. Kept beside the Diagnostic rather than in it:
 * the Diagnostic is the CLI's JSON contract ({ id, severity, field, message, docs }), and the value
 * is only for lint --fix, which reads it from the same objects lint returned.
 */
const NAMED_VALUES = new WeakMap<Diagnostic, string | readonly string[]>();

/** Records the one right value `d` names (see NAMED_VALUES); returns `d`. */
export function withNamedValue(d: Diagnostic, value: string | readonly string[] | undefined): Diagnostic {
  if (value !== undefined) NAMED_VALUES.set(d, value);
  return d;
}

/** The one right value a finding names, when it names one. */
export function namedValue(d: Diagnostic): string | readonly string[] | undefined {
  return NAMED_VALUES.get(d);
}

/** Builds one finding; the id must be in the table, and the docs link comes from it. */
export function diagnostic(
  id: RuleId,
  severity: Severity,
  field: string | undefined,
  message: string,
  release: Pick<ReleaseFacts, 'contentDir'>,
): Diagnostic {
  const d: Diagnostic = { id, severity, message, docs: docsFor(id, release) };
  if (field !== undefined) d.field = field;
  return d;
}
