/**
 * The page's tools as HTML, from what the reader pasted or typed: the configuration linter, the
 * error explainer and the runbook checks. Their elements (components/elements/) load this module
 * when the reader first asks; each function then loads the code it needs (src/lint,
 * src/rules/explain, src/runbook), so asking the explainer does not download the linter.
 */
import { named } from '../text/quote.ts';
import { escapeHtml } from '../highlight/highlight.ts';
import { FIELDS, parseInputs, type FieldName, type Inputs } from '../inputs/fields.ts';
import { findReleaseFacts as findRelease } from '../releases/lookup.ts';
import type { CheckContext, GuideStep } from '../runbook/types.ts';
import { isBlank, publicInputs, publicValues, snippetInputs, toRawInputs, type FormValues } from './form.ts';
import type { ImportPlan } from './import-plan.ts';
import { checkResultHtml } from './check-html.ts';
import { diagnosticHtml } from './html.ts';
import { withBase } from '../site.ts';

const KINDS: Record<string, string> = {
  env: 'an env file (docker compose --env-file)',
  'openmetadata-yaml': 'openmetadata.yaml',
  'helm-values': 'Helm values',
  workflow: 'an ingestion workflow',
  'security-config': 'the stored security configuration (get-security-config)',
  unknown: 'a file this checker does not recognise',
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the linter shows for a pasted file, and the values it read back for "Use these values". */
export interface LintView {
  html: string;
  /** The panel's fields as the file gives them (never a secret). */
  imported: FormValues;
}

/**
 * The reader's values the file is compared with: only what they gave, never the secret (the
 * comparison needs none, and the finding's messages must not carry one).
 */
export function lintInputs(values: FormValues | undefined): Record<string, unknown> | undefined {
  if (!values || isBlank(values)) return undefined;
  const raw = publicInputs(values);
  for (const [name, value] of Object.entries(raw)) if ((typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) delete raw[name];
  return raw;
}

/**
 * The linter's verdict on a pasted file for a release: its kind, the counts, each finding with its
 * line, compared with the reader's values when the panel has some; then what "Use these values"
 * would take from the file into the panel, and what it leaves out and why.
 */
export async function lintView(text: string, releaseId: string, values?: FormValues): Promise<LintView> {
  const [{ lintWithFixes }, { inputsFromLint }] = await Promise.all([import('../lint/fix/index.ts'), import('../lint/to-inputs.ts')]);
  const release = findRelease(releaseId);
  const inputs = lintInputs(values);
  // The findings a fix can correct say what to write, with the reader's values.
  const result = lintWithFixes(text, { ...(release ? { release } : {}), ...(inputs ? { inputs } : {}) });
  const imported = inputsFromLint(result);
  return { html: `${lintFindingsHtml(text, result)}${importHtml(imported)}`, imported: publicValues(imported.values) };
}

function lintFindingsHtml(text: string, result: import('../lint/index.ts').LintResult): string {
  const lines = text.split('\n');
  const items = result.diagnostics
    .map((d) => {
      const excerpt = d.line ? `<pre class="om-tool__line"><code>${d.line}: ${escapeHtml(named(lines[d.line - 1] ?? '', 200))}</code></pre>` : '';
      return diagnosticHtml(d, true).replace('</li>', `${excerpt}</li>`);
    })
    .join('');
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const fixable = result.kind !== 'unknown' && result.diagnostics.some((d) => d.severity !== 'info');
  const fix = fixable
    ? `<div class="om-tool__actions"><button type="button" class="om-file__button" data-action="fix">Fix it</button></div><div class="om-fix" data-fix-result role="status" aria-live="polite"></div>`
    : '';
  return (
    `<p data-lint-kind="${escapeHtml(result.kind)}">Read as ${escapeHtml(KINDS[result.kind] ?? result.kind)} for ${escapeHtml(result.release.label)}: ` +
    (result.diagnostics.length === 0 ? 'no problem found.' : `${count(errors, 'error')}, ${count(result.diagnostics.length - errors, 'other finding')}.`) +
    `</p><ul class="om-diags">${items}</ul>${fix}`
  );
}

/** The name a corrected file is downloaded as, by its kind. */
const FIXED_NAMES: Record<string, string> = { env: 'openmetadata.env', 'openmetadata-yaml': 'openmetadata.yaml', 'helm-values': 'values.yaml', workflow: 'workflow.yaml' };

export interface FixView {
  html: string;
  /** The whole corrected file, for Copy and Download. */
  fixed: string;
  filename: string;
  /** The unified diff from the pasted file to the corrected one ('' when nothing changed). */
  patch: string;
}

/**
 * "Fix it": the pasted file corrected in its own format and layout from the reader's values (the
 * file's own sound ones, then the panel's for what it lacks), as a unified diff with the changed
 * lines marked, the whole corrected file, and what is left for the reader to fix by hand.
 */
export async function fixView(text: string, releaseId: string, values?: FormValues): Promise<FixView> {
  const [{ fixFile }, { unifiedDiff }] = await Promise.all([import('../lint/fix/index.ts'), import('../lint/diff.ts')]);
  const release = findRelease(releaseId);
  const inputs = lintInputs(values);
  const result = fixFile(text, { ...(release ? { release } : {}), ...(inputs ? { inputs } : {}) });
  const filename = FIXED_NAMES[result.kind] ?? 'fixed.txt';
  const diff = unifiedDiff(text, result.fixed, { from: `a/${filename}`, to: `b/${filename}` });
  const remaining = result.remaining.map((d) => diagnosticHtml(d, true)).join('');
  const left = result.remaining.length === 0
    ? '<p data-fix-clean>The corrected file passes every check.</p>'
    : `<p>Left for you, ${count(result.remaining.length, 'finding')} the fix cannot settle without you (for the values it needs, fill in <a href="#your-values">your values</a> and fix again):</p><ul class="om-diags" data-fix-remaining>${remaining}</ul>`;
  if (result.changes.length === 0) {
    const none = result.failure
      ? `The fix stopped with an error (${escapeHtml(result.failure.message)}), so nothing was changed. Please report this with the file, secrets removed.`
      : 'Nothing could be fixed automatically.';
    return { html: `<p data-fix-changes="0">${none}</p>${left}`, fixed: result.fixed, filename, patch: '' };
  }
  const diffLines = diff
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      const kind = line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'same';
      return `<span class="om-diff__line om-diff__line--${kind}">${escapeHtml(named(line.replace(/\r$/, ''), 400))}</span>`;
    })
    .join('');
  const html =
    `<p data-fix-changes="${result.changes.length}">${count(result.changes.length, 'line')} changed; every other line is as you wrote it.</p>` +
    `<pre class="om-diff" data-fix-diff aria-label="The changes, as a unified diff"><code>${diffLines}</code></pre>` +
    `<div class="om-tool__actions"><button type="button" class="om-file__button" data-action="copy-fixed">Copy the corrected file</button>` +
    `<a class="om-file__button" data-action="download-fixed" download="${escapeHtml(filename)}" href="#">Download ${escapeHtml(filename)}</a>` +
    `<a class="om-file__button" data-action="download-patch" download="${escapeHtml(filename)}.patch" href="#">Download the patch</a></div>` +
    `<details class="om-fix__file"><summary>The whole corrected file</summary><pre class="om-tool__line"><code data-fixed>${result.fixed.split('\n').map((line) => escapeHtml(named(line.replace(/\r$/, ''), 2000))).join('\n')}</code></pre></details>` +
    left;
  return { html, fixed: result.fixed, filename, patch: diff };
}

const shown = (value: string | boolean): string => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : value.split('\n').join(', '));
const lineNote = (line: number | undefined): string => (line ? ` (line ${line})` : '');

/** The values the file gives the panel, and those it cannot, each with the key it was read from. */
function importHtml(imported: import('../lint/to-inputs.ts').ImportedInputs): string {
  if (imported.taken.length === 0) return '';
  const taken = imported.taken
    .map((t) => `<li data-import-field="${escapeHtml(t.field)}"><strong>${escapeHtml(FIELDS[t.field].label)}:</strong> <code>${escapeHtml(named(shown(t.value), 200))}</code> <span class="om-import__from">from ${escapeHtml(named(t.from, 80))}${lineNote(t.line)}</span></li>`)
    .join('');
  const skipped = imported.skipped
    .map((k) => `<li data-import-skipped="${escapeHtml(k.field ?? k.from)}"><strong>${escapeHtml(k.field ? FIELDS[k.field].label : named(k.from, 80))}</strong>${k.field ? ` <span class="om-import__from">(${escapeHtml(named(k.from, 80))}${lineNote(k.line)})</span>` : lineNote(k.line)}: not taken, ${escapeHtml(k.reason === 'never kept' ? 'a secret is never kept from a pasted file; type it into the panel where you need it' : k.reason)}.</li>`)
    .join('');
  return (
    `<section class="om-import" data-lint-import aria-labelledby="om-import-title"><h3 id="om-import-title" class="om-import__title">Use these values</h3>` +
    `<p>The file gives the setup panel these values, so every page shows your configuration:</p><ul class="om-import__list">${taken}</ul>` +
    (skipped ? `<ul class="om-import__list om-import__list--skipped">${skipped}</ul>` : '') +
    `<div class="om-tool__actions"><button type="button" class="om-file__button" data-action="import-values">Use these values</button></div>` +
    `<div data-import-result role="status" aria-live="polite"></div></section>`
  );
}

/** Asks before the file's values replace what the reader typed: both values of each field. */
export function importConfirmHtml(plan: ImportPlan): string {
  const rows = plan.conflicts
    .map((c) => `<li data-import-conflict="${escapeHtml(c.field)}"><strong>${escapeHtml(FIELDS[c.field].label)}:</strong> yours <code>${escapeHtml(named(shown(c.mine), 200))}</code>, the file's <code>${escapeHtml(named(shown(c.file), 200))}</code></li>`)
    .join('');
  const n = plan.conflicts.length;
  return (
    `<p><strong>${n === 1 ? 'One value you typed differs' : `${n} values you typed differ`} from the file.</strong> Replace ${n === 1 ? 'it' : 'them'} with the file's?</p><ul class="om-import__list">${rows}</ul>` +
    `<div class="om-tool__actions"><button type="button" class="om-file__button" data-action="import-replace">Use the file's</button>` +
    `<button type="button" class="om-file__button" data-action="import-keep">Keep mine${plan.filled.length > 0 ? ', fill the empty ones' : ''}</button></div>`
  );
}

/** What the panel took. */
export function importDoneHtml(fields: readonly FieldName[], kept: number): string {
  if (fields.length === 0) return `<p>Your values already ${kept > 0 ? 'hold everything else the file gives; yours were kept' : 'match the file'}.</p>`;
  const list = fields.map((f) => escapeHtml(FIELDS[f].label)).join(', ');
  return `<p>Filled in <a href="#your-values">your values</a>: ${list}${kept > 0 ? `; ${kept} of yours kept` : ''}. Every page of this release now shows them.</p>`;
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
            `<p><a href="${escapeHtml(withBase(e.docs))}">Read more${e.ruleIds.length ? ` (${escapeHtml(e.ruleIds.join(', '))})` : ''}</a></p></li>`,
        )
        .join('')}</ol>`;
}

export const FILL_IN_FIRST_HTML =
  '<li class="om-check om-check--could-not-run">Fill in <a href="#your-values">your values</a> first (at least the Okta domain and client ID).</li>';

/** What the runbook checks run against: the reader's values for their flow, once they name the Okta domain and client ID. */
export function runbookInputs(values: FormValues): Inputs | undefined {
  const parsed = parseInputs(snippetInputs(toRawInputs(values), values.flow === 'authcode' ? 'authcode' : 'implicit'));
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
