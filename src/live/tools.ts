/**
 * The page's tools as HTML, from what the reader pasted or typed: the configuration linter, the
 * error explainer and the runbook checks. Their elements (components/elements/) load this module
 * when the reader first asks; each function then loads the code it needs (src/lint,
 * src/rules/explain, src/runbook), so asking the explainer does not download the linter.
 */
import { named } from '../text/quote.ts';
import { escapeHtml } from '../highlight/highlight.ts';
import { inputsSchema, type Inputs } from '../inputs/fields.ts';
import { findReleaseFacts as findRelease } from '../releases/lookup.ts';
import type { CheckContext, GuideStep } from '../runbook/types.ts';
import { snippetInputs, toRawInputs, type FormValues } from './form.ts';
import { checkResultHtml, diagnosticHtml } from './html.ts';

const KINDS: Record<string, string> = {
  env: 'an env file (docker compose --env-file)',
  'openmetadata-yaml': 'openmetadata.yaml',
  'helm-values': 'Helm values',
  workflow: 'an ingestion workflow',
  unknown: 'a file this checker does not recognise',
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The linter's verdict on a pasted file for a release: its kind, the counts, each finding with its line. */
export async function lintResultHtml(text: string, releaseId: string): Promise<string> {
  const { lintFile } = await import('../lint/index.ts');
  const release = findRelease(releaseId);
  const result = lintFile(text, release ? { release } : {});
  const lines = text.split('\n');
  const items = result.diagnostics
    .map((d) => {
      const excerpt = d.line ? `<pre class="om-tool__line"><code>${d.line}: ${escapeHtml(named(lines[d.line - 1] ?? '', 200))}</code></pre>` : '';
      return diagnosticHtml(d, true).replace('</li>', `${excerpt}</li>`);
    })
    .join('');
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return (
    `<p data-lint-kind="${escapeHtml(result.kind)}">Read as ${escapeHtml(KINDS[result.kind] ?? result.kind)} for ${escapeHtml(result.release.label)}: ` +
    (result.diagnostics.length === 0 ? 'no problem found.' : `${count(errors, 'error')}, ${count(result.diagnostics.length - errors, 'other finding')}.`) +
    `</p><ul class="om-diags">${items}</ul>`
  );
}

/** The failure modes a pasted error or log matches, with cause, fix and link; or how to look further. */
export async function explainHtml(text: string, releaseId: string): Promise<string> {
  const { explainError } = await import('../rules/explain.ts');
  const found = explainError(text, findRelease(releaseId));
  return found.length === 0
    ? '<p>No known failure matches this text. Search this page for a distinctive part of the message, or check the OpenMetadata server log around it.</p>'
    : `<ol class="om-explain">${found
        .map(
          (e) =>
            `<li data-fm="${e.fm}"><strong>${escapeHtml(e.title)}</strong> <span class="om-explain__match">(matched “${escapeHtml(e.match)}”)</span>` +
            `<p><strong>Cause.</strong> ${escapeHtml(e.cause)}</p><p><strong>Fix.</strong> ${escapeHtml(e.fix)}</p>` +
            `<p><a href="${escapeHtml(e.docs)}">Read more${e.ruleIds.length ? ` (${escapeHtml(e.ruleIds.join(', '))})` : ''}</a></p></li>`,
        )
        .join('')}</ol>`;
}

export const FILL_IN_FIRST_HTML =
  '<li class="om-check om-check--could-not-run">Fill in <a href="#your-values">your values</a> first (at least the Okta domain and client ID).</li>';

/** What the runbook checks run against: the reader's values for their flow, once they name the Okta domain and client ID. */
export function runbookInputs(values: FormValues): Inputs | undefined {
  const parsed = inputsSchema.safeParse(snippetInputs(toRawInputs(values), values.flow === 'authcode' ? 'authcode' : 'implicit'));
  return parsed.success && parsed.data.oktaDomain && parsed.data.clientId ? parsed.data : undefined;
}

/**
 * Runs the checks of one part of the guide in turn and reports the results list's HTML after each
 * (first the request to fill in values, or "Checking…").
 */
export async function runRunbookChecks(
  values: FormValues,
  releaseId: string,
  group: GuideStep,
  fetch: CheckContext['fetch'],
  report: (html: string) => void,
): Promise<void> {
  const inputs = runbookInputs(values);
  if (!inputs) return report(FILL_IN_FIRST_HTML);
  report('<li class="om-check">Checking…</li>');
  const { CHECKS, checkContext, checkTarget, RUNBOOK_CHECKS } = await import('../runbook/index.ts');
  const target = checkTarget(inputs, findRelease(releaseId)!);
  const ctx = checkContext({ fetch, environment: 'browser' });
  const html: string[] = [];
  for (const spec of RUNBOOK_CHECKS.filter((check) => check.step === group)) {
    html.push(checkResultHtml(await CHECKS[spec.id](target, ctx)));
    report(html.join(''));
  }
}
