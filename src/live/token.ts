/**
 * The token check's HTML (components/elements/token-check.ts loads this module on first use):
 * a pasted token judged by src/token against the reader's values, and Okta's key set fetched from
 * the key URL those values give. The token and its claims go into the returned HTML only: nothing
 * here stores, logs or sends them; the one request made is the key set's GET, which carries no part
 * of the token.
 */
import { escapeHtml } from '../highlight/highlight.ts';
import { derive } from '../inputs/derived.ts';
import { findReleaseFacts as findRelease } from '../releases/lookup.ts';
import type { CheckContext } from '../runbook/types.ts';
import type { FormValues } from './form.ts';
import { diagnosticHtml } from './html.ts';
import { runbookInputs } from './tools.ts';

export const FILL_IN_VALUES_HTML = '<p data-token-needs-values>Fill in <a href="#your-values">your values</a> first (at least the Okta domain and client ID): the token is checked against them.</p>';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The verdict on a token: the user OpenMetadata makes, each finding with its rule id, then the decoded header and claims. */
export async function tokenResultHtml(token: string, values: FormValues, releaseId: string, jwks?: unknown): Promise<string> {
  const release = findRelease(releaseId);
  const inputs = runbookInputs(values);
  if (!release || !inputs) return FILL_IN_VALUES_HTML;
  const { judgeToken } = await import('../token/index.ts');
  const judged = await judgeToken(token, { release, inputs, ...(jwks === undefined ? {} : { jwks }) });
  const errors = judged.findings.filter((d) => d.severity === 'error').length;
  const warnings = judged.findings.filter((d) => d.severity === 'warning').length;
  const decoded = Object.keys(judged.header).length > 0;
  const kind = judged.kind === 'id' ? 'an ID token' : 'an access token';
  const summary = !decoded
    ? 'This is not a token this check can read.'
    : errors === 0
      ? `Read as ${kind}: ${release.label} accepts it${warnings ? `, with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}${jwks === undefined ? ' (signature not checked)' : ''}.`
      : `Read as ${kind}: ${errors} error${errors === 1 ? '' : 's'} for ${release.label}.`;
  const user = judged.user;
  const userHtml =
    user.name === undefined
      ? ''
      : `<dl class="om-token__user" data-token-user data-admin="${yesNo(user.admin)}" data-domain-ok="${yesNo(user.domainOk)}">` +
        `<dt>User name</dt><dd data-token-user-name>${escapeHtml(user.name)}</dd>` +
        `<dt>From the claim</dt><dd><code>${escapeHtml(user.from ?? '')}</code></dd>` +
        `<dt>Email</dt><dd data-token-user-email>${escapeHtml(user.email ?? '')}</dd>` +
        `<dt>Principal domain</dt><dd>${user.domainOk ? 'accepted' : 'refused'}</dd>` +
        `<dt>Admin</dt><dd>${yesNo(user.admin)}</dd></dl>`;
  const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2));
  const decodedHtml = decoded
    ? `<details class="om-token__decoded"><summary>Header and claims</summary>` +
      `<pre class="om-tool__line"><code>${json(judged.header)}</code></pre><pre class="om-tool__line"><code>${json(judged.claims)}</code></pre></details>`
    : '';
  return (
    `<p data-token-kind="${decoded ? judged.kind : 'none'}">${escapeHtml(summary)}</p>` +
    userHtml +
    `<ul class="om-diags">${judged.findings.map((d) => diagnosticHtml(d)).join('')}</ul>` +
    decodedHtml
  );
}

/** Okta's key set from the key URL the reader's values give: the keys, or why there are none, and a line to show. */
export async function fetchOktaKeys(values: FormValues, releaseId: string, fetch: CheckContext['fetch']): Promise<{ jwks?: Record<string, unknown>; html: string }> {
  const release = findRelease(releaseId);
  const inputs = runbookInputs(values);
  if (!release || !inputs) return { html: FILL_IN_VALUES_HTML };
  const url = derive(inputs, release).oktaJwksUrl;
  const { checkContext, getJson } = await import('../runbook/index.ts');
  const outcome = await getJson(url, checkContext({ fetch, environment: 'browser' }));
  if (outcome.kind !== 'json' || !Array.isArray(outcome.json['keys'])) {
    const why =
      outcome.kind === 'json'
        ? 'the answer is not a key set'
        : outcome.kind === 'status'
          ? `HTTP ${outcome.status}`
          : outcome.kind === 'network'
            ? outcome.reachable === true
              ? 'Okta did not allow this page to read it (add this site as a Trusted Origin with CORS, or use om-okta token --jwks URL)'
              : 'no answer (network, DNS or TLS)'
            : outcome.kind;
    return { html: `<p data-token-keys-status="failed">Could not fetch ${escapeHtml(url)}: ${escapeHtml(why)}.</p>` };
  }
  const keys = outcome.json['keys'] as unknown[];
  return {
    jwks: outcome.json,
    html: `<p data-token-keys-status="fetched">Fetched ${keys.length} key${keys.length === 1 ? '' : 's'} from ${escapeHtml(url)}; the next check verifies the signature.</p>`,
  };
}
