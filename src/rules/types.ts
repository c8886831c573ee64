export type Severity = 'error' | 'warning' | 'info';

/** One finding, in the shape of the CLI's JSON contract (docs/design.md). */
export interface Diagnostic {
  /** Stable rule id, e.g. OKTA-URL-001 (ids follow the failure-mode catalogue; docs/design.md). */
  id: string;
  severity: Severity;
  /** Input field name (src/inputs) or, for files, the config key the finding is about. */
  field?: string;
  /** Plain words: what is wrong and what to do. */
  message: string;
  /** Site path of the page that explains it, e.g. /v1.12/troubleshooting/#okta-jwks-001. */
  docs: string;
  /** 1-based line in a linted file. */
  line?: number;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
