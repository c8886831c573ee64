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
