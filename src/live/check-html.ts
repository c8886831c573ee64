/**
 * HTML for a runbook check's result (the live checks of a page: <om-runbook-check>): loaded with
 * the checks when a reader runs them, not with the live engine every page loads.
 */
import { escapeHtml } from '../highlight/highlight.ts';
import { withBase } from '../site.ts';

/** What a runbook check result shows: status, what was found, what to do, and for checks that
 * could not run in the browser, the commands that run them elsewhere. */
export interface CheckResultView {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'warn' | 'could-not-run';
  message: string;
  fix?: string;
  ruleId?: string;
  docs?: string;
  url?: string;
  commands?: { curl: string; verify: string };
}

const STATUS_LABEL: Record<CheckResultView['status'], string> = {
  pass: 'Pass',
  fail: 'Fail',
  warn: 'Warning',
  'could-not-run': 'Could not run here',
};

export function checkResultHtml(r: CheckResultView): string {
  const fix = r.fix ? `<p class="om-check__fix"><strong>What to do.</strong> ${escapeHtml(r.fix)}</p>` : '';
  const rule = r.ruleId && r.docs ? ` <a class="om-diag__id" href="${escapeHtml(withBase(r.docs))}">${escapeHtml(r.ruleId)}</a>` : '';
  const url = r.url ? `<p class="om-check__url">Requested: <code>${escapeHtml(r.url)}</code></p>` : '';
  const commands =
    r.status === 'could-not-run' && r.commands
      ? `<p>Run it from a terminal instead:</p><pre class="om-check__cmd"><code>${escapeHtml(r.commands.curl)}</code></pre>` +
        `<pre class="om-check__cmd"><code>${escapeHtml(r.commands.verify)}</code></pre>` +
        `<p class="om-check__note">inputs.json: <a href="#your-values">Download inputs.json</a> under your values (it never holds the client secret).</p>`
      : '';
  return (
    `<li class="om-check om-check--${r.status}" data-check-id="${escapeHtml(r.id)}" data-check-status="${r.status}"${r.ruleId ? ` data-rule-id="${escapeHtml(r.ruleId)}"` : ''}>` +
    `<p><span class="om-check__status">${STATUS_LABEL[r.status]}</span> <strong>${escapeHtml(r.title)}</strong>: ${escapeHtml(r.message)}${rule}</p>` +
    `${fix}${url}${commands}</li>`
  );
}
